import type { SlideView } from '../../../compose/slide-pack/slide-pack-view.js';
import { slotName } from '../draw-items.js';
import { chartFrameXml } from './chart-xml.js';
import { tableXml } from './table-xml.js';

const SLIDE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide';
const CHART_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const SHAPE_ID = /<p:cNvPr id="(\d+)"/;

export interface FilledSlide {
  readonly xml: string;
  /** Relationships to add to the slide's rels part. */
  readonly relationships: readonly string[];
}

/**
 * Puts each table and chart of the slide into the slot pptxgenjs left for it, adding the
 * relationships they need: one per slide a table links to, one per chart. Chart parts are
 * numbered from `firstChart`, in slide order, so the same pack always names them the same.
 *
 * The slots are filled last, once the slide's own XML is fixed (see `fixSlideXml`): a table or
 * chart takes its slot's shape id and is written in the pack's language from the start, so the
 * fixes need not read through it (an appendix slide's tables are most of its 100 KB).
 */
export function fillSlots(xml: string, slide: SlideView, firstChart: number, language: string): FilledSlide {
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
    const id = Number(SHAPE_ID.exec(filled.slice(start, at))?.[1] ?? Number.NaN);
    if (!Number.isInteger(id)) throw new Error(`slide ${slide.number}: the slot for ${item.name} has no shape id`);
    let replacement: string;
    if (item.kind === 'table') replacement = tableXml(item, linkId, { id, language });
    else {
      const number = firstChart + charts;
      const relationshipId = `rIdPackChart${number}`;
      relationships.push(`<Relationship Id="${relationshipId}" Type="${CHART_RELATIONSHIP}" Target="../charts/chart${number}.xml"/>`);
      charts += 1;
      replacement = chartFrameXml(item, relationshipId, id);
    }
    filled = filled.slice(0, start) + replacement + filled.slice(end + '</p:sp>'.length);
  });
  return { xml: filled, relationships };
}
