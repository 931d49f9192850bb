import { describe, expect, it } from 'vitest';
import { assessPack } from '../../../src/assess/assess-pack.js';
import { processChange } from '../../../src/assess/spc/process-change.js';
import { recentPointsDisprove } from '../../../src/assess/spc/spc-icons.js';
import { xmrLimits, type XmrLimits } from '../../../src/assess/spc/xmr-limits.js';
import type { Metric, Observation, Settings } from '../../../src/model/pack-workbook.js';
import { monthIndex, periodKey, periodOfMonthIndex } from '../../../src/model/period.js';
import { aMetric, aRow, aWorkbook, financialYear, JAN_26, metricIn, month, quarter, SETTINGS } from '../workbook-builder.js';

/**
 * A changed process, worked by hand: where a shift, a trend or a run beyond a limit reaches the
 * latest point, the limits describe months the process has left, and no assurance is read from them.
 */

/** Monthly actuals ending in January 2026, oldest first, each with its own plan where given. */
function monthly(metricId: string, actuals: readonly (number | '*')[], plans?: number | readonly (number | undefined)[]): Observation[] {
  const first = monthIndex(2026, 1) - actuals.length + 1;
  return actuals.map((actual, i) => {
    const plan = typeof plans === 'number' ? plans : plans?.[i];
    return aRow(metricId, periodOfMonthIndex(first + i), { actual, ...(plan === undefined ? {} : { plan }) });
  });
}

/** 12 months alternating 10 and 12: mean 11, moving range 2. */
const STEADY = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

function spcOf(metric: Metric, observations: readonly Observation[], settings: Settings = SETTINGS) {
  return metricIn(assessPack({ ...aWorkbook({ metrics: [metric], observations }), settings }, JAN_26), metric.id).spc;
}

const AUTO: Settings = { ...SETTINGS, spc: { ...SETTINGS.spc, autoRebase: true } };

function limits(values: readonly number[]): XmrLimits {
  const found = xmrLimits(values, { screenMovingRanges: false });
  if ('kind' in found) throw new Error('no limits');
  return found;
}

describe('a sustained shift reaching the latest point', () => {
  // STEADY (Feb-25 back to Jun-24) then 14 for eight months, Jun-25 to Jan-26: mean 244 / 20 = 12.2,
  // mean moving range 24 / 19, upper limit 12.2 + 2.66 * 24 / 19 = 15.56. The last 12 of STEADY
  // lies below 12.2, so the run above the mean is the eight 14s.
  const shifted = [...STEADY, 14, 14, 14, 14, 14, 14, 14, 14];

  it('higher is better: the process has changed since the shift began, and no assurance is read from the old limits', () => {
    const spc = spcOf(aMetric('M'), monthly('M', shifted, 15));
    expect(spc.limits?.mean).toBeCloseTo(12.2, 10);
    expect(spc.change).toMatchObject({ rule: 'shift', side: 'high', since: month(2025, 6), points: 8, rebaseFrom: month(2025, 6) });
    // the limits alone would say hit and miss: 15 lies between 8.84 and 15.56
    expect(spc.assurance).toEqual({ kind: 'process-changed', target: 15 });
    expect(spc.variation).toEqual({ kind: 'improvement', side: 'high' });
  });

  it('lower is better: a fall below the mean is the same change, read the other way', () => {
    const down = [...STEADY, 8, 8, 8, 8, 8, 8, 8, 8];
    const spc = spcOf(aMetric('M', { direction: 'lower' }), monthly('M', down, 9));
    expect(spc.change).toMatchObject({ rule: 'shift', side: 'low', since: month(2025, 6), points: 8 });
    expect(spc.assurance?.kind).toBe('process-changed');
    expect(spc.variation).toEqual({ kind: 'improvement', side: 'low' });
  });

  it('six in a row is not yet a shift of seven; with a shift length of 6 it is', () => {
    const six = [...STEADY, 14, 14, 14, 14, 14, 14];
    expect(spcOf(aMetric('M'), monthly('M', six)).change).toBeUndefined();
    const settings: Settings = { ...SETTINGS, spc: { ...SETTINGS.spc, shiftLength: 6 } };
    expect(spcOf(aMetric('M'), monthly('M', six), settings).change).toMatchObject({ rule: 'shift', points: 6 });
  });

  it('without a target or a direction, the change is still found, with no assurance', () => {
    for (const spc of [spcOf(aMetric('M'), monthly('M', shifted)), spcOf(aMetric('M', { direction: 'neither' }), monthly('M', shifted, 15))]) {
      expect(spc.change?.rule).toBe('shift');
      expect(spc.assurance).toBeUndefined();
    }
  });
});

