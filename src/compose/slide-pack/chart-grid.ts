import { metricChart, type ChartColours, type MetricChart, type NoMetricChart } from '../charts/metric-chart.js';
import { POINT_SHAPES, type PointKind } from '../charts/spc-chart.js';
import { NO_FIGURE } from '../format-figure.js';
import { headlineOf, valueFormat } from '../metric-figures.js';
import type { AreaView, MetricView } from '../pack-model.js';
import { spcMarks } from '../spc-marks.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { GUTTER } from './geometry.js';
import { bodyAboveLinks, linkRow } from './link-row.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { paragraph, run } from './rich-text.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, LineChartView, ParagraphView, RunView, SlideItemView } from './slide-pack-view.js';
import { tableStyle } from './styles.js';
import { heightFor, textBox } from './text-box.js';
import { listInWords } from '../words.js';
import { textStyle, type TextStyle } from './text-flow.js';
import { cell, layoutTable, placeTable, type ColumnSpec } from './table-layout.js';

/**
 * A slide of small charts: the metrics of one area drawn side by side, one to six to a slide
 * (one fills the body, two share it, three or four make a 2 x 2 grid, five or six a 3 x 2 grid),
 * each with its caption and its reading in words under it, and one key to the lines and points
 * for them all. Where an area has more than six, its charts are split evenly over as few slides as
 * hold them, so no slide is left with one chart in a corner.
 */
export const MOST_CHARTS_A_SLIDE = 6;

const PLAN_COLOUR = '404040';
/** A chart's caption, its measure's label: bold, in full, over as many lines as it takes. */
const CAPTION_TEXT = textStyle(10);
/** The key to the lines and points, under the charts. */
const KEY_TEXT = textStyle(9);
/** Room a key takes at most: three lines at 9 pt. */
const KEY_HEIGHT = 0.55;
/** The reading under a chart is set at 10 pt, or 9 pt where it would take more than this (inches). */
const READING_ROOM = 0.7;
const CHART_FONT = 9;
/** Sizes tried, largest first, for the sentence saying why a measure has no chart. */
const SENTENCE_SIZES = [11, 10, 9] as const;

/** The colours a chart is drawn in on the slides. */
export function slideChartColours(ctx: ComposeContext): ChartColours {
  return { spc: ctx.palette.spc, primary: ctx.palette.theme.primary, plan: PLAN_COLOUR, target: ctx.palette.rating.red.fill ?? 'C00000' };
}

/** Columns and rows for `count` charts in a region: side by side where it is wide, stacked where it is narrow. */
function gridOf(count: number, region: Box): { readonly columns: number; readonly rows: number } {
  const wide = region.w >= region.h * 1.6;
  if (count <= 1) return { columns: 1, rows: 1 };
  if (count === 2) return wide ? { columns: 2, rows: 1 } : { columns: 1, rows: 2 };
  if (count <= 4) return { columns: 2, rows: 2 };
  return wide ? { columns: 3, rows: 2 } : { columns: 2, rows: 3 };
}

/** The smallest a chart's cell may be, inches: below it the axes crowd the line out. */
const SMALLEST_CELL = { w: 3.6, h: 2.3 };

/** How many charts a region holds at most, each in a cell no smaller than {@link SMALLEST_CELL}. */
export function chartsFitting(region: Box): number {
  const across = Math.floor((region.w + GUTTER) / (SMALLEST_CELL.w + GUTTER));
  const down = Math.floor((region.h - KEY_HEIGHT + GUTTER) / (SMALLEST_CELL.h + GUTTER));
  return Math.min(MOST_CHARTS_A_SLIDE, Math.max(0, across) * Math.max(0, down));
}

/** `items` split over as few slides of at most `most` as hold them, as evenly as may be. */
export function evenly<T>(items: readonly T[], most: number): T[][] {
  const slides = Math.ceil(items.length / most);
  const groups: T[][] = [];
  let start = 0;
  for (let i = 0; i < slides; i += 1) {
    const size = Math.ceil((items.length - start) / (slides - i));
    groups.push(items.slice(start, start + size));
    start += size;
  }
  return groups;
}

