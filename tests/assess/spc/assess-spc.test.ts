import { describe, expect, it } from 'vitest';
import { assessPack } from '../../../src/assess/assess-pack.js';
import type { Metric, Observation } from '../../../src/model/pack-workbook.js';
import { periodKey, periodOfMonthIndex, monthIndex } from '../../../src/model/period.js';
import { aMetric, aRow, aWorkbook, JAN_26, metricIn, month, PROVIDER, quarter, SETTINGS } from '../workbook-builder.js';

/** Monthly actuals ending in January 2026 (the reporting month), oldest first; '*' is suppressed, undefined no row. */
function monthly(metricId: string, actuals: readonly (number | '*' | undefined)[], plan?: number, level?: string): Observation[] {
  const first = monthIndex(2026, 1) - actuals.length + 1;
  return actuals.flatMap((actual, i) =>
    actual === undefined ? [] : [aRow(metricId, periodOfMonthIndex(first + i), { actual, ...(plan === undefined ? {} : { plan }), ...(level === undefined ? {} : { level }) })],
  );
}

/** 12 months alternating 10 and 12: mean 11, moving range 2, limits 5.68 and 16.32. */
const STEADY = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

function spcOf(metric: Metric, observations: readonly Observation[], settings = SETTINGS) {
  return metricIn(assessPack({ ...aWorkbook({ metrics: [metric], observations }), settings }, JAN_26), metric.id).spc;
}

