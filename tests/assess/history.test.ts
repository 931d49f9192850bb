import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { periodKey, periodOfMonthIndex, startMonth } from '../../src/model/period.js';
import { aMetric, aRow, aWorkbook, DEC_25, FEB_26, JAN_26, metricIn, NOV_25, PROVIDER, Q3_25, SYSTEM } from './workbook-builder.js';

describe('history: the series behind trends and charts', () => {
  it('history: the last 24 periods with an actual, oldest first, none after the reporting month', () => {
    const first = startMonth(JAN_26) - 30;
    const rows = Array.from({ length: 32 }, (_, i) => aRow('m', periodOfMonthIndex(first + i), { actual: i, plan: 10 }));
    const pack = assessPack(aWorkbook({ metrics: [aMetric('m')], observations: rows }), JAN_26);
    const points = metricIn(pack, 'm').history[0]?.points ?? [];
    expect(points).toHaveLength(24);
    expect(periodKey(points[0]?.period ?? FEB_26)).toBe('2024-02');
    expect(periodKey(points[23]?.period ?? FEB_26)).toBe('2026-01');
    expect(points.some((p) => periodKey(p.period) === '2026-02')).toBe(false);
  });

  it('history: each point carries the plan it is measured against, a quarter split for a flow', () => {
    const rows = [aRow('m', Q3_25, { plan: 300 }), aRow('m', NOV_25, { actual: 90 }), aRow('m', DEC_25, { actual: 120 })];
    const pack = assessPack(aWorkbook({ metrics: [aMetric('m', { measureType: 'flow' })], observations: rows }), JAN_26);
    expect(metricIn(pack, 'm').history).toEqual([
      {
        levelId: SYSTEM,
        points: [
          { period: NOV_25, actual: { kind: 'number', value: 90 }, plan: { value: 100, source: 'split', givenFor: Q3_25 } },
          { period: DEC_25, actual: { kind: 'number', value: 120 }, plan: { value: 100, source: 'split', givenFor: Q3_25 } },
        ],
      },
    ]);
  });

  it('history: one series per level that has actuals, suppressed figures kept as suppressed', () => {
    const rows = [aRow('m', DEC_25, { actual: 5 }), aRow('m', DEC_25, { level: PROVIDER, actual: '*' })];
    const pack = assessPack(aWorkbook({ metrics: [aMetric('m')], observations: rows }), JAN_26);
    expect(metricIn(pack, 'm').history.map((h) => [h.levelId, h.points.map((p) => p.actual)])).toEqual([
      [SYSTEM, [{ kind: 'number', value: 5 }]],
      [PROVIDER, [{ kind: 'suppressed' }]],
    ]);
  });
});
