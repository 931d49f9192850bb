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
  // each slot found in the slide as pptxgenjs wrote it, and the slide put together once at the end:
  // replacing slot by slot would copy the growing slide once for each of its tables
  const fills: { readonly start: number; readonly end: number; readonly xml: string }[] = [];
  slide.items.forEach((item, index) => {
    if (item.kind !== 'table' && item.kind !== 'line-chart') return;
    const at = xml.indexOf(`name="${slotName(index)}"`);
    const start = xml.lastIndexOf('<p:sp>', at);
    const end = xml.indexOf('</p:sp>', at);
    if (at < 0 || start < 0 || end < 0) throw new Error(`slide ${slide.number}: no slot for ${item.name}`);
    const id = Number(SHAPE_ID.exec(xml.slice(start, at))?.[1] ?? Number.NaN);
    if (!Number.isInteger(id)) throw new Error(`slide ${slide.number}: the slot for ${item.name} has no shape id`);
    if (item.kind === 'table') {
      fills.push({ start, end: end + '</p:sp>'.length, xml: tableXml(item, linkId, { id, language }) });
      return;
    }
    const number = firstChart + charts;
    const relationshipId = `rIdPackChart${number}`;
    relationships.push(`<Relationship Id="${relationshipId}" Type="${CHART_RELATIONSHIP}" Target="../charts/chart${number}.xml"/>`);
    charts += 1;
    fills.push({ start, end: end + '</p:sp>'.length, xml: chartFrameXml(item, relationshipId, id) });
  });
  const pieces: string[] = [];
  let from = 0;
  for (const fill of fills.sort((a, b) => a.start - b.start)) {
    pieces.push(xml.slice(from, fill.start), fill.xml);
    from = fill.end;
  }
  pieces.push(xml.slice(from));
  return { xml: pieces.join(''), relationships };
}
