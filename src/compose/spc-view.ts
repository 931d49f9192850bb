import { FEWEST_LIMIT_POINTS, type SpcAssessment, type SpcChange, type SpcPoint } from '../assess/spc/assess-spc.js';
import type { SpecialCause } from '../assess/spc/special-causes.js';
import { RECENT_POINTS, type Assurance, type Variation } from '../assess/spc/spc-icons.js';
import type { XmrLimits } from '../assess/spc/xmr-limits.js';
import type { Direction, Metric, MonthPeriod } from '../model/pack-workbook.js';
import { periodKey, periodLabel } from '../model/period.js';
import { formatNumber, type FigureStyle } from './format-figure.js';
import type { SpcAssuranceCode, SpcChangeView, SpcPointView, SpcVariationCode, SpcView } from './pack-model.js';

/** The icons' words, as Making Data Count names them. */
export const SPC_VARIATION_WORDS: Record<SpcVariationCode, string> = {
  'common-cause': 'Common cause',
  'improving-high': 'Special cause improving (high)',
  'improving-low': 'Special cause improving (low)',
  'concerning-high': 'Special cause concerning (high)',
  'concerning-low': 'Special cause concerning (low)',
  'neutral-high': 'Special cause neutral (high)',
  'neutral-low': 'Special cause neutral (low)',
};

export const SPC_ASSURANCE_WORDS: Record<SpcAssuranceCode, string> = {
  'consistently-passing': 'Consistently passing',
  'hit-and-miss': 'Hit and miss',
  'consistently-failing': 'Consistently failing',
  'process-changed': 'Process changed',
};

const FREQUENCY_WORDS = { month: 'month', quarter: 'quarter', year: 'year' } as const;

function variationCode(variation: Variation): SpcVariationCode {
  if (variation.kind === 'common-cause') return 'common-cause';
  const kind = variation.kind === 'improvement' ? 'improving' : variation.kind === 'concern' ? 'concerning' : 'neutral';
  return `${kind}-${variation.side}`;
}

/** Why the latest point has its special cause, in words. */
function causeBecause(cause: SpecialCause, shiftLength: number): string {
  const high = cause.side === 'high';
  switch (cause.rule) {
    case 'beyond-limit':
      return `the latest point is ${high ? 'above the upper' : 'below the lower'} process limit`;
    case 'trend':
      return `the latest point is in a run of 7 or more points each ${high ? 'higher' : 'lower'} than the one before`;
    case 'two-of-three':
      return `the latest point is one of 2 out of 3 points in a row close to or beyond the ${high ? 'upper' : 'lower'} process limit`;
    case 'shift':
      return `the latest point is in a run of ${shiftLength} or more points in a row ${high ? 'above' : 'below'} the mean`;
  }
}

/**
 * Where the target lies against the latest limits, and what follows for the process. Where the
 * latest point is a special cause pulling the other way (an improvement beside "failing", a
 * concern beside "passing") the sentence says so, rather than read as if the two disagreed.
 */
function assuranceWords(kind: Exclude<Assurance, 'process-changed'>, target: string, limits: XmrLimits, direction: Direction, style: FigureStyle, latest?: Variation): { where: string; because: string } {
  const upper = formatNumber(limits.upperLimit, style);
  const lower = formatNumber(limits.lowerLimit, style);
  if (kind === 'hit-and-miss') {
    const where = `the target of ${target} lies between the process limits (${lower} to ${upper})`;
    return { where, because: `${where}, so the process will meet it in some months and miss it in others` };
  }
  const aboveUpper = (kind === 'consistently-passing') === (direction === 'lower');
  const where = `the target of ${target} lies ${aboveUpper ? `above the upper process limit of ${upper}` : `below the lower process limit of ${lower}`}`;
  if (kind === 'consistently-passing') {
    const turning = latest?.kind === 'concern' ? ', though the latest point, a special cause of concern, may be the start of a change' : '';
    return { where, because: `${where}, so the process can be expected to meet it every month${turning}` };
  }
  const turning = latest?.kind === 'improvement' ? ', though the latest point, a special cause of improvement, may be the start of one' : '';
  return { where, because: `${where}, so the process will not meet it without a change to it${turning}` };
}

