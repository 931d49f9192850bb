import { NO_FIGURE } from '../format-figure.js';
import { planCellText } from '../plan-cell.js';
import { areaAnchor } from './anchors.js';
import { headlineOf } from '../metric-figures.js';
import { linkRun } from './rich-text.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { byHandMark, noteMark, noteNumbers } from '../table-marks.js';
import { notesBox, notesFor } from './table-notes.js';
import { SPC_COLUMNS, spcCells, spcRowIcons } from './spc-table-cells.js';
import { cell, columnLeft, fitColumns, layoutTable, placeTable, rowBoxes, type CellSpec, type ColumnSpec, type TablePage } from './table-layout.js';
import type { AreaView, MetricView } from '../pack-model.js';

const TITLE = 'Summary of performance against plan';
/** A row is at least this tall so an icon (0.19 in) sits inside it with room to spare. */
const SUMMARY_ROW = 0.245;

/**
 * Area | Measure | Month | Plan | Actual | Rating | Variation | Assurance: each measure by its
 * label, as the area tables and the reference pack name it, so a row reads on one line; the
 * priority's full wording is in the cover report.
 */
export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Area', width: 2.1 },
  { header: 'Measure', width: 3.83 },
  { header: 'Month', width: 0.8, align: 'center' },
  { header: 'Plan', width: 1.0, align: 'right' },
  { header: 'Actual', width: 1.05, align: 'right' },
  { header: 'Rating', width: 0.95, align: 'center' },
  ...SPC_COLUMNS,
];
/** The Variation column's index: the icons are drawn from its left edge. */
const VARIATION_COLUMN = SUMMARY_COLUMNS.length - SPC_COLUMNS.length;

/** The metrics on the summary, in pack order, as the rows show them. */
function summaryMetrics(ctx: ComposeContext): { area: AreaView; metric: MetricView }[] {
  return ctx.model.areas.flatMap((area) => area.metrics.filter((metric) => metric.onSummary).map((metric) => ({ area, metric })));
}

/** One row per metric on the summary: its area (a link to the area's slide), headline figures and SPC. */
function summaryRow(ctx: ComposeContext, area: AreaView, metric: MetricView, notes: ReadonlyMap<string, number>): CellSpec[] {
  const { palette } = ctx;
  const headline = headlineOf(metric);
  const shade = palette.rating[metric.rating.rating];
  const shaded = shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour };
  return [
    { runs: [linkRun(area.name, ctx.links.to(areaAnchor(area)), { colour: palette.theme.link })] },
    cell(`${metric.label}${noteMark(notes, metric)}`),
    cell(metric.currentPeriod?.label ?? NO_FIGURE),
    cell(planCellText(metric, 'period', headline)),
    cell(headline?.actual?.display ?? NO_FIGURE, shaded),
    cell(`${metric.rating.word}${byHandMark(metric.rating.setByHand)}`, { ...shaded, bold: true }),
    ...spcCells(metric, palette),
  ];
}

/**
 * Slide 6: Area | Priority | Month | Plan | Actual | Rating | Variation | Assurance over as many
 * slides as it takes, paginated by our own code: the header row on every slide, every slide
 * titled, no row cut; each row's SPC icons drawn over its cells.
 */
export function composeSummaryTables(ctx: ComposeContext): SlideDraft[] {
  const style = tableStyle(ctx, SUMMARY_ROW);
  const BODY = contentBody(ctx);
  const shown = summaryMetrics(ctx);
  const notes = noteNumbers(shown.map(({ metric }) => metric));
  const rows = shown.map(({ area, metric }) => summaryRow(ctx, area, metric, notes));
  const columns = fitColumns(SUMMARY_COLUMNS, BODY.w, (column) => SPC_COLUMNS.includes(column), { rows, style });
  // Each page keeps room under it for the notes of its own rows: the rows are taken while they
  // and their notes fit.
  const measured = layoutTable(columns, rows, style, () => Infinity)[0];
  const notesHeight = (from: number, to: number) => notesBox(ctx, notesFor(ctx, shown.slice(from, to).map(({ metric }) => metric), 'headline'), BODY.x, BODY.w).height;
  // Pages as full as they go, then, where that leaves the last one short, the rows shared out
  // evenly over the same number of pages (22 and 21 rows, not 40 and 3) where they still fit.
  const paginate = (most: number): TablePage[] => {
    const pages: TablePage[] = [];
    let first = 0;
    while (measured !== undefined && first < rows.length) {
      let height = measured.header.h;
      let end = first;
      while (end < rows.length && end - first < most && height + (measured.rows[end]?.h ?? 0) + notesHeight(first, end + 1) <= BODY.h) {
        height += measured.rows[end]?.h ?? 0;
        end += 1;
      }
      end = Math.max(end, first + 1);
      pages.push({ header: measured.header, rows: measured.rows.slice(first, end), first, h: measured.header.h + measured.rows.slice(first, end).reduce((sum, r) => sum + r.h, 0) });
      first = end;
    }
    return pages;
  };
  const full = paginate(Infinity);
  const even = full.length > 1 ? paginate(Math.ceil(rows.length / full.length)) : full;
  const pages = even.length === full.length ? even : full;
  return pages.map((page, index) => {
    const table = placeTable(index === 0 ? 'Summary table' : 'Summary table (continued)', BODY.x, BODY.y, columns, style, page);
    const onPage = shown.slice(page.first, page.first + page.rows.length).map(({ metric }) => metric);
    const pageNotes = notesBox(ctx, notesFor(ctx, onPage, 'headline'), BODY.x, BODY.w).items(table.y + table.h);
    const left = columnLeft(table, VARIATION_COLUMN);
    const icons = rowBoxes(table).flatMap((row, offset) => {
      const metric = shown[page.first + offset]?.metric;
      return metric === undefined ? [] : spcRowIcons(metric, ctx.palette, row, left, style.insetX, columns[VARIATION_COLUMN]?.width);
    });
    return slideDraft(ctx, 'summary-table', pageTitle(TITLE, index, pages.length), [table, ...icons, ...pageNotes], index === 0 ? ['summary'] : []);
  });
}