describe('a trend through the limits', () => {
  // STEADY (Jul-24 to Jun-25) then 13 to 19 (Jul-25 to Jan-26): from the last 10 of STEADY
  // (May-25) every point is higher than the one before, 9 points; 13 and above lie above the mean
  // of 244 / 19 = 12.84, 7 points. The trend began first, so it is the change.
  const rising = [...STEADY, 13, 14, 15, 16, 17, 18, 19];

  it('the change is the trend, from the first point of the rise', () => {
    const spc = spcOf(aMetric('M'), monthly('M', rising, 30));
    expect(spc.change).toMatchObject({ rule: 'trend', side: 'high', points: 9, since: month(2025, 5) });
    expect(spc.assurance?.kind).toBe('process-changed');
  });

  it('a run of three beyond a limit is a change before a shift could be', () => {
    const values = [...STEADY, ...STEADY, 40, 41, 42];
    const found = processChange(values, limits(values), 7);
    expect(found).toMatchObject({ rule: 'beyond-limit', side: 'high', start: 24, points: 3 });
    // two beyond a limit are not yet a change
    const two = [...STEADY, ...STEADY, 40, 41];
    expect(processChange(two, limits(two), 7)).toBeUndefined();
  });

  it('a gap breaks a run, as it breaks the special-cause rules', () => {
    const values = [...STEADY, 14, 14, 14, undefined, 14, 14, 14, 14];
    const found = xmrLimits(values, { screenMovingRanges: false });
    if ('kind' in found) throw new Error('no limits');
    expect(processChange(values, found, 7)).toBeUndefined();
  });
});

describe('a recovered process: an old special cause, stable since', () => {
  it('an old spike and an old shift that ended give no change at the latest point', () => {
    const spike = [...STEADY.slice(0, 5), 30, ...STEADY.slice(6), ...STEADY];
    expect(spcOf(aMetric('M'), monthly('M', spike, 11)).series[5]?.cause?.rule).toBe('beyond-limit');
    expect(spcOf(aMetric('M'), monthly('M', spike, 11)).change).toBeUndefined();
    expect(spcOf(aMetric('M'), monthly('M', spike, 11)).assurance?.kind).toBe('hit-and-miss');
    const ended = [...STEADY, 13, 13, 13, 13, 13, 13, 13, ...STEADY];
    const spc = spcOf(aMetric('M'), monthly('M', ended, 11));
    expect(spc.series.slice(12, 19).every((p) => p.cause?.rule === 'shift')).toBe(true);
    expect(spc.change).toBeUndefined();
    expect(spc.assurance?.kind).toBe('hit-and-miss');
  });
});