/**
 * A change of process in words, as it stands now ("has run above its mean of 17,315 since Nov-24
 * (13 points)") or, for limits already worked out afresh, as it was ("ran above its earlier mean
 * of 17,315 from Nov-24 on (13 points)").
 */
export function changeWords(change: SpcChange, style: FigureStyle, tense: 'now' | 'then'): string {
  const high = change.side === 'high';
  const since = periodLabel(change.since);
  const now = tense === 'now';
  const earlier = now ? '' : 'earlier ';
  const from = now ? `since ${since}` : `from ${since} on`;
  switch (change.rule) {
    case 'shift':
      return `${now ? 'has run' : 'ran'} ${high ? 'above' : 'below'} its ${earlier}mean of ${formatNumber(change.left.mean, style)} ${from} (${change.points} points)`;
    case 'beyond-limit': {
      const limit = high ? `upper process limit of ${formatNumber(change.left.upperLimit, style)}` : `lower process limit of ${formatNumber(change.left.lowerLimit, style)}`;
      return `${now ? 'has been' : 'was'} ${high ? 'above' : 'below'} its ${earlier}${limit} ${from} (${change.points} points)`;
    }
    case 'trend':
      return `${now ? `has ${high ? 'risen' : 'fallen'}` : high ? 'rose' : 'fell'} every month ${from} (${change.points} points)`;
  }
}

function changeView(change: SpcChange, style: FigureStyle, tense: 'now' | 'then'): SpcChangeView {
  return {
    rule: change.rule,
    side: change.side,
    since: { key: periodKey(change.since), label: periodLabel(change.since) },
    points: change.points,
    words: changeWords(change, style, tense),
    ...(change.rebaseFrom === undefined ? {} : { rebaseFrom: periodKey(change.rebaseFrom) }),
  };
}

/** Why a changed process has no reading from its limits. */
function changedBecause(change: SpcChange, target: string, baselineFrom: MonthPeriod | undefined, style: FigureStyle): { where: string; because: string } {
  const where = `it ${changeWords(change, style, 'now')}`;
  // a run that began where the limits begin: they are set from a process that has not settled
  if (change.rebaseFrom === undefined) return { where, because: `${where}, the months its limits are set from: it has not settled into a stable process, so the limits cannot say whether it will meet the target of ${target}` };
  const limits = baselineFrom === undefined ? 'its limits' : `its limits, set from ${periodLabel(baselineFrom)},`;
  return { where, because: `${where}, so ${limits} describe a process it has left and cannot say whether it will meet the target of ${target}` };
}

/** Why the limits' reading is not given: the latest six points disprove it. */
function withheldBecause(kind: Exclude<Assurance, 'process-changed'>, target: string, limits: XmrLimits, direction: Direction, style: FigureStyle): string {
  const { where } = assuranceWords(kind, target, limits, direction, style);
  const says = kind === 'consistently-failing' ? 'it will be missed every month' : 'it will be met every month';
  const recent = kind === 'consistently-failing' ? 'met' : 'missed';
  return `${where}, which says ${says}, yet each of the latest ${RECENT_POINTS} months ${recent} its plan: the limits no longer describe the process, so there is no assurance icon`;
}