/** The metric's figure and SPC reading in words, under its chart. */
function reading(ctx: ComposeContext, metric: MetricView, chart: MetricChart, area?: string): ParagraphView[] {
  const level = headlineOf(metric);
  const direction = metric.direction === 'neither' ? 'Neither direction is better' : `${metric.direction.charAt(0).toUpperCase()}${metric.direction.slice(1)}`;
  const rating = `${metric.rating.word}${metric.rating.setByHand ? ' (set by hand)' : ''}`;
  const latest = `${area === undefined ? '' : `${area}. `}${direction}. ${rating}: ${level?.actual?.display ?? NO_FIGURE}${level?.plan === undefined ? '' : ` against a plan of ${level.plan.display}`}${metric.currentPeriod === undefined ? '' : ` (${metric.currentPeriod.label}, ${level?.levelName ?? ''})`}.`;
  const runs: RunView[] = [run(latest)];
  const spc = metric.spc;
  if (spc !== undefined && chart.kind === 'spc') {
    const marks = spcMarks(metric, ctx.palette.spc);
    const change = spc.change === undefined ? '' : `: it ${spc.change.words}`;
    runs.push(run(` SPC: ${marks.variation.text.toLowerCase()}; ${marks.assurance.text.toLowerCase()}${change}.`));
    if (chart.targetOffScale !== undefined) runs.push(run(` Target ${chart.targetOffScale.display}, far ${chart.targetOffScale.side} the figures, is left off the chart.`));
  }
  if (chart.kind !== 'none') {
    // A suppressed count is a gap in the line: say so, or the reader takes it for a missing month.
    const shown = new Set(chart.categories);
    const gaps = (level?.history ?? []).filter((p) => p.actual?.suppressed === true && shown.has(p.period.label)).map((p) => p.period.label);
    if (gaps.length > 0) runs.push(run(` Gaps in the line: counts under ${metric.suppressBelow} suppressed (*) in ${listInWords(gaps.length > 4 ? [...gaps.slice(0, 3), `${gaps.length - 3} more months`] : gaps)}.`));
  }
  return [paragraph(runs, { spaceAfter: 0 })];
}

function lineChart(metric: MetricView, chart: Exclude<MetricChart, NoMetricChart>, box: Box): LineChartView {
  return {
    kind: 'line-chart',
    name: `Chart ${metric.id}`,
    ...box,
    altText: chart.altText,
    categories: chart.categories,
    series: chart.series,
    valueFormat: valueFormat(metric),
    valueAxis: chart.valueAxis,
    fontSize: CHART_FONT,
    legend: false,
  };
}

/** Where a chart would say nothing: the sentence saying why, and the periods as a small table where they fit. */
function noChartItems(ctx: ComposeContext, metric: MetricView, chart: NoMetricChart, box: Box): SlideItemView[] {
  // The sentence in full at the largest size whose measured height fits the cell; the table takes the rest.
  const paragraphs = [paragraph([run(chart.sentence)], { spaceAfter: 0 })];
  const words = SENTENCE_SIZES.map((size) => textStyle(size)).find((s) => heightFor(paragraphs, box.w, s) <= box.h) ?? textStyle(9);
  const sentenceBox = { ...box, h: Math.min(box.h, heightFor(paragraphs, box.w, words)) };
  // in a small cell (a narrow template's) even 9 pt may not hold it all: shortened, never overflowing
  const sentence = shrinkToFit({ name: `Why there is no chart ${metric.id}`, box: sentenceBox, paragraphs, sizes: [words.fontSize], colour: ctx.palette.theme.text });
  if (chart.periods === undefined) return [sentence];
  const width = Math.min(box.w, 4.2);
  const columns: ColumnSpec[] = [
    { header: 'Period', width: width * 0.38 },
    { header: 'Plan', width: width * 0.31, align: 'right' },
    { header: 'Actual', width: width * 0.31, align: 'right' },
  ];
  const rows = chart.periods.map((p) => [cell(p.period.label), cell(p.plan?.display ?? NO_FIGURE, { align: 'right' }), cell(p.actual?.display ?? NO_FIGURE, { align: 'right' })]);
  const style = tableStyle(ctx);
  const pages = layoutTable(columns, rows, style, () => box.h - sentenceBox.h);
  const [page] = pages;
  if (page === undefined || pages.length > 1) return [sentence];
  return [sentence, placeTable(`${metric.label} by period`, box.x, box.y + sentenceBox.h, columns, style, page)];
}

