import { NO_FIGURE } from '../format-figure.js';
import { financeAreaOf } from '../finance-area.js';
import { financeTableLayout } from '../finance-table.js';
import type { FinanceView, RatingView } from '../pack-model.js';
import { byHandMark, financeNotes } from '../table-marks.js';
import { areaAnchor } from './anchors.js';
import { noteParagraphs, notesBox } from './table-notes.js';
import { narrativeSections } from './narrative-panels.js';
import { contentBody, type ComposeContext, type SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { cell, type CellSpec, type ColumnSpec } from './table-layout.js';
import { composeTableWithNarrative } from './table-with-narrative.js';

export { financeAreaOf } from '../finance-area.js';

const FIGURE_WIDTH = 1.35;

function ratingCell(ctx: ComposeContext, rating: RatingView): CellSpec {
  const shade = ctx.palette.rating[rating.rating];
  return cell(`${rating.word}${byHandMark(rating.setByHand)}`, { bold: true, align: 'center', ...(shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour }) });
}

/**
 * Slide 9: KPI | YTD target | YTD actual | rating | full-year target | forecast | rating, the
 * finance team's dashboard as finance papers print it (see `financeTableLayout`), with the finance
 * narrative beneath. None when there are no KPIs.
 */
export function composeFinanceSlides(ctx: ComposeContext): SlideDraft[] {
  const kpis: readonly FinanceView[] = ctx.model.finance;
  if (kpis.length === 0) return [];
  const { asAt, headings, labels } = financeTableLayout(kpis);
  const body = contentBody(ctx);
  // the KPI column takes what the six figures leave, but never less than a third of the body
  const figureWidth = Math.min(FIGURE_WIDTH, (body.w * 2) / 3 / 6);
  const columns = headings.map((header, i): ColumnSpec => (i === 0 ? { header, width: body.w - 6 * figureWidth } : { header, width: figureWidth, align: i % 3 === 0 ? 'center' : 'right' }));
  const rows = kpis.map((k, i): CellSpec[] => [
    cell(labels[i] ?? k.kpi),
    cell(k.yearToDate.target ?? NO_FIGURE),
    cell(k.yearToDate.actual ?? NO_FIGURE),
    ratingCell(ctx, k.yearToDate.rating),
    cell(k.fullYear.target ?? NO_FIGURE),
    cell(k.fullYear.forecast ?? NO_FIGURE),
    ratingCell(ctx, k.fullYear.rating),
  ]);
  const area = financeAreaOf(ctx.model);
  return composeTableWithNarrative(ctx, {
    kind: 'finance',
    title: `Use of resources: finance dashboard${asAt === undefined ? '' : ` (as at ${asAt})`}`,
    anchors: area === undefined ? ['finance'] : ['finance', areaAnchor(area)],
    tableName: 'Finance KPI dashboard',
    columns,
    rows,
    style: tableStyle(ctx),
    underTable: notesBox(ctx, noteParagraphs(financeNotes(kpis)), body.x, body.w),
    ...(area === undefined ? {} : { sections: narrativeSections(ctx, area) }),
    links: [{ text: 'Back to summary', anchor: 'summary' }],
  });
}