/** Built by assignment rather than conditional spreads: this runs for every month of every metric. */
function pointView(point: SpcPoint, style: FigureStyle): SpcPointView {
  const { limits } = point;
  const view: { -readonly [K in keyof SpcPointView]: SpcPointView[K] } = {
    period: { key: periodKey(point.period), label: periodLabel(point.period) },
    mean: limits.mean,
    upperLimit: limits.upperLimit,
    lowerLimit: limits.lowerLimit,
    upperNear: limits.upperNear,
    lowerNear: limits.lowerNear,
    variation: point.variation.kind,
  };
  if (point.value !== undefined) {
    view.value = point.value;
    view.display = formatNumber(point.value, style);
  }
  if (point.gap !== undefined) view.gap = point.gap;
  if (point.cause !== undefined) {
    view.rule = point.cause.rule;
    view.side = point.cause.side;
  }
  if (point.target !== undefined) view.target = point.target;
  return view;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** ` since the rebase in Apr-25`, where the latest limits start at a rebase. */
function sinceRebase(spc: SpcAssessment): string {
  const lastRebase = spc.rebasedFrom[spc.rebasedFrom.length - 1];
  return lastRebase === undefined ? '' : ` since the rebase in ${periodLabel(lastRebase)}`;
}

/** `Jan-24 to Oct-25`: the months of the series. */
function span(spc: SpcAssessment): string {
  const first = spc.from === undefined ? '' : periodLabel(spc.from);
  const last = spc.latest === undefined ? '' : periodLabel(spc.latest.period);
  return first === last ? first : `${first} to ${last}`;
}

/** ` (6 months suppressed)`, where some are. */
function suppressedNote(spc: SpcAssessment, metric: Metric): string {
  return spc.suppressed === 0 ? '' : `; ${plural(spc.suppressed, 'month is', 'months are')} suppressed (under ${metric.suppressBelow})`;
}

/** Why a monthly series has no limits, in words. */
function tooFewNote(spc: SpcAssessment, metric: Metric): string {
  const since = sinceRebase(spc);
  if (spc.tooFew === 'no-values' && spc.suppressed > 0 && since === '') return `No SPC chart: every figure from ${span(spc)} is suppressed (under ${metric.suppressBelow}), so there is nothing to chart and no SPC icons.`;
  if (spc.tooFew === 'no-values' && spc.points === 0) return 'Too few points for SPC: no monthly figures yet, so no SPC icons are shown.';
  if (spc.tooFew === 'no-moving-range') return `Too few points for SPC: no two figures in consecutive months${since}, so no moving range and no SPC icons.`;
  return `Too few points for SPC: ${plural(spc.baselinePoints, 'figure', 'figures')}${since}${suppressedNote(spc, metric)}; limits need at least ${FEWEST_LIMIT_POINTS}, so there is no SPC chart and no icons.`;
}

/** Why limits of no width give no chart: the same figure every month (some may be suppressed). */
function constantNote(spc: SpcAssessment, metric: Metric, style: FigureStyle): string {
  const since = sinceRebase(spc);
  if (spc.constantValue === undefined) {
    return `No SPC chart: the ${plural(spc.baselinePoints, 'figure', 'figures')} the limits are set from${since} are all the same, so the limits have no width and there are no SPC icons.`;
  }
  const value = formatNumber(spc.constantValue, style);
  const months = since === '' ? `from ${span(spc)}` : since.trim();
  if (spc.suppressed === 0) return `No SPC chart: the figure is ${value} in every month ${months} (${plural(spc.points, 'figure', 'figures')}), so there is no variation to chart and no SPC icons.`;
  return `No SPC chart: the figure is ${value} in each of the ${plural(spc.points, 'month', 'months')} with a figure ${months}${suppressedNote(spc, metric)}. With no variation among the figures shown, there are no SPC limits or icons.`;
}

/** What can be done about a change of process: new limits from when it began, once there are enough points. */
function rebaseAdvice(change: SpcChange): string {
  if (change.rebaseFrom === undefined) return 'It has not yet settled into a stable process.';
  const month = periodLabel(change.rebaseFrom);
  return change.points < FEWEST_LIMIT_POINTS ? `New limits can be worked out from ${month} once there are ${FEWEST_LIMIT_POINTS} points since then.` : `New limits can be worked out from ${month}.`;
}

/** The note on the chart: what the limits rest on, what is left out and why, and a change of process. */
function noteOf(spc: SpcAssessment, metric: Metric, style: FigureStyle, figureStyle: FigureStyle): string {
  switch (spc.status) {
    case 'not-monthly':
      return `SPC needs a monthly series; this metric is reported each ${FREQUENCY_WORDS[metric.frequency]}, so it has no SPC chart or icons.`;
    case 'too-few':
      return tooFewNote(spc, metric);
    case 'constant':
      return constantNote(spc, metric, figureStyle);
    case 'trial':
    case 'ok': {
      const rebases = spc.rebasedFrom.map(periodLabel);
      const latestRebase = rebases[rebases.length - 1];
      const baseline = spc.baselineFrom === undefined ? undefined : periodLabel(spc.baselineFrom);
      // "since the rebase in Apr-25" where the limits start at the latest rebase, else "from Jan-24"
      const from = latestRebase !== undefined && latestRebase === baseline ? ` since the rebase in ${latestRebase}` : baseline === undefined ? '' : ` from ${baseline}`;
      const parts = [
        spc.status === 'trial'
          ? `Trial limits: set from only ${plural(spc.baselinePoints, 'point', 'points')}${from}; 12 or more give firm limits, so read the icons with care.`
          : `Limits set from ${plural(spc.baselinePoints, 'point', 'points')}${from}.`,
      ];
      const auto = spc.autoRebase?.rebaseFrom === undefined ? undefined : periodLabel(spc.autoRebase.rebaseFrom);
      const otherRebases = rebases.filter((r) => r !== auto && !(r === latestRebase && from.startsWith(' since')));
      if (otherRebases.length > 0) parts.push(`Limits ${from.startsWith(' since') ? 'also ' : ''}worked out afresh from ${otherRebases.join(' and ')}.`);
      if (spc.autoRebase !== undefined) parts.push(`The limits were worked out afresh from ${periodLabel(spc.autoRebase.since)} automatically, where a change of process began: it ${changeWords(spc.autoRebase, style, 'then')}.`);
      for (const left of spc.leftOff) parts.push(`${periodLabel(left.from)} to ${periodLabel(left.to)} ${left.from === left.to ? 'is' : 'are'} left off: too few points for limits.`);
      const gaps = spc.series.filter((p) => p.gap !== undefined).length;
      if (gaps > 0) parts.push(`${plural(gaps, 'month has', 'months have')} no figure (suppressed or not given) and ${gaps === 1 ? 'is a gap' : 'are gaps'} in the chart.`);
      if (spc.limits !== undefined && spc.limits.screenedOut > 0) parts.push(`${plural(spc.limits.screenedOut, 'unusually large moving range was', 'unusually large moving ranges were')} left out of the limits.`);
      if (spc.latest?.gap !== undefined) parts.push(`The latest month (${periodLabel(spc.latest.period)}) has no figure${spc.latest.gap === 'suppressed' ? ' (suppressed)' : ''}, so there is no variation icon.`);
      if (spc.change !== undefined) {
        // Where the assurance says it, the note only says what follows.
        const said = spc.assurance?.kind === 'process-changed';
        if (!said) parts.push(`The process has changed: it ${changeWords(spc.change, style, 'now')}, so these limits no longer describe it.`);
        if (!(said && spc.change.rebaseFrom === undefined)) parts.push(rebaseAdvice(spc.change));
      }
      if (metric.direction === 'neither') parts.push('No direction is better, so there is no assurance icon.');
      else if (spc.assurance === undefined && spc.assuranceWithheld === undefined) parts.push(`No plan for ${spc.latest === undefined ? 'the latest month' : periodLabel(spc.latest.period)}, so there is no assurance icon.`);
      return parts.join(' ');
    }
  }
}

/** The assurance in words: the limits' reading, or why a changed process has none. */
function assuranceView(spc: SpcAssessment, limits: XmrLimits, metric: Metric, style: FigureStyle, figureStyle: FigureStyle): Pick<SpcView, 'assurance' | 'assuranceWithheld'> {
  const { assurance, assuranceWithheld: withheld } = spc;
  if (withheld !== undefined) {
    return { assuranceWithheld: { code: withheld.kind, target: withheld.target, because: withheldBecause(withheld.kind, formatNumber(withheld.target, figureStyle), limits, metric.direction, style) } };
  }
  if (assurance === undefined) return {};
  const target = formatNumber(assurance.target, figureStyle);
  const words =
    assurance.kind === 'process-changed'
      ? spc.change === undefined
        ? undefined
        : changedBecause(spc.change, target, spc.baselineFrom, style)
      : assuranceWords(assurance.kind, target, limits, metric.direction, style, spc.variation);
  return { assurance: { code: assurance.kind, word: SPC_ASSURANCE_WORDS[assurance.kind], target: assurance.target, targetDisplay: target, ...words } };
}

/** How a metric's SPC figures print: as the metric, with its unit. */
export function spcFigureStyle(metric: Metric): FigureStyle {
  return { unit: metric.unit, decimals: metric.decimals, withUnit: true };
}

/** Units printed in whole numbers that may need a decimal to place a mean or limit. */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['count', 'number', 'ratio']);
/** Limits closer together than this many units are printed with a decimal. */
const NARROW_LIMITS = 20;