describe('SPC of a metric at its headline level', () => {
  it('12 or more points: firm limits, the icons from the latest point and the plan', () => {
    // mean 157 / 13 = 12.08; moving ranges 2 (x11) and 13: mean 35 / 12; upper limit 19.84
    const spc = spcOf(aMetric('M'), monthly('M', [...STEADY, 25], 20));
    expect(spc.status).toBe('ok');
    expect(spc.points).toBe(13);
    expect(spc.limits?.mean).toBeCloseTo(157 / 13, 10);
    expect(spc.limits?.upperLimit).toBeCloseTo(157 / 13 + 2.66 * (35 / 12), 10);
    expect(spc.variation).toEqual({ kind: 'improvement', side: 'high' });
    expect(spc.series[12]?.cause).toEqual({ rule: 'beyond-limit', side: 'high' });
    expect(spc.baselineFrom).toEqual(month(2025, 1));
  });

  it('fewer than 12 points: trial limits, icons still given', () => {
    const spc = spcOf(aMetric('M'), monthly('M', [10, 12, 10, 12, 10, 12], 30));
    expect(spc.status).toBe('trial');
    expect(spc.baselinePoints).toBe(6);
    expect(spc.variation).toEqual({ kind: 'common-cause' });
    expect(spc.assurance).toEqual({ kind: 'consistently-failing', target: 30 });
  });

  it('fewer than 6 points is too few: no limits, no icons, no series', () => {
    for (const actuals of [[10], [10, 12, 10, 12, 10]]) {
      const spc = spcOf(aMetric('M'), monthly('M', actuals, 30));
      expect(spc).toMatchObject({ status: 'too-few', tooFew: 'few-values', points: actuals.length, series: [] });
      expect(spc.variation).toBeUndefined();
      expect(spc.assurance).toBeUndefined();
    }
  });

  it('no data at all is too few', () => {
    expect(spcOf(aMetric('M'), [])).toMatchObject({ status: 'too-few', points: 0 });
  });

  it('a quarterly metric has no SPC: not monthly', () => {
    const spc = spcOf(aMetric('Q', { frequency: 'quarter' }), [aRow('Q', quarter(2025, 2), { actual: 5 }), aRow('Q', quarter(2025, 3), { actual: 6 })]);
    expect(spc).toMatchObject({ status: 'not-monthly', series: [] });
  });

  it('suppressed and missing months are gaps that keep their place', () => {
    const actuals: (number | '*' | undefined)[] = [...STEADY.slice(0, 6), '*', undefined, ...STEADY.slice(6)];
    const spc = spcOf(aMetric('M'), monthly('M', actuals));
    expect(spc.series.map((p) => p.gap ?? '')).toEqual(['', '', '', '', '', '', 'suppressed', 'missing', '', '', '', '', '', '']);
    expect(spc.points).toBe(12);
    expect(spc.series[6]?.value).toBeUndefined();
  });

  it('a suppressed latest month gives no variation icon', () => {
    const spc = spcOf(aMetric('M'), monthly('M', [...STEADY, '*'], 30));
    expect(spc.latest).toEqual({ period: JAN_26, gap: 'suppressed' });
    expect(spc.variation).toBeUndefined();
    expect(spc.assurance?.kind).toBe('consistently-failing');
  });

  it('the target is the plan for the latest month; the year-end plan never stands in for it', () => {
    expect(spcOf(aMetric('M', { yearEndPlan: { kind: 'number', value: 1 } }), monthly('M', STEADY, 30)).assurance).toEqual({ kind: 'consistently-failing', target: 30 });
    const yearEndOnly = spcOf(aMetric('M', { yearEndPlan: { kind: 'number', value: 1 } }), monthly('M', STEADY));
    expect(yearEndOnly.assurance).toBeUndefined();
    expect(yearEndOnly.series.every((p) => p.target === undefined)).toBe(true);
    expect(spcOf(aMetric('M', { yearEndPlan: { kind: 'text', text: 'Reduction' } }), monthly('M', STEADY)).assurance).toBeUndefined();
  });

  it("a metric with no direction has neutral variation and no assurance", () => {
    const spc = spcOf(aMetric('M', { direction: 'neither' }), monthly('M', [...STEADY, 3], 30));
    expect(spc.variation).toEqual({ kind: 'neutral', side: 'low' });
    expect(spc.assurance).toBeUndefined();
  });

  it('lower is better: a fall beyond the lower limit is improving', () => {
    const spc = spcOf(aMetric('M', { direction: 'lower' }), monthly('M', [...STEADY, 3], 30));
    expect(spc.variation).toEqual({ kind: 'improvement', side: 'low' });
    expect(spc.assurance?.kind).toBe('consistently-passing');
  });

  it('the chart is of the headline level: the system where it has the latest figure', () => {
    const spc = spcOf(aMetric('M'), [...monthly('M', STEADY), ...monthly('M', [1, 2, 3], undefined, PROVIDER)]);
    expect(spc.levelId).toBe('icb');
    expect(spc.points).toBe(12);
  });

  it('a baseline sets the limits from the first N points', () => {
    const spc = spcOf(aMetric('M', { spc: { baseline: 12, rebase: [] } }), monthly('M', [...STEADY, 30, 30, 30]));
    expect(spc.limits?.mean).toBe(11);
    expect(spc.baselinePoints).toBe(12);
    expect(spc.status).toBe('ok');
    expect(spc.series.slice(-3).map((p) => p.cause?.rule)).toEqual(['beyond-limit', 'beyond-limit', 'beyond-limit']);
  });

  it('a rebase starts new limits from its month; the latest limits are trial while short', () => {
    const spc = spcOf(aMetric('M', { spc: { rebase: [month(2025, 8)] } }), monthly('M', [...STEADY, 30, 31, 30, 31, 30, 31]));
    expect(spc.rebasedFrom).toEqual([month(2025, 8)]);
    expect(spc.status).toBe('trial');
    expect(spc.baselineFrom).toEqual(month(2025, 8));
    expect(spc.limits?.mean).toBeCloseTo(30.5, 10);
    expect(spc.series[0]?.limits.mean).toBe(11);
    expect(spc.variation).toEqual({ kind: 'common-cause' });
  });

  it('a rebase after the reporting month does nothing yet', () => {
    const spc = spcOf(aMetric('M', { spc: { rebase: [month(2026, 4)] } }), monthly('M', STEADY));
    expect(spc.rebasedFrom).toEqual([]);
    expect(spc.status).toBe('ok');
  });

  it('a rebase that leaves the latest segment one point is too few', () => {
    const spc = spcOf(aMetric('M', { spc: { rebase: [JAN_26] } }), monthly('M', [...STEADY, 30]));
    expect(spc).toMatchObject({ status: 'too-few', tooFew: 'few-values', baselinePoints: 1 });
  });

  it('an earlier segment too short for limits (fewer than 6 figures) is left off the series', () => {
    const spc = spcOf(aMetric('M', { spc: { rebase: [month(2025, 6)] } }), monthly('M', [5, 6, 5, 6, 5, ...STEADY.slice(0, 8)]));
    expect(spc.leftOff).toEqual([{ from: month(2025, 1), to: month(2025, 5) }]);
    expect(spc.series.map((p) => periodKey(p.period))[0]).toBe('2025-06');
  });

  it('the settings: shift length 6 and screening reach the chart', () => {
    const settings = { ...SETTINGS, spc: { shiftLength: 6 as const, screenMovingRanges: false, autoRebase: false } };
    const six = [...STEADY, 10, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5];
    expect(spcOf(aMetric('M'), monthly('M', six)).variation).toEqual({ kind: 'common-cause' });
    expect(spcOf(aMetric('M'), monthly('M', six), settings).series.slice(-6).map((p) => p.cause?.rule)).toEqual(Array(6).fill('shift'));
    const jumpy = [...STEADY, 40, 11];
    const screened = spcOf(aMetric('M'), monthly('M', jumpy), { ...SETTINGS, spc: { shiftLength: 7, screenMovingRanges: true, autoRebase: false } });
    expect(screened.limits?.screenedOut).toBe(2);
    expect(spcOf(aMetric('M'), monthly('M', jumpy)).limits?.screenedOut).toBe(0);
  });
});