describe('the suggested rebase and the automatic rebase', () => {
  // STEADY then eight months alternating 14 and 15 from Jun-25: mean 248 / 20 = 12.4
  const shifted = [...STEADY, 14, 15, 14, 15, 14, 15, 14, 15];

  it('the rebase suggested is the month the change began; none where the limits already start there', () => {
    expect(spcOf(aMetric('M'), monthly('M', shifted, 15)).change?.rebaseFrom).toEqual(month(2025, 6));
    // a series that has risen every month since its first: the change began where the limits do
    const climbing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const spc = spcOf(aMetric('M'), monthly('M', climbing, 20));
    expect(spc.change).toMatchObject({ rule: 'trend', points: 10, since: month(2025, 4) });
    expect(spc.change?.rebaseFrom).toBeUndefined();
  });

  it('SPC auto rebase works the limits out afresh from that month, and reads the new limits', () => {
    const spc = spcOf(aMetric('M'), monthly('M', shifted, 15), AUTO);
    expect(spc.autoRebase).toMatchObject({ rule: 'shift', since: month(2025, 6), points: 8 });
    expect(spc.rebasedFrom).toEqual([month(2025, 6)]);
    expect(spc.status).toBe('trial');
    expect(spc.limits?.mean).toBe(14.5);
    expect(spc.change).toBeUndefined();
    // 15 lies between 14.5 -/+ 2.66: hit and miss, from the changed process's own limits
    expect(spc.assurance).toEqual({ kind: 'hit-and-miss', target: 15 });
  });

  it('is off by default, and keeps rebases given on the Metrics sheet', () => {
    expect(spcOf(aMetric('M'), monthly('M', shifted, 15)).autoRebase).toBeUndefined();
    const given = spcOf(aMetric('M', { spc: { rebase: [month(2024, 6)] } }), monthly('M', [...STEADY, ...shifted]), AUTO);
    expect(given.rebasedFrom.map(periodKey)).toEqual(['2024-06', '2025-06']);
  });

  it('does not rebase on a run too short for limits of its own (three beyond a limit)', () => {
    const values = [...STEADY, ...STEADY, 40, 41, 42];
    const spc = spcOf(aMetric('M'), monthly('M', values, 30), AUTO);
    expect(spc.autoRebase).toBeUndefined();
    expect(spc.change).toMatchObject({ rule: 'beyond-limit', points: 3 });
  });
});

describe('an assurance reading never contradicts the latest six points', () => {
  it('no "consistently failing" where each of the latest six met its plan: the reading is withheld', () => {
    // 24 months around 11 and a last month of 18 (mean 11.25, upper limit 17.26): the plan of 18
    // for January lies above the limit, yet the five months before met their plans of 9.
    const values = [...STEADY, ...STEADY.slice(0, 11), 18];
    const plans = [...Array<undefined>(18).fill(undefined), 9, 9, 9, 9, 9, 18];
    const spc = spcOf(aMetric('M'), monthly('M', values, plans));
    expect(spc.change).toBeUndefined();
    expect(spc.assurance).toBeUndefined();
    expect(spc.assuranceWithheld).toEqual({ kind: 'consistently-failing', target: 18 });
  });

  it('the rule, both ways: six points meeting disprove failing, six missing disprove passing; fewer prove nothing', () => {
    const met = Array.from({ length: 6 }, () => ({ value: 10, target: 9 }));
    const missed = Array.from({ length: 6 }, () => ({ value: 8, target: 9 }));
    expect(recentPointsDisprove('consistently-failing', met, 'higher')).toBe(true);
    expect(recentPointsDisprove('consistently-passing', missed, 'higher')).toBe(true);
    expect(recentPointsDisprove('consistently-passing', met, 'lower')).toBe(true);
    expect(recentPointsDisprove('consistently-failing', met.slice(1), 'higher')).toBe(false);
    expect(recentPointsDisprove('consistently-failing', [...met.slice(1), { value: 10 }], 'higher')).toBe(false);
    expect(recentPointsDisprove('hit-and-miss', met, 'higher')).toBe(false);
  });
});