/**
 * The decimals a metric's mean and limits print with: the metric's own; one more for whole counts
 * whose limits lie close together (12.9 to 14.5, not 13 to 14, which would hide where the next
 * month may fall); and more (up to two) where a limit would print the same as the target or the
 * latest figure it is set against ("59.0% above the upper process limit of 59.0%").
 */
function limitDecimals(metric: Metric, spc: SpcAssessment): { readonly limits: number; readonly figures: number } {
  const { limits } = spc;
  if (limits === undefined || metric.unit === 'duration') return { limits: metric.decimals, figures: metric.decimals };
  const narrow = limits.upperLimit - limits.lowerLimit < NARROW_LIMITS;
  let decimals = WHOLE_UNITS.has(metric.unit) && metric.decimals === 0 && narrow ? 1 : metric.decimals;
  const latest = spc.series[spc.series.length - 1]?.value;
  const against = [spc.assurance?.target, spc.assuranceWithheld?.target, latest].filter((v): v is number => v !== undefined);
  const print = (value: number) => formatNumber(value, { unit: metric.unit, decimals });
  const collides = () => [limits.upperLimit, limits.lowerLimit].some((limit) => against.some((v) => v !== limit && print(v) === print(limit)));
  if (!collides()) return { limits: decimals, figures: metric.decimals };
  while (decimals < metric.decimals + 2 && collides()) decimals += 1;
  // the target and latest figure then print as precisely as the limit they would equal
  return { limits: decimals, figures: decimals };
}

