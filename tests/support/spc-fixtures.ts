import type { MetricView, SpcAssuranceCode, SpcPointView, SpcVariationCode, SpcView } from '../../src/compose/pack-model.js';
import { SPC_ASSURANCE_WORDS, SPC_VARIATION_WORDS } from '../../src/compose/spc-view.js';

/**
 * Hand-made SPC readings for the documents' tests: the limits, flags and icons are given, not
 * worked out, so each test says exactly what it draws. The points are the metric's own headline
 * history (suppressed months left without a value, as the pack model has them).
 */
export interface Baseline {
  /** Index into the series where these limits start. */
  readonly from: number;
  readonly mean: number;
  /** Distance from the mean to each process limit. */
  readonly spread: number;
}

export interface SpcSpec {
  readonly status?: SpcView['status'];
  readonly variation?: SpcVariationCode;
  readonly assurance?: SpcAssuranceCode;
  readonly target?: number;
  /** Oldest first; the first starts at 0. */
  readonly baselines?: readonly Baseline[];
  /** Points flagged as special causes, by index into the series. */
  readonly special?: Readonly<Record<number, Exclude<SpcPointView['variation'], 'common-cause'>>>;
  /** How many of the metric's latest periods the series covers. */
  readonly points?: number;
  /**
   * Values given to suppressed months, as a faulty series might carry them: the documents must
   * still show gaps there, since they take actuals from the cited history.
   */
  readonly leakSuppressed?: number;
}

const NOTES: Readonly<Record<SpcView['status'], string>> = {
  ok: 'Limits from the series.',
  trial: 'Trial limits from fewer than 12 points: read them with care.',
  'too-few': 'Too few points to work out limits.',
  constant: 'The same figure every month: limits of no width.',
  'not-monthly': 'SPC needs a monthly series.',
};

function headline(metric: MetricView) {
  const level = metric.levels.find((l) => l.level === metric.headlineLevel) ?? metric.levels[0];
  if (level === undefined) throw new Error(`${metric.id} has no levels`);
  return level;
}

/** The numbers of the metric's history, for choosing baselines: undefined where suppressed. */
export function historyValues(metric: MetricView, points = 24): (number | undefined)[] {
  return headline(metric)
    .history.slice(-points)
    .map((p) => (p.actual === undefined || p.actual.suppressed ? undefined : p.actual.value));
}

/** An SpcView for `metric` as `spec` says. */
export function handMadeSpc(metric: MetricView, spec: SpcSpec = {}): SpcView {
  const status = spec.status ?? 'ok';
  const level = headline(metric);
  const history = level.history.slice(-(spec.points ?? 24));
  const base: Omit<SpcView, 'series'> = { status, note: NOTES[status], decimals: metric.decimals, level: level.level, points: history.filter((p) => p.actual?.value !== undefined).length, baselinePoints: 0 };
  if (status === 'too-few' || status === 'constant' || status === 'not-monthly') return { ...base, series: [] };
  const baselines = spec.baselines ?? [{ from: 0, mean: 0, spread: 0 }];
  const baselineAt = (index: number): Baseline => [...baselines].reverse().find((b) => b.from <= index) ?? baselines[0]!;
  const series: SpcPointView[] = history.map((point, index) => {
    const b = baselineAt(index);
    const special = spec.special?.[index];
    const value = point.actual === undefined ? undefined : point.actual.suppressed ? spec.leakSuppressed : point.actual.value;
    return {
      period: point.period,
      ...(value === undefined ? {} : { value }),
      mean: b.mean,
      upperLimit: b.mean + b.spread,
      lowerLimit: b.mean - b.spread,
      upperNear: b.mean + (2 * b.spread) / 3,
      lowerNear: b.mean - (2 * b.spread) / 3,
      ...(special === undefined ? {} : { rule: 'beyond-limit' as const }),
      variation: special ?? 'common-cause',
      ...(spec.target === undefined ? {} : { target: spec.target }),
    };
  });
  const latest = baselines[baselines.length - 1]!;
  const from = history[latest.from]?.period.label;
  const rebasedFrom = baselines.slice(1).map((b) => history[b.from]?.period.label ?? '');
  const variation = spec.variation ?? 'common-cause';
  return {
    ...base,
    baselinePoints: history.length - latest.from,
    ...(from === undefined ? {} : { baselineFrom: from }),
    mean: latest.mean,
    upperLimit: latest.mean + latest.spread,
    lowerLimit: latest.mean - latest.spread,
    variation: { code: variation, word: SPC_VARIATION_WORDS[variation] },
    ...(spec.assurance === undefined || spec.target === undefined ? {} : { assurance: { code: spec.assurance, word: SPC_ASSURANCE_WORDS[spec.assurance], target: spec.target } }),
    ...(rebasedFrom.length === 0 ? {} : { rebasedFrom }),
    series,
  };
}
