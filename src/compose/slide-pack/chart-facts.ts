import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, MetricView, SpcColours, SpcView } from '../pack-model.js';
import { directionSentence, headlineOf, yearEndLabel } from '../metric-figures.js';
import { paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { ParagraphView, RunView } from './slide-pack-view.js';
import { POINT_SHAPES, type PointKind, type SpcChartData } from '../charts/spc-chart.js';
import { assuranceText, spcFigure, variationText } from '../charts/spc-words.js';

/** The facts panel beside a metric's chart: what it measures, the latest figures, and its SPC reading. */
const fact = (label: string, text: string): ParagraphView => paragraph([run(`${label}: `, { bold: true }), run(text)], { spaceAfter: 6 });


/** The key to the chart's points: each kind's shape in its colour (3:1 on the panel's grey), then its word. */
function pointKey(colours: SpcColours): ParagraphView {
  // No-break spaces keep each shape on the line of its word.
  const kinds: readonly PointKind[] = ['improvement', 'concern', 'neutral', 'commonCause'];
  const entry = (kind: PointKind, last: boolean): RunView[] => [run(POINT_SHAPES[kind].glyph, { colour: colours[kind] }), run(`\u00a0${POINT_SHAPES[kind].word.replace(/ /g, '\u00a0')}${last ? '' : '   '}`)];
  return paragraph([run('Points: ', { bold: true }), ...kinds.flatMap((kind, i) => entry(kind, i === kinds.length - 1))], { spaceAfter: 6 });
}

/** Variation, assurance, the limits with the note on them, and the key, where the chart draws limits; the note otherwise. */
function spcFacts(metric: MetricView, spc: SpcView | undefined, drawn: SpcChartData | undefined, said: string | undefined, colours: SpcColours): ParagraphView[] {
  if (spc === undefined) return [];
  if (drawn === undefined || spc.mean === undefined || spc.upperLimit === undefined || spc.lowerLimit === undefined) return said === spc.note ? [] : [fact('SPC', spc.note)];
  const decimals = spc.decimals;
  const figures = `mean ${spcFigure(metric, spc.mean, decimals)}, process limits ${spcFigure(metric, spc.lowerLimit, decimals)} to ${spcFigure(metric, spc.upperLimit, decimals)}`;
  return [
    fact('Variation', variationText(spc)),
    fact('Assurance', assuranceText(metric, spc)),
    // the note says "Trial limits: ..." itself where they are
    fact('Limits', `${figures}. ${spc.note}${shownOf(spc, drawn)}`),
    pointKey(colours),
  ];
}

/** ` The chart shows the last 24 of them.` where the limits rest on more months than the chart shows. */
function shownOf(spc: SpcView, drawn: SpcChartData): string {
  const shown = drawn.categories.length;
  return spc.series.length > shown ? ` The chart shows the last ${shown} months.` : '';
}

/** The facts beside the chart: area, priority, which way is better, the latest figures, the SPC reading. */
export interface ChartShown {
  /** The SPC chart's parts, where one is drawn. */
  readonly spc?: SpcChartData;
  readonly categories: readonly string[];
  /** Periods whose count is suppressed: gaps in the line. */
  readonly gaps: readonly string[];
  /** The sentence beside the facts where no chart is drawn, so they do not say it twice. */
  readonly sentence?: string;
  /** A target left off the chart's scale (see `SpcMetricChart.targetOffScale`). */
  readonly targetOffScale?: { readonly side: 'above' | 'below'; readonly display: string };
}

export function chartFacts(ctx: ComposeContext, area: AreaView, metric: MetricView, shown: ChartShown): ParagraphView[] {
  const { spc: drawn, categories, gaps } = shown;
  const level = headlineOf(metric);
  const latest = `${level?.actual?.display ?? NO_FIGURE}${level?.plan === undefined ? '' : ` against a plan of ${level.plan.display}`}`;
  return [
    fact('Area', area.name),
    fact('Priority', metric.priority),
    fact('Direction', `${directionSentence(metric)}.`),
    fact(`Latest (${metric.currentPeriod?.label ?? categories[categories.length - 1] ?? NO_FIGURE}, ${level?.levelName ?? ''})`, latest),
    fact('Rating', `${metric.rating.word}: ${metric.rating.because}`),
    fact('Since the previous period', metric.movement === 'not-rated' ? 'not rated' : metric.movement),
    fact(`Year-end plan (${yearEndLabel(ctx.model)})`, metric.yearEndPlan?.display ?? NO_FIGURE),
    ...spcFacts(metric, metric.spc, drawn, shown.sentence, ctx.palette.spc),
    ...(shown.targetOffScale === undefined ? [] : [fact('Target', `${shown.targetOffScale.display}, far ${shown.targetOffScale.side} the figures: left off the chart so that they can be read`)]),
    ...(gaps.length === 0 ? [] : [fact('Gaps in the line', `counts suppressed (*) in ${gaps.join(', ')}`)]),
  ];
}