function captionOf(metric: MetricView): ParagraphView[] {
  return [paragraph([run(metric.label, { bold: true })], { spaceAfter: 0 })];
}

/** The words of one chart's cell, and the heights every cell of its slide gives them so the charts line up. */
interface CellTexts {
  readonly reading: readonly ParagraphView[];
  readonly readingStyle: TextStyle;
  readonly readingHeight: number;
  readonly captionHeight: number;
}

/** One chart's cell: caption, chart (or why there is none), reading (led by its area's name where charts of several share a slide). */
function chartCell(ctx: ComposeContext, metric: MetricView, chart: MetricChart, box: Box, texts: CellTexts): SlideItemView[] {
  const caption = textBox({ name: `Caption ${metric.id}`, box: { ...box, h: texts.captionHeight }, paragraphs: captionOf(metric), style: CAPTION_TEXT, colour: ctx.palette.theme.text, valign: 'middle' });
  // The caption and reading in full, never cut: the chart takes what they leave.
  const below = { x: box.x, y: box.y + box.h - texts.readingHeight, w: box.w, h: texts.readingHeight };
  const drawing = { x: box.x, y: box.y + texts.captionHeight, w: box.w, h: box.h - texts.captionHeight - texts.readingHeight };
  const drawn = chart.kind === 'none' ? noChartItems(ctx, metric, chart, drawing) : [lineChart(metric, chart, drawing)];
  const words = textBox({ name: `Reading ${metric.id}`, box: below, paragraphs: texts.reading, style: texts.readingStyle, colour: ctx.palette.theme.text });
  return [caption, ...drawn, words];
}

/** The key to every chart of the slide: the lines and the points, in words and shapes. */
function chartKey(ctx: ComposeContext, spc: boolean): ParagraphView[] {
  const kinds: readonly PointKind[] = ['improvement', 'concern', 'neutral', 'commonCause'];
  const points: RunView[] = spc
    ? kinds.flatMap((kind) => [run(`   ${POINT_SHAPES[kind].glyph}`, { colour: ctx.palette.spc[kind] }), run(`\u00a0${POINT_SHAPES[kind].word.replace(/ /g, '\u00a0')}`)])
    : [];
  const lines = spc ? 'grey line, actual; black, mean; short dashes, process limits; red long dashes, target where a plan covers the month.' : 'solid line, actual; dashes, plan.';
  return [paragraph([run('Key: ', { bold: true }), run(lines), ...points], { spaceAfter: 0 })];
}

/** The cells of `count` charts in `region`, above a key `keyHeight` tall. */
function cells(count: number, region: Box, keyHeight: number): Box[] {
  const { columns, rows } = gridOf(count, region);
  const above = { ...region, h: region.h - keyHeight };
  const w = (above.w - (columns - 1) * GUTTER) / columns;
  const h = (above.h - (rows - 1) * GUTTER) / rows;
  return Array.from({ length: count }, (_, i) => ({ x: above.x + (i % columns) * (w + GUTTER), y: above.y + Math.floor(i / columns) * (h + GUTTER), w, h }));
}

/** A metric with the chart it is drawn with. */
export interface DrawnMetric {
  readonly metric: MetricView;
  readonly chart: MetricChart;
}

/** The metrics' charts, in order; a metric with no figures has none. */
export function drawnMetrics(ctx: ComposeContext, metrics: readonly MetricView[]): DrawnMetric[] {
  const colours = slideChartColours(ctx);
  return metrics.flatMap((metric): DrawnMetric[] => {
    const chart = metricChart(metric, colours);
    return chart === undefined ? [] : [{ metric, chart }];
  });
}

