import { formatNumber } from '../format-figure.js';
import type { AreaView, MetricView, SpcView } from '../pack-model.js';
import { MDC_COLOURS } from '../spc-marks.js';
import { directionSentence, headlineOf, yearEndLabel } from './metric-figures.js';
import { paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { ParagraphView, RunView } from './slide-pack-view.js';
import type { SpcChartData } from './spc-chart.js';

/** The facts panel beside a metric's chart: what it measures, the latest figures, and its SPC reading. */
const fact = (label: string, text: string): ParagraphView => paragraph([run(`${label}: `, { bold: true }), run(text)], { spaceAfter: 6 });

/** A figure of the metric's SPC (a mean, a limit, a target), printed as the pack prints the metric. */
export function spcFigure(metric: MetricView, value: number): string {
  return formatNumber(value, { unit: metric.unitCode, decimals: metric.decimals, withUnit: true });
}

/** `2024-04` -> `Apr-24` where the series has that period; otherwise as given. */
function periodLabel(spc: SpcView, period: string | undefined): string {
  if (period === undefined) return '';
  return spc.series.find((p) => p.period.key === period || p.period.label === period)?.period.label ?? period;
}

/** The assurance in words with the target it is judged against, or why there is none. */
export function assuranceText(metric: MetricView, spc: SpcView): string {
  return spc.assurance === undefined ? 'no target to judge it against' : `${spc.assurance.word} (target ${spcFigure(metric, spc.assurance.target)})`;
}

/** The key to the chart's special-cause points: the marker's shape in its MDC colour, then its word. */
function pointKey(): ParagraphView {
  const entry = (glyph: string, colour: string, word: string, last = false): RunView[] => [run(glyph, { colour }), run(` ${word}${last ? '' : '   '}`)];
  return paragraph(
    [
      run('Points: ', { bold: true }),
      ...entry('●', MDC_COLOURS.improvement, 'improvement'),
      ...entry('■', MDC_COLOURS.concern, 'concern'),
      ...entry('▲', MDC_COLOURS.neutral, 'neither'),
      ...entry('●', MDC_COLOURS.commonCause, 'common cause', true),
    ],
    { spaceAfter: 6 },
  );
}

/** Variation, assurance, the limits and the key, where the chart draws limits; the note otherwise. */
function spcFacts(metric: MetricView, spc: SpcView | undefined, drawn: SpcChartData | undefined): ParagraphView[] {
  if (spc === undefined) return [];
  if (drawn === undefined || spc.mean === undefined || spc.upperLimit === undefined || spc.lowerLimit === undefined) return [fact('SPC', spc.note)];
  const trial = spc.status === 'trial';
  const from = periodLabel(spc, spc.baselineFrom);
  const figures = `mean ${spcFigure(metric, spc.mean)}, process limits ${spcFigure(metric, spc.lowerLimit)} to ${spcFigure(metric, spc.upperLimit)}`;
  const rebasedFrom = drawn.baselines.length > 1 ? drawn.baselines[drawn.baselines.length - 1] : undefined;
  const basis = rebasedFrom === undefined ? `from ${spc.baselinePoints} points${from === '' ? '' : ` from ${from} on`}` : `recalculated from ${rebasedFrom} (${spc.baselinePoints} points)`;
  const limits = `${figures}, ${basis}`;
  return [
    fact('Variation', `${spc.variation?.word ?? '–'}${trial ? ' (trial limits)' : ''}`),
    fact('Assurance', assuranceText(metric, spc)),
    fact(trial ? 'Trial limits' : 'Limits', limits),
    ...(trial ? [fact('SPC', spc.note)] : []),
    pointKey(),
  ];
}

/** The facts beside the chart: area, priority, which way is better, the latest figures, the SPC reading. */
export function chartFacts(ctx: ComposeContext, area: AreaView, metric: MetricView, drawn: SpcChartData | undefined, categories: readonly string[], gaps: readonly string[]): ParagraphView[] {
  const level = headlineOf(metric);
  const latest = `${level?.actual?.display ?? '–'}${level?.plan === undefined ? '' : ` against a plan of ${level.plan.display}`}`;
  return [
    fact('Area', area.name),
    fact('Priority', metric.priority),
    fact('Direction', `${directionSentence(metric)}.`),
    fact(`Latest (${metric.currentPeriod?.label ?? categories[categories.length - 1] ?? '–'}, ${level?.levelName ?? ''})`, latest),
    fact('Rating', `${metric.rating.word}: ${metric.rating.because}`),
    fact('Since the previous period', metric.movement === 'not-rated' ? 'not rated' : metric.movement),
    fact(`Year-end plan (${yearEndLabel(ctx.model)})`, metric.yearEndPlan?.display ?? '–'),
    ...spcFacts(metric, metric.spc, drawn),
    ...(gaps.length === 0 ? [] : [fact('Gaps in the line', `counts suppressed (*) in ${gaps.join(', ')}`)]),
  ];
}
