import { areaAnchor } from './anchors.js';
import { BODY } from './geometry.js';
import { headlineOf } from './metric-figures.js';
import { linkRun } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, type CellSpec, type ColumnSpec } from './table-layout.js';

const TITLE = 'Summary of performance against plan';

export const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Area', width: 1.9 },
  { header: 'Priority', width: 5.93 },
  { header: 'Month', width: 1.0, align: 'center' },
  { header: 'Plan', width: 1.2, align: 'right' },
  { header: 'Actual', width: 1.25, align: 'right' },
  { header: 'Rating', width: 1.25, align: 'center' },
];

/** One row per metric on the summary: its area (a link to the area's slide) and headline figures. */
function summaryRows(ctx: ComposeContext): CellSpec[][] {
  const { palette } = ctx;
  return ctx.model.areas.flatMap((area) =>
    area.metrics
      .filter((metric) => metric.onSummary)
      .map((metric): CellSpec[] => {
        const headline = headlineOf(metric);
        const shade = palette.rating[metric.rating.rating];
        const shaded = shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour };
        return [
          { runs: [linkRun(area.name, ctx.links.to(areaAnchor(area)), { colour: palette.theme.link })] },
          cell(metric.priority),
          cell(metric.currentPeriod?.label ?? '–'),
          cell(headline?.plan?.display ?? '–'),
          cell(headline?.actual?.display ?? '–', shaded),
          cell(metric.rating.word, { ...shaded, bold: true }),
        ];
      }),
  );
}

/**
 * Slide 6: Area | Priority | Month | Plan | Actual | Rating over as many slides as it takes,
 * paginated by our own code: the header row on every slide, every slide titled, no row cut.
 */
export function composeSummaryTables(ctx: ComposeContext): SlideDraft[] {
  const style = tableStyle(ctx.palette);
  const pages = layoutTable(SUMMARY_COLUMNS, summaryRows(ctx), style, () => BODY.h);
  return pages.map((page, index) =>
    slideDraft('summary-table', pageTitle(TITLE, index, pages.length), [placeTable(index === 0 ? 'Summary table' : 'Summary table (continued)', BODY.x, BODY.y, SUMMARY_COLUMNS, style, page)], index === 0 ? ['summary'] : []),
  );
}
