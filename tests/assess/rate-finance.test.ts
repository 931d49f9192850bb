import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import type { Figure, FinanceKpi } from '../../src/model/pack-workbook.js';
import { aWorkbook, DEC_25, JAN_26, NOV_25 } from './workbook-builder.js';

/** A finance figure as read: a number. */
function n(value: number): Figure {
  return { kind: 'number', value };
}

function kpi(name: string, fields: Partial<FinanceKpi> = {}): FinanceKpi {
  return { month: JAN_26, asAt: DEC_25, kpi: name, unit: 'gbp-millions', decimals: 2, direction: 'higher', yearToDate: {}, fullYear: {}, ...fields };
}

function financeOf(finance: readonly FinanceKpi[]) {
  return assessPack(aWorkbook({ metrics: [], finance }), JAN_26).finance;
}

describe('rule 10: finance KPIs', () => {
  it('finance: a given rating wins over the figures, N/A is not rated', () => {
    const given = kpi('Surplus', { yearToDate: { target: 10, value: n(2), givenRating: 'green' }, fullYear: { target: 10, value: n(10), givenRating: 'not-applicable' } });
    expect(financeOf([given])).toEqual([{ kpi: given, yearToDate: { rating: 'green', given: true }, fullYear: { rating: 'not-rated', given: true } }]);
  });

  it('finance: computed with the finance tolerance, not the metrics\' one: strict at 0%', () => {
    // 9.6 is 4% under a target of 10: amber within the metrics' 5%, red for finance at 0%.
    const surplus = kpi('Surplus', { yearToDate: { target: 10, value: n(9.6) }, fullYear: { target: 10, value: n(10) } });
    const workbook = aWorkbook({ metrics: [], finance: [surplus] });
    const strict = { ...workbook, settings: { ...workbook.settings, amberTolerance: 0.05, financeTolerance: 0 } };
    expect(assessPack(strict, JAN_26).finance.map((f) => [f.yearToDate.rating, f.fullYear.rating])).toEqual([['red', 'green']]);
  });

  it('finance: computed from target and value in the KPI direction with the finance tolerance', () => {
    // Higher: 9.6 is 4% under 10, amber. Lower: spend 10.6 against 10 is 6% over, red.
    const surplus = kpi('Surplus', { yearToDate: { target: 10, value: n(9.6) }, fullYear: { target: 10, value: n(12) } });
    const spend = kpi('Agency spend', { direction: 'lower', yearToDate: { target: 10, value: n(10.6) }, fullYear: { target: 10, value: n(10.4) } });
    expect(financeOf([surplus, spend]).map(({ yearToDate, fullYear }) => ({ yearToDate, fullYear }))).toEqual([
      { yearToDate: { rating: 'amber', given: false }, fullYear: { rating: 'green', given: false } },
      { yearToDate: { rating: 'red', given: false }, fullYear: { rating: 'amber', given: false } },
    ]);
  });

  it('finance: a missing target or value, or no direction, is not rated', () => {
    const missing = kpi('Capital', { yearToDate: { value: n(3) }, fullYear: { target: 5 } });
    const neither = kpi('Cash', { direction: 'neither', yearToDate: { target: 5, value: n(5) } });
    expect(financeOf([missing, neither]).map(({ yearToDate, fullYear }) => [yearToDate.rating, fullYear.rating])).toEqual([
      ['not-rated', 'not-rated'],
      ['not-rated', 'not-rated'],
    ]);
  });

  it('finance: a suppressed count is never rated on its hidden number; a given rating still wins', () => {
    const referrals = kpi('Referrals', { unit: 'count', direction: 'lower', yearToDate: { target: 10, value: { kind: 'suppressed' } }, fullYear: { target: 10, value: { kind: 'suppressed' }, givenRating: 'amber' } });
    expect(financeOf([referrals]).map(({ yearToDate, fullYear }) => ({ yearToDate, fullYear }))).toEqual([{ yearToDate: { rating: 'not-rated', given: false, suppressed: true }, fullYear: { rating: 'amber', given: true } }]);
  });

  it("finance: only the reporting month's KPIs, in the Finance sheet's order", () => {
    const rows = [kpi('B'), kpi('Old', { month: DEC_25, asAt: NOV_25 }), kpi('A')];
    expect(financeOf(rows).map((assessment) => assessment.kpi.kpi)).toEqual(['B', 'A']);
  });
});
