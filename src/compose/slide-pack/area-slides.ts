import { NO_FIGURE } from '../format-figure.js';
import { planCellText } from '../plan-cell.js';
import type { AreaView, MetricView, PackModel } from '../pack-model.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { headlineOf, yearEndLabel } from '../metric-figures.js';
import { chartPlace } from './chart-place.js';
import { narrativeSections } from './narrative-panels.js';
import { ratingLetter } from './palette.js';
import { linkRun, run } from './rich-text.js';
import { contentBody, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, SlideItemView } from './slide-pack-view.js';
import { sparkline } from './sparkline.js';
import { SPC_COLUMN_WIDTH, SPC_COLUMNS, spcCells, spcRowIcons } from './spc-table-cells.js';
import { tableStyle } from './styles.js';
import { cell, fitColumns, type CellSpec, type ColumnSpec } from './table-layout.js';
import { composeTableWithNarrative } from './table-with-narrative.js';
import type { DrawnMetric } from './chart-grid.js';
import { byHandMark, noteMark, noteNumbers } from '../table-marks.js';
import { notesBox, notesFor } from './table-notes.js';

const YEAR_END_WIDTH = 1.0;
const MONTH_WIDTH = 0.75;
const TREND_WIDTH = 1.3;
const TREND_COLUMN: ColumnSpec = { header: '12-month trend', width: TREND_WIDTH, align: 'center' };
const SPC_WIDTH = SPC_COLUMNS.reduce((sum, c) => sum + c.width, 0);
const MIN_MEASURE_WIDTH = 2.6;
/** A level's plan and actual together, at the least: narrower, and the whole table is narrowed instead (see `fitColumns`). */
const MIN_PAIR_WIDTH = 1.4;
/** The measure column where the body cannot give it MIN_MEASURE_WIDTH and the figures their room. */
const NARROW_MEASURE_WIDTH = 1.8;
/** A row is at least this tall so its sparkline has room: two lines of 9 pt text. */
const SPARKLINE_ROW = 0.3;
const SPARKLINE_MARGIN = 0.04;

/**
 * Measure | year-end plan | current month | plan and actual at each level | SPC variation and
 * assurance (of the headline level) | 12-month trend: the columns of the reference pack, with
 * Making Data Count's icons beside the ratings. The measure column takes what the figures leave.
 */
export function areaColumns(ctx: ComposeContext, area: AreaView, content?: Parameters<typeof fitColumns>[3]): readonly ColumnSpec[] {
  const levels = areaLevels(ctx, area);
  const fixed = YEAR_END_WIDTH + MONTH_WIDTH + SPC_WIDTH + TREND_WIDTH;
  const { w } = contentBody(ctx);
  // on a narrow body (a 4:3 template's) the measure column gives way first, then every column narrows alike
  const pairWidth = Math.max(MIN_PAIR_WIDTH, Math.min(2.2, (w - fixed - MIN_MEASURE_WIDTH) / Math.max(1, levels.length)));
  const measureWidth = Math.max(NARROW_MEASURE_WIDTH, w - fixed - pairWidth * levels.length);
  return fitColumns([
    { header: area.tableHeading ?? 'Measure', width: measureWidth },
    { header: `Plan ${yearEndLabel(ctx.model)}`, width: YEAR_END_WIDTH, align: 'right' },
    { header: 'Month', width: MONTH_WIDTH, align: 'center' },
    ...levels.flatMap((level): ColumnSpec[] => [
      { header: `${level.shortName} plan`, width: pairWidth * 0.48, align: 'right' },
      { header: `${level.shortName} actual`, width: pairWidth * 0.52, align: 'right' },
    ]),
    ...SPC_COLUMNS,
    TREND_COLUMN,
  ], w, undefined, content);
}

/**
 * The levels an area's table shows: the system always, a provider only where some metric of the
 * area has a figure or a plan for it (two empty columns say nothing).
 */
export function areaLevels(ctx: ComposeContext, area: AreaView): PackModel['levels'] {
  return ctx.model.levels.filter((level) => level.kind === 'system' || area.metrics.some((m) => m.levels.some((l) => l.level === level.id && (l.actual !== undefined || l.plan !== undefined))));
}

function metricRow(ctx: ComposeContext, area: AreaView, metric: MetricView, notes: ReadonlyMap<string, number>): CellSpec[] {
  const { palette } = ctx;
  const label = `${metric.label}${noteMark(notes, metric)}`;
  const measure = chartPlace(ctx.model, metric) !== undefined ? [linkRun(label, ctx.links.to(chartAnchor(metric)), { colour: palette.theme.link })] : [run(label)];
  const cells: CellSpec[] = [{ runs: measure }, cell(planCellText(metric, 'year-end')), cell(metric.currentPeriod?.label ?? NO_FIGURE)];
  for (const level of areaLevels(ctx, area)) {
    const figures = metric.levels.find((l) => l.level === level.id);
    const shade = palette.rating[figures?.rating.rating ?? 'not-rated'];
    const rated = ratingLetter(figures?.rating.rating ?? 'not-rated');
    const letter = rated === '' ? '' : `${rated}${byHandMark(figures?.rating.setByHand === true)}`;
    cells.push(cell(planCellText(metric, 'period', figures)));
    cells.push({
      runs: [run(figures?.actual?.display ?? NO_FIGURE), ...(letter === '' ? [] : [run(` ${letter}`, { bold: true })])],
      ...(shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour }),
    });
  }
  cells.push(...spcCells(metric, palette), cell(''));
  return cells;
}

/** Slide 7, one or more per area: the metric table with sparklines, the narrative, a link back. */
export function composeAreaSlides(ctx: ComposeContext, area: AreaView, charts: readonly DrawnMetric[] = []): SlideDraft[] {
  const notes = noteNumbers(area.metrics);
  const style = tableStyle(ctx, SPARKLINE_ROW);
  const rows = area.metrics.map((metric) => metricRow(ctx, area, metric, notes));
  const columns = areaColumns(ctx, area, { rows, style });
  const trendLeft = contentBody(ctx).x + columns.slice(0, -1).reduce((sum, c) => sum + c.width, 0);
  // the SPC columns as the body has room for them: narrowed alike with the rest on a narrow one
  const spcWidth = columns[columns.length - 2]?.width ?? SPC_COLUMN_WIDTH;
  const spcLeft = trendLeft - SPC_COLUMNS.length * spcWidth;
  const trendWidth = columns[columns.length - 1]?.width ?? TREND_WIDTH;
  const overlay = (index: number, row: Box): SlideItemView[] => {
    const metric = area.metrics[index];
    if (metric === undefined) return [];
    const icons = spcRowIcons(metric, ctx.palette, row, spcLeft, style.insetX, spcWidth);
    const level = headlineOf(metric);
    if (level === undefined) return icons;
    const h = Math.min(0.3, row.h - 2 * SPARKLINE_MARGIN);
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
    rows,
    underTable: notesBox(ctx, notesFor(ctx, area.metrics, 'every'), contentBody(ctx).x, contentBody(ctx).w),
    style,
    overlay,
    sections: narrativeSections(ctx, area),
    charts: { area, drawn: charts },
    links: [{ text: 'Back to summary', anchor: 'summary' }],
  });
}
