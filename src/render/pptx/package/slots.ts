import type { SlideView } from '../../../compose/slide-pack/slide-pack-view.js';
import { slotName } from '../draw-items.js';
import { chartFrameXml } from './chart-xml.js';
import { tableXml } from './table-xml.js';

const SLIDE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide';
const CHART_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

export interface FilledSlide {
  readonly xml: string;
  /** Relationships to add to the slide's rels part. */
  readonly relationships: readonly string[];
}

/**
 * Puts each table and chart of the slide into the slot pptxgenjs left for it, adding the
 * relationships they need: one per slide a table links to, one per chart. Chart parts are
 * numbered from `firstChart`, in slide order, so the same pack always names them the same.
 */
export function fillSlots(xml: string, slide: SlideView, firstChart: number): FilledSlide {
  const relationships: string[] = [];
  let charts = 0;
  const linkIds = new Map<number, string>();
  const linkId = (target: number): string => {
    let id = linkIds.get(target);
    if (id === undefined) {
      id = `rIdPackLink${target}`;
      linkIds.set(target, id);
      relationships.push(`<Relationship Id="${id}" Type="${SLIDE_RELATIONSHIP}" Target="slide${target}.xml"/>`);
    }
    return id;
  };
  let filled = xml;
  slide.items.forEach((item, index) => {
    if (item.kind !== 'table' && item.kind !== 'line-chart') return;
    const marker = `name="${slotName(index)}"`;
    const at = filled.indexOf(marker);
    const start = filled.lastIndexOf('<p:sp>', at);
    const end = filled.indexOf('</p:sp>', at);
    if (at < 0 || start < 0 || end < 0) throw new Error(`slide ${slide.number}: no slot for ${item.name}`);
    let replacement: string;
    if (item.kind === 'table') replacement = tableXml(item, linkId);
    else {
      const number = firstChart + charts;
      const id = `rIdPackChart${number}`;
      relationships.push(`<Relationship Id="${id}" Type="${CHART_RELATIONSHIP}" Target="../charts/chart${number}.xml"/>`);
      charts += 1;
      replacement = chartFrameXml(item, id);
    }
    filled = filled.slice(0, start) + replacement + filled.slice(end + '</p:sp>'.length);
  });
  return { xml: filled, relationships };
}
