import { formatNumber } from '../format-figure.js';
import type { AreaView, MetricView, SpcColours, SpcView } from '../pack-model.js';
import { directionSentence, headlineOf, yearEndLabel } from './metric-figures.js';
import { paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { ParagraphView, RunView } from './slide-pack-view.js';
import { SPECIAL_SHAPES, type SpcChartData } from './spc-chart.js';

/** The facts panel beside a metric's chart: what it measures, the latest figures, and its SPC reading. */
const fact = (label: string, text: string): ParagraphView => paragraph([run(`${label}: `, { bold: true }), run(text)], { spaceAfter: 6 });

/** A mean, limit or target of the metric's SPC, printed as the pack prints the metric. */
export function spcFigure(metric: MetricView, value: number, decimals = metric.decimals): string {
  return formatNumber(value, { unit: metric.unitCode, decimals, withUnit: true });
}

/** Units printed in whole numbers that may need a decimal to place a mean or limit. */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['count', 'number', 'ratio']);
/** Limits closer together than this many units are printed with a decimal. */
const NARROW_LIMITS = 20;

/**
 * The decimals a metric's mean and limits print with: the metric's own, and one more for whole
 * counts whose limits lie close together (12.9 to 14.5, not 13 to 14, which would hide where the
 * next month may fall).
 */
function limitDecimals(metric: MetricView, spc: SpcView): number {
  const narrow = spc.upperLimit !== undefined && spc.lowerLimit !== undefined && spc.upperLimit - spc.lowerLimit < NARROW_LIMITS;
  return WHOLE_UNITS.has(metric.unitCode) && metric.decimals === 0 && narrow ? 1 : metric.decimals;
}

/** The variation icon's word and why, or why there is none. */
export function variationText(spc: SpcView): string {
  if (spc.variation === undefined) return 'no icon (see the note on the limits)';
  return spc.variation.because === undefined ? spc.variation.word : `${spc.variation.word}: ${spc.variation.because}`;
}

/** The assurance icon's word and why (the target against the limits), or why there is none. */
export function assuranceText(metric: MetricView, spc: SpcView): string {
  const { assurance } = spc;
  if (assurance === undefined) return 'no icon (see the note on the limits)';
  if (assurance.because !== undefined) return `${assurance.word}: ${assurance.because}`;
  return `${assurance.word} (target ${assurance.targetDisplay ?? spcFigure(metric, assurance.target)})`;
}

/** The key to the chart's special-cause points: the marker's shape in its MDC colour, then its word. */
function pointKey(colours: SpcColours): ParagraphView {
  // No-break spaces keep each shape on the line of its word.
  const entry = (glyph: string, colour: string, word: string, last = false): RunView[] => [run(glyph, { colour }), run(`\u00a0${word.replace(/ /g, '\u00a0')}${last ? '' : '   '}`)];
  return paragraph(
    [
      run('Points: ', { bold: true }),
      ...entry(SPECIAL_SHAPES.improvement.glyph, colours.improvement, 'improvement'),
      ...entry(SPECIAL_SHAPES.concern.glyph, colours.concern, 'concern'),
      ...entry(SPECIAL_SHAPES.neutral.glyph, colours.neutral, 'neither'),
      ...entry('●', colours.commonCause, 'common cause', true),
    ],
    { spaceAfter: 6 },
  );
}

/** Variation, assurance, the limits with the note on them, and the key, where the chart draws limits; the note otherwise. */
function spcFacts(metric: MetricView, spc: SpcView | undefined, drawn: SpcChartData | undefined, colours: SpcColours): ParagraphView[] {
  if (spc === undefined) return [];
  if (drawn === undefined || spc.mean === undefined || spc.upperLimit === undefined || spc.lowerLimit === undefined) return [fact('SPC', spc.note)];
  const decimals = limitDecimals(metric, spc);
  const figures = `mean ${spcFigure(metric, spc.mean, decimals)}, process limits ${spcFigure(metric, spc.lowerLimit, decimals)} to ${spcFigure(metric, spc.upperLimit, decimals)}`;
  return [
    fact('Variation', variationText(spc)),
    fact('Assurance', assuranceText(metric, spc)),
    fact(spc.status === 'trial' ? 'Trial limits' : 'Limits', `${figures}. ${spc.note}`),
    pointKey(colours),
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
    ...spcFacts(metric, metric.spc, drawn, ctx.palette.spc),
    ...(gaps.length === 0 ? [] : [fact('Gaps in the line', `counts suppressed (*) in ${gaps.join(', ')}`)]),
  ];
}
