import type { AreaView, MetricView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { areaAnchor, chartAnchor } from './anchors.js';
import { BODY, GUTTER } from './geometry.js';
import { BODY_ABOVE_LINKS, linkRow } from './link-row.js';
import { actualValue, chartValue, directionSentence, hasChart, headlineOf, majorUnit, valueFormat, yearEndLabel } from './metric-figures.js';
import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { ChartSeriesView, LineChartView, ParagraphView } from './slide-pack-view.js';

/** Periods a chart covers. */
export const CHART_POINTS = 24;
const CHART_WIDTH = 8.7;
const PLAN_COLOUR = '404040';

function chartOf(ctx: ComposeContext, area: AreaView, metric: MetricView): LineChartView | undefined {
  const level = headlineOf(metric);
  if (level === undefined) return undefined;
  const points = level.history.slice(-CHART_POINTS);
  const actual: ChartSeriesView = { name: 'Actual', values: points.map((p) => chartValue(metric, actualValue(p))), colour: ctx.palette.theme.primary, dashed: false };
  const planValues = points.map((p) => chartValue(metric, p.plan?.value));
  const hasPlan = planValues.some((v) => v !== null);
  const step = majorUnit(metric, [...actual.values, ...planValues]);
  const latest = points[points.length - 1];
  const altText = renderTemplate('slide-pack/chart-alt-text', {
    label: metric.label,
    level: level.levelName,
    firstPeriod: points[0]?.period.label ?? '',
    lastPeriod: latest?.period.label ?? '',
    hasPlan,
    direction: directionSentence(metric),
    period: metric.currentPeriod?.label ?? latest?.period.label ?? '',
    actual: level.actual?.display ?? '–',
    plan: level.plan?.display ?? '',
    word: metric.rating.word,
  });
  return {
    kind: 'line-chart',
    name: `Chart ${metric.id}`,
    x: BODY.x,
    y: BODY.y,
    w: CHART_WIDTH,
    h: BODY_ABOVE_LINKS.h,
    altText,
    categories: points.map((p) => p.period.label),
    series: hasPlan ? [actual, { name: 'Plan', values: planValues, colour: PLAN_COLOUR, dashed: true }] : [actual],
    valueFormat: valueFormat(metric),
    ...(step === undefined ? {} : { majorUnit: step }),
  };
}

/** The facts beside the chart: area, priority, which way is better, the latest figures. */
function facts(ctx: ComposeContext, area: AreaView, metric: MetricView): ParagraphView[] {
  const level = headlineOf(metric);
  const fact = (label: string, text: string): ParagraphView => paragraph([run(`${label}: `, { bold: true }), run(text)], { spaceAfter: 6 });
  const latest = `${level?.actual?.display ?? '–'}${level?.plan === undefined ? '' : ` against a plan of ${level.plan.display}`}`;
  const points = level?.history.slice(-CHART_POINTS) ?? [];
  const suppressed = points.filter((p) => p.actual?.suppressed === true).map((p) => p.period.label);
  return [
    fact('Area', area.name),
    fact('Priority', metric.priority),
    fact('Direction', `${directionSentence(metric)}.`),
    fact(`Latest (${metric.currentPeriod?.label ?? '–'}, ${level?.levelName ?? ''})`, latest),
    fact('Rating', `${metric.rating.word}: ${metric.rating.because}`),
    fact('Since the previous period', metric.movement === 'not-rated' ? 'not rated' : metric.movement),
    fact(`Year-end plan (${yearEndLabel(ctx.model)})`, metric.yearEndPlan?.display ?? '–'),
    ...(suppressed.length === 0 ? [] : [fact('Gaps in the line', `counts suppressed (*) in ${suppressed.join(', ')}`)]),
  ];
}

/**
 * Slide 8, one per rated metric: actual against trajectory over the last 24 periods as a native,
 * editable line chart (plan dashed), the desired direction stated, alt text giving the latest
 * value against plan.
 */
export function composeChartSlides(ctx: ComposeContext): SlideDraft[] {
  const slides: SlideDraft[] = [];
  for (const area of ctx.model.areas) {
    for (const metric of area.metrics) {
      if (!hasChart(metric)) continue;
      const chart = chartOf(ctx, area, metric);
      if (chart === undefined) continue;
      const side = { x: BODY.x + CHART_WIDTH + GUTTER, y: BODY.y, w: BODY.w - CHART_WIDTH - GUTTER, h: BODY_ABOVE_LINKS.h };
      const panel = shrinkToFit({ name: 'About this measure', box: side, paragraphs: facts(ctx, area, metric), sizes: [12, 11, 10, 9], colour: ctx.palette.theme.text, fill: ctx.palette.theme.panel, inset: 0.1 });
      const anchors = slides.length === 0 ? ['charts', chartAnchor(metric)] : [chartAnchor(metric)];
      const links = linkRow(ctx, [{ text: `Back to ${area.name}`, anchor: areaAnchor(area) }, { text: 'Back to summary', anchor: 'summary' }]);
      const title = chart.series.length > 1 ? `${metric.label}: actual against plan` : `${metric.label}: actual (no plan to chart)`;
      slides.push(slideDraft('metric-chart', title, [chart, panel, links], anchors));
    }
  }
  return slides;
}
