import type { SpcAssessment, SpcPoint } from '../assess/spc/assess-spc.js';
import type { SpecialCause } from '../assess/spc/special-causes.js';
import type { Assurance, Variation } from '../assess/spc/spc-icons.js';
import type { XmrLimits } from '../assess/spc/xmr-limits.js';
import type { Direction, Metric } from '../model/pack-workbook.js';
import { periodKey, periodLabel } from '../model/period.js';
import { formatNumber, type FigureStyle } from './format-figure.js';
import type { SpcAssuranceCode, SpcPointView, SpcVariationCode, SpcView } from './pack-model.js';

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

/** Where the target lies against the latest limits, and what follows for the process. */
function assuranceWords(kind: Assurance, target: string, limits: XmrLimits, direction: Direction, style: FigureStyle): { where: string; because: string } {
  const upper = formatNumber(limits.upperLimit, style);
  const lower = formatNumber(limits.lowerLimit, style);
  if (kind === 'hit-and-miss') {
    const where = `the target of ${target} lies between the process limits (${lower} to ${upper})`;
    return { where, because: `${where}, so the process will meet it in some months and miss it in others` };
  }
  const aboveUpper = (kind === 'consistently-passing') === (direction === 'lower');
  const where = `the target of ${target} lies ${aboveUpper ? `above the upper process limit of ${upper}` : `below the lower process limit of ${lower}`}`;
  return { where, because: kind === 'consistently-passing' ? `${where}, so the process can be expected to meet it every month` : `${where}, so the process will not meet it without a change to it` };
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

/** The note on the chart: what the limits rest on, and what is left out and why. */
function noteOf(spc: SpcAssessment, metric: Metric): string {
  const from = spc.baselineFrom === undefined ? '' : ` from ${periodLabel(spc.baselineFrom)}`;
  switch (spc.status) {
    case 'not-monthly':
      return `SPC needs a monthly series; this metric is reported each ${FREQUENCY_WORDS[metric.frequency]}, so it has no SPC chart or icons.`;
    case 'too-few': {
      const lastRebase = spc.rebasedFrom[spc.rebasedFrom.length - 1];
      const since = lastRebase === undefined ? '' : ` since the rebase in ${periodLabel(lastRebase)}`;
      if (spc.tooFew === 'no-values' && spc.points === 0) return 'Too few points for SPC: no monthly figures yet, so no SPC icons are shown.';
      if (spc.tooFew === 'no-moving-range') return `Too few points for SPC: no two figures in consecutive months${since}, so no moving range and no SPC icons.`;
      return `Too few points for SPC: ${plural(spc.baselinePoints, 'figure', 'figures')}${since}; limits need at least 2 in consecutive months, so no SPC icons are shown.`;
    }
    case 'trial':
    case 'ok': {
      const parts = [
        spc.status === 'trial'
          ? `Trial limits: set from only ${plural(spc.baselinePoints, 'point', 'points')}${from}; 12 or more give firm limits, so read the icons with care.`
          : `Limits set from ${plural(spc.baselinePoints, 'point', 'points')}${from}.`,
      ];
      if (spc.rebasedFrom.length > 0) parts.push(`Limits worked out afresh from ${spc.rebasedFrom.map(periodLabel).join(' and ')}.`);
      for (const left of spc.leftOff) parts.push(`${periodLabel(left.from)} to ${periodLabel(left.to)} are left off: too few points for limits.`);
      const gaps = spc.series.filter((p) => p.gap !== undefined).length;
      if (gaps > 0) parts.push(`${plural(gaps, 'month has', 'months have')} no figure (suppressed or not given) and ${gaps === 1 ? 'is a gap' : 'are gaps'} in the chart.`);
      if (spc.limits !== undefined && spc.limits.screenedOut > 0) parts.push(`${plural(spc.limits.screenedOut, 'unusually large moving range was', 'unusually large moving ranges were')} left out of the limits.`);
      if (spc.latest?.gap !== undefined) parts.push(`The latest month (${periodLabel(spc.latest.period)}) has no figure${spc.latest.gap === 'suppressed' ? ' (suppressed)' : ''}, so there is no variation icon.`);
      if (metric.direction === 'neither') parts.push('No direction is better, so there is no assurance icon.');
      else if (spc.assurance === undefined) parts.push('No numeric target, so there is no assurance icon.');
      return parts.join(' ');
    }
  }
}

/** A metric's SPC as the pack model holds it: each point's limits and flags, the icons in words. */
export function spcView(metric: Metric, spc: SpcAssessment, fallbackLevel: string, shiftLength: number): SpcView {
  const style: FigureStyle = { unit: metric.unit, decimals: metric.decimals, withUnit: true };
  const latest = spc.series[spc.series.length - 1];
  const variation = spc.variation;
  const assurance = spc.assurance;
  return {
    status: spc.status,
    note: noteOf(spc, metric),
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
    ...(assurance === undefined || spc.limits === undefined
      ? {}
      : {
          assurance: {
            code: assurance.kind,
            word: SPC_ASSURANCE_WORDS[assurance.kind],
            target: assurance.target,
            targetDisplay: formatNumber(assurance.target, style),
            ...assuranceWords(assurance.kind, formatNumber(assurance.target, style), spc.limits, metric.direction, style),
          },
        }),
    ...(spc.rebasedFrom.length > 0 ? { rebasedFrom: spc.rebasedFrom.map(periodLabel) } : {}),
    series: spc.series.map((point) => pointView(point, style)),
  };
}