/** A metric's SPC as the pack model holds it: each point's limits and flags, the icons in words. */
export function spcView(metric: Metric, spc: SpcAssessment, fallbackLevel: string, shiftLength: number): SpcView {
  const decimals = limitDecimals(metric, spc);
  const style = { ...spcFigureStyle(metric), decimals: decimals.limits };
  const figureStyle = { ...spcFigureStyle(metric), decimals: decimals.figures };
  const latest = spc.series[spc.series.length - 1];
  const variation = spc.variation;
  return {
    status: spc.status,
    note: noteOf(spc, metric, style, figureStyle),
    decimals: decimals.limits,
    level: spc.levelId ?? fallbackLevel,
    points: spc.points,
    baselinePoints: spc.baselinePoints,
    ...(spc.baselineFrom === undefined ? {} : { baselineFrom: periodLabel(spc.baselineFrom) }),
    ...(spc.limits === undefined ? {} : { mean: spc.limits.mean, upperLimit: spc.limits.upperLimit, lowerLimit: spc.limits.lowerLimit }),
    ...(variation === undefined
      ? {}
      : {
          variation: {
            code: variationCode(variation),
            word: SPC_VARIATION_WORDS[variationCode(variation)],
            ...(latest?.cause === undefined
              ? { because: 'the latest point shows only the variation the process always has' }
              : { rule: latest.cause.rule, because: causeBecause(latest.cause, shiftLength) }),
          },
        }),
    ...(spc.change === undefined ? {} : { change: changeView(spc.change, style, 'now') }),
    ...(spc.limits === undefined ? {} : assuranceView(spc, spc.limits, metric, style, figureStyle)),
    ...(spc.rebasedFrom.length > 0 ? { rebasedFrom: spc.rebasedFrom.map(periodLabel) } : {}),
    ...(spc.autoRebase === undefined ? {} : { autoRebased: changeView(spc.autoRebase, style, 'then') }),
    series: spc.series.map((point) => pointView(point, spcFigureStyle(metric))),
  };
}
