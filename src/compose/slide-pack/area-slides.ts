import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, MetricView } from '../pack-model.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { BODY } from './geometry.js';
import { hasChart, headlineOf, yearEndLabel } from '../metric-figures.js';
import { narrativeSections } from './narrative-panels.js';
import { ratingLetter } from './palette.js';
import { linkRun, run } from './rich-text.js';
import type { ComposeContext, SlideDraft } from './slide-draft.js';
import type { Box, SlideItemView } from './slide-pack-view.js';
import { sparkline } from './sparkline.js';
import { SPC_COLUMNS, spcCells, spcRowIcons } from './spc-table-cells.js';
import { tableStyle } from './styles.js';
import { cell, type CellSpec, type ColumnSpec } from './table-layout.js';
import { composeTableWithNarrative } from './table-with-narrative.js';

const YEAR_END_WIDTH = 1.15;
const MONTH_WIDTH = 0.8;
const TREND_WIDTH = 1.7;
const SPC_WIDTH = SPC_COLUMNS.reduce((sum, c) => sum + c.width, 0);
const MIN_MEASURE_WIDTH = 2.6;
/** A row is at least this tall so its sparkline (up to 0.4 in) has room. */
const SPARKLINE_ROW = 0.36;
const SPARKLINE_MARGIN = 0.06;

/**
 * Measure | year-end plan | current month | plan and actual at each level | SPC variation and
 * assurance (of the headline level) | 12-month trend: the columns of the reference pack, with
 * Making Data Count's icons beside the ratings. The measure column takes what the figures leave.
 */
export function areaColumns(ctx: ComposeContext, area: AreaView): ColumnSpec[] {
  const levels = ctx.model.levels;
  const fixed = YEAR_END_WIDTH + MONTH_WIDTH + SPC_WIDTH + TREND_WIDTH;
  const pairWidth = Math.min(2.2, (BODY.w - fixed - MIN_MEASURE_WIDTH) / Math.max(1, levels.length));
  const measureWidth = BODY.w - fixed - pairWidth * levels.length;
  return [
    { header: area.tableHeading ?? 'Measure', width: measureWidth },
    { header: `Year-end plan (${yearEndLabel(ctx.model)})`, width: YEAR_END_WIDTH, align: 'right' },
    { header: 'Current month', width: MONTH_WIDTH, align: 'center' },
    ...levels.flatMap((level): ColumnSpec[] => [
      { header: `${level.shortName} plan`, width: pairWidth * 0.48, align: 'right' },
      { header: `${level.shortName} actual`, width: pairWidth * 0.52, align: 'right' },
    ]),
    ...SPC_COLUMNS,
    { header: '12-month trend', width: TREND_WIDTH, align: 'center' },
  ];
}

function metricRow(ctx: ComposeContext, metric: MetricView): CellSpec[] {
  const { palette, model } = ctx;
  const measure = hasChart(metric) ? [linkRun(metric.label, ctx.links.to(chartAnchor(metric)), { colour: palette.theme.link })] : [run(metric.label)];
  const cells: CellSpec[] = [{ runs: measure }, cell(metric.yearEndPlan?.display ?? NO_FIGURE), cell(metric.currentPeriod?.label ?? NO_FIGURE)];
  for (const level of model.levels) {
    const figures = metric.levels.find((l) => l.level === level.id);
    const shade = palette.rating[figures?.rating.rating ?? 'not-rated'];
    const letter = ratingLetter(figures?.rating.rating ?? 'not-rated');
    cells.push(cell(figures?.plan?.display ?? NO_FIGURE));
    cells.push({
      runs: [run(figures?.actual?.display ?? NO_FIGURE), ...(letter === '' ? [] : [run(` ${letter}`, { bold: true })])],
      ...(shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour }),
    });
  }
  cells.push(...spcCells(metric, palette), cell(''));
  return cells;
}

/** Slide 7, one or more per area: the metric table with sparklines, the narrative, a link back. */
export function composeAreaSlides(ctx: ComposeContext, area: AreaView): SlideDraft[] {
  const columns = areaColumns(ctx, area);
  const style = tableStyle(ctx.palette, SPARKLINE_ROW);
  const trendLeft = BODY.x + columns.slice(0, -1).reduce((sum, c) => sum + c.width, 0);
  const spcLeft = trendLeft - SPC_WIDTH;
  const trendWidth = columns[columns.length - 1]?.width ?? TREND_WIDTH;
  const overlay = (index: number, row: Box): SlideItemView[] => {
    const metric = area.metrics[index];
    if (metric === undefined) return [];
    const icons = spcRowIcons(metric, ctx.palette, row, spcLeft, style.insetX);
    const level = headlineOf(metric);
    if (level === undefined) return icons;
    const h = Math.min(0.4, row.h - 2 * SPARKLINE_MARGIN);
    const box = { x: trendLeft + 0.12, y: row.y + (row.h - h) / 2, w: trendWidth - 0.24, h };
    const line = sparkline(`Sparkline ${metric.id}`, metric, level, box, ctx.palette.theme.primary);
    return line === undefined ? icons : [...icons, line];
  };
  return composeTableWithNarrative(ctx, {
    kind: 'area',
    title: `Performance against plan: ${area.name}`,
    anchors: [areaAnchor(area)],
    tableName: `${area.name} measures`,
    columns,
    rows: area.metrics.map((metric) => metricRow(ctx, metric)),
    style,
    overlay,
    sections: narrativeSections(ctx, area),
    links: [{ text: 'Back to summary', anchor: 'summary' }],
  });
}