/** Charts laid out in `region` (see {@link chartsFitting}), with the key to them under them. */
export function chartsIn(ctx: ComposeContext, drawn: readonly DrawnMetric[], region: Box, areaOf?: ReadonlyMap<string, string>): SlideItemView[] {
  const key = chartKey(ctx, drawn.some(({ chart }) => chart.kind === 'spc'));
  const keyHeight = heightFor(key, region.w, KEY_TEXT);
  const boxes = cells(drawn.length, region, keyHeight);
  // Every reading of the slide at one size and in one height, so the charts line up.
  const width = boxes[0]?.w ?? region.w;
  const readings = drawn.map(({ metric, chart }) => reading(ctx, metric, chart, areaOf?.get(metric.id)));
  const style = readings.every((r) => heightFor(r, width, textStyle(10)) <= READING_ROOM) ? textStyle(10) : textStyle(9);
  const readingHeight = Math.max(...readings.map((r) => heightFor(r, width, style)));
  const captionHeight = Math.max(...drawn.map(({ metric }) => heightFor(captionOf(metric), width, CAPTION_TEXT)));
  const items = drawn.flatMap(({ metric, chart }, i) => chartCell(ctx, metric, chart, boxes[i] as Box, { reading: readings[i] ?? [], readingStyle: style, readingHeight, captionHeight }));
  const keyBox = { x: region.x, y: region.y + region.h - keyHeight, w: region.w, h: keyHeight };
  return [...items, textBox({ name: 'Key', box: keyBox, paragraphs: key, style: KEY_TEXT, colour: ctx.palette.theme.text })];
}

export interface ChartGridSpec {
  /** The slides' title; numbered "(1 of 2)" where the charts take more than one. */
  readonly title: string;
  /** The area the charts are of, for the link back; none where they are of several. */
  readonly area?: AreaView;
  readonly drawn: readonly DrawnMetric[];
}

/** The slides of small charts (see {@link MOST_CHARTS_A_SLIDE}); none where there are no charts. */
export function composeChartGrid(ctx: ComposeContext, spec: ChartGridSpec): SlideDraft[] {
  const groups = evenly(spec.drawn, MOST_CHARTS_A_SLIDE);
  const back = spec.area === undefined ? [] : [{ text: `Back to ${spec.area.name}`, anchor: areaAnchor(spec.area) }];
  return groups.map((group, index) => {
    const links = linkRow(ctx, [...back, { text: 'Back to summary', anchor: 'summary' }]);
    const anchors = group.map(({ metric }) => chartAnchor(metric));
    return slideDraft(ctx, 'metric-chart', pageTitle(spec.title, index, groups.length), [...chartsIn(ctx, group, bodyAboveLinks(contentBody(ctx))), links], anchors);
  });
}

/**
 * The appendix's slides of small charts: every metric given, six to a slide, one area running on
 * into the next; each slide's title names the areas it holds.
 */
export function composeAppendixCharts(ctx: ComposeContext, title: string, byArea: readonly { readonly area: AreaView; readonly drawn: readonly DrawnMetric[] }[]): SlideDraft[] {
  const all = byArea.flatMap(({ area, drawn }) => drawn.map((d) => ({ area, d })));
  const groups = evenly(all, MOST_CHARTS_A_SLIDE);
  return groups.map((group, index) => {
    const links = linkRow(ctx, [{ text: 'Back to summary', anchor: 'summary' }]);
    const drawn = group.map(({ d }) => d);
    const areaOf = new Map(group.map(({ area, d }) => [d.metric.id, area.name]));
    return slideDraft(ctx, 'metric-chart', pageTitle(title, index, groups.length), [...chartsIn(ctx, drawn, bodyAboveLinks(contentBody(ctx)), areaOf), links], drawn.map(({ metric }) => chartAnchor(metric)));
  });
}
