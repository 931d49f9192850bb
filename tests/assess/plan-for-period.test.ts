import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { planForPeriod } from '../../src/assess/plan-for-period.js';
import { periodKey, type Period } from '../../src/model/period.js';
import { aMetric, aRow, aWorkbook, DEC_25, FY_25, JAN_26, levelIn, metricIn, PROVIDER, Q2_25, Q3_25, SYSTEM } from './workbook-builder.js';

/** A plan lookup from a few typed plans, keyed by period. */
function plans(given: ReadonlyArray<readonly [Period, number]>) {
  const byKey = new Map(given.map(([period, value]) => [periodKey(period), value]));
  return (period: Period) => byKey.get(periodKey(period));
}

describe('rule 3: the plan for a period', () => {
  it('a plan given for the exact period wins', () => {
    expect(planForPeriod(DEC_25, 'flow', plans([[DEC_25, 90], [Q3_25, 300], [FY_25, 1200]]))).toEqual({ value: 90, source: 'period', givenFor: DEC_25 });
  });

  it("a quarterly plan is split evenly across the quarter's months for a flow", () => {
    expect(planForPeriod(DEC_25, 'flow', plans([[Q3_25, 300], [FY_25, 1800]]))).toEqual({ value: 100, source: 'split', givenFor: Q3_25 });
  });

  it('a quarterly plan applies whole to each month for a snapshot', () => {
    expect(planForPeriod(DEC_25, 'snapshot', plans([[Q3_25, 300]]))).toEqual({ value: 300, source: 'whole', givenFor: Q3_25 });
  });

  it('a financial-year plan is split over twelve months for a flow, and applies whole for a snapshot', () => {
    expect(planForPeriod(DEC_25, 'flow', plans([[FY_25, 1200]]))).toEqual({ value: 100, source: 'split', givenFor: FY_25 });
    expect(planForPeriod(DEC_25, 'snapshot', plans([[FY_25, 1200]]))).toEqual({ value: 1200, source: 'whole', givenFor: FY_25 });
  });

  it('a financial-year plan is split over four quarters for a quarterly flow', () => {
    expect(planForPeriod(Q2_25, 'flow', plans([[FY_25, 1200]]))).toEqual({ value: 300, source: 'split', givenFor: FY_25 });
    expect(planForPeriod(Q2_25, 'snapshot', plans([[FY_25, 1200]]))).toEqual({ value: 1200, source: 'whole', givenFor: FY_25 });
  });

  it('no plan for the period, its quarter or its financial year: none', () => {
    expect(planForPeriod(DEC_25, 'flow', plans([[Q2_25, 300], [{ kind: 'financial-year', fyStart: 2024 }, 1200]]))).toBeUndefined();
    expect(planForPeriod(FY_25, 'flow', plans([[Q2_25, 300]]))).toBeUndefined();
  });

  it('a month is rated against its share of the quarterly plan', () => {
    // Q3 plan 300 -> 100 for December; 97 is 3% short: amber.
    const workbook = aWorkbook({
      metrics: [aMetric('admissions')],
      observations: [aRow('admissions', Q3_25, { plan: 300 }), aRow('admissions', DEC_25, { actual: 97 })],
    });
    const system = levelIn(metricIn(assessPack(workbook, JAN_26), 'admissions'), SYSTEM);
    expect(system.plan).toEqual({ value: 100, source: 'split', givenFor: Q3_25 });
    expect(system.rating).toBe('amber');
  });

  it('plans are looked up at the same level only', () => {
    const workbook = aWorkbook({
      metrics: [aMetric('admissions')],
      observations: [
        aRow('admissions', Q3_25, { plan: 300 }),
        aRow('admissions', DEC_25, { actual: 101 }),
        aRow('admissions', DEC_25, { level: PROVIDER, actual: 40 }),
      ],
    });
    const assessment = metricIn(assessPack(workbook, JAN_26), 'admissions');
    expect(levelIn(assessment, SYSTEM)).toMatchObject({ rating: 'green', plan: { value: 100, source: 'split' } });
    expect(levelIn(assessment, PROVIDER)).toEqual({ levelId: PROVIDER, actual: { kind: 'number', value: 40 }, rating: 'not-rated', basis: { kind: 'no-plan' } });
  });
});
