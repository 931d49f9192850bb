import { NO_FIGURE } from '../format-figure.js';
import { areaAnchor } from './anchors.js';
import { BODY } from './geometry.js';
import { headlineOf } from '../metric-figures.js';
import { linkRun } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { SPC_COLUMNS, spcCells, spcRowIcons } from './spc-table-cells.js';
import { cell, columnLeft, layoutTable, placeTable, rowBoxes, type CellSpec, type ColumnSpec } from './table-layout.js';
import type { AreaView, MetricView } from '../pack-model.js';

const TITLE = 'Summary of performance against plan';
/** A row is at least this tall so an icon (0.21 in) sits inside it with room to spare. */
const SUMMARY_ROW = 0.27;

export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Area', width: 1.55 },
  { header: 'Priority', width: 5.18 },
  { header: 'Month', width: 0.8, align: 'center' },
  { header: 'Plan', width: 1.0, align: 'right' },
  { header: 'Actual', width: 1.05, align: 'right' },
  { header: 'Rating', width: 0.85, align: 'center' },
  ...SPC_COLUMNS,
];
/** The Variation column's index: the icons are drawn from its left edge. */
const VARIATION_COLUMN = SUMMARY_COLUMNS.length - SPC_COLUMNS.length;

/** The metrics on the summary, in pack order, as the rows show them. */
function summaryMetrics(ctx: ComposeContext): { area: AreaView; metric: MetricView }[] {
  return ctx.model.areas.flatMap((area) => area.metrics.filter((metric) => metric.onSummary).map((metric) => ({ area, metric })));
}

/** One row per metric on the summary: its area (a link to the area's slide), headline figures and SPC. */
function summaryRow(ctx: ComposeContext, area: AreaView, metric: MetricView): CellSpec[] {
  const { palette } = ctx;
  const headline = headlineOf(metric);
  const shade = palette.rating[metric.rating.rating];
  const shaded = shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour };
  return [
    { runs: [linkRun(area.name, ctx.links.to(areaAnchor(area)), { colour: palette.theme.link })] },
    cell(metric.priority),
    cell(metric.currentPeriod?.label ?? NO_FIGURE),
    cell(headline?.plan?.display ?? NO_FIGURE),
    cell(headline?.actual?.display ?? NO_FIGURE, shaded),
    cell(metric.rating.word, { ...shaded, bold: true }),
    ...spcCells(metric, palette),
  ];
}

/**
 * Slide 6: Area | Priority | Month | Plan | Actual | Rating | Variation | Assurance over as many
 * slides as it takes, paginated by our own code: the header row on every slide, every slide
 * titled, no row cut; each row's SPC icons drawn over its cells.
 */
export function composeSummaryTables(ctx: ComposeContext): SlideDraft[] {
  const style = tableStyle(ctx.palette, SUMMARY_ROW);
  const shown = summaryMetrics(ctx);
  const pages = layoutTable(SUMMARY_COLUMNS, shown.map(({ area, metric }) => summaryRow(ctx, area, metric)), style, () => BODY.h);
  return pages.map((page, index) => {
    const table = placeTable(index === 0 ? 'Summary table' : 'Summary table (continued)', BODY.x, BODY.y, SUMMARY_COLUMNS, style, page);
    const left = columnLeft(table, VARIATION_COLUMN);
    const icons = rowBoxes(table).flatMap((row, offset) => {
      const metric = shown[page.first + offset]?.metric;
      return metric === undefined ? [] : spcRowIcons(metric, ctx.palette, row, left, style.insetX);
    });
    return slideDraft('summary-table', pageTitle(TITLE, index, pages.length), [table, ...icons], index === 0 ? ['summary'] : []);
  });
}