describe('targets only where a plan applies, in the series own units', () => {
  // Actuals every month from Apr-25 to Jan-26 (10 months).
  const actuals = [100, 110, 100, 110, 100, 110, 100, 110, 100, 110];
  const from = monthIndex(2025, 4);
  const rows = (metricId: string) => actuals.map((actual, i) => aRow(metricId, periodOfMonthIndex(from + i), { actual }));
  const targets = (spc: ReturnType<typeof spcOf>) => Object.fromEntries(spc.series.map((p) => [periodKey(p.period), p.target]));

  it('a monthly plan on its own month only; none before the first plan', () => {
    const spc = spcOf(aMetric('M'), [...rows('M').slice(0, 6), ...rows('M').slice(6).map((r) => ({ ...r, plan: 105 }))]);
    expect(targets(spc)).toMatchObject({ '2025-04': undefined, '2025-09': undefined, '2025-10': 105, '2026-01': 105 });
  });

  it('a quarterly plan: split over its months for a flow, as it stands for a snapshot', () => {
    const q3 = aRow('M', quarter(2025, 3), { plan: 330 });
    expect(targets(spcOf(aMetric('M', { measureType: 'flow' }), [...rows('M'), q3]))).toMatchObject({ '2025-09': undefined, '2025-10': 110, '2025-12': 110, '2026-01': undefined });
    expect(targets(spcOf(aMetric('M', { measureType: 'snapshot' }), [...rows('M'), q3]))).toMatchObject({ '2025-10': 330, '2025-12': 330, '2026-01': undefined });
  });

  it('an annual plan: a twelfth a month for a flow, the whole over its own months for a snapshot', () => {
    const year = aRow('M', financialYear(2025), { plan: 1200 });
    expect(targets(spcOf(aMetric('M', { measureType: 'flow' }), [...rows('M'), year]))).toMatchObject({ '2025-04': 100, '2026-01': 100 });
    expect(targets(spcOf(aMetric('M', { measureType: 'snapshot' }), [...rows('M'), year]))).toMatchObject({ '2025-04': 1200, '2026-01': 1200 });
    // a year's plan covers only its own year's months: 2024/25's Jan-25 has none
    const earlier = [aRow('M', month(2025, 1), { actual: 100 }), aRow('M', month(2025, 2), { actual: 110 }), aRow('M', month(2025, 3), { actual: 100 })];
    expect(targets(spcOf(aMetric('M', { measureType: 'snapshot' }), [...earlier, ...rows('M'), year]))['2025-01']).toBeUndefined();
  });

  it('the year-end plan on the Metrics sheet is never drawn as a target', () => {
    const spc = spcOf(aMetric('M', { yearEndPlan: { kind: 'number', value: 1_126_352 } }), rows('M'));
    expect(spc.series.every((p) => p.target === undefined)).toBe(true);
    expect(spc.assurance).toBeUndefined();
  });
});

describe('series that cannot carry an SPC chart', () => {
  it('zero every month: constant, no limits of any width, no icons', () => {
    const spc = spcOf(aMetric('M'), monthly('M', Array<number>(12).fill(0), 0));
    expect(spc).toMatchObject({ status: 'constant', constantValue: 0, points: 12, series: [] });
    expect(spc.variation).toBeUndefined();
    expect(spc.assurance).toBeUndefined();
  });

  it('zero where shown and suppressed otherwise: constant among the figures shown, the suppressed months counted', () => {
    const spc = spcOf(aMetric('M', { suppressBelow: 5 }), monthly('M', [0, '*', 0, 0, '*', 0, 0, 0, '*', 0]));
    expect(spc).toMatchObject({ status: 'constant', constantValue: 0, points: 7, suppressed: 3 });
  });

  it('every figure suppressed: too few, no values, the suppressed months counted', () => {
    const spc = spcOf(aMetric('M', { suppressBelow: 5 }), monthly('M', ['*', '*', '*', '*']));
    expect(spc).toMatchObject({ status: 'too-few', tooFew: 'no-values', points: 0, suppressed: 4, series: [] });
  });

  it('fewer than six figures: too few', () => {
    expect(spcOf(aMetric('M'), monthly('M', [3, 5, 4, 6, 5]))).toMatchObject({ status: 'too-few', tooFew: 'few-values', points: 5 });
  });
});
