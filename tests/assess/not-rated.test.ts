import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import type { Metric, Observation } from '../../src/model/pack-workbook.js';
import { aMetric, aRow, aWorkbook, DEC_25, JAN_26, levelIn, metricIn, SYSTEM } from './workbook-builder.js';

function assess(metric: Metric, observations: readonly Observation[]) {
  return metricIn(assessPack(aWorkbook({ metrics: [metric], observations }), JAN_26), metric.id);
}

describe('rule 4: a manual rating wins', () => {
  it('manual rating wins over the calculated rating and keeps its reason', () => {
    // 50 against 100 would be red.
    const manual = { rating: 'amber' as const, reason: 'Plan reset mid-year; agreed with the regulator' };
    const assessment = assess(aMetric('m'), [aRow('m', DEC_25, { actual: 50, plan: 100, manual })]);
    expect(assessment).toMatchObject({ rating: 'amber', basis: { kind: 'manual', reason: manual.reason } });
    expect(levelIn(assessment, SYSTEM).plan).toEqual({ value: 100, source: 'period', givenFor: DEC_25 });
  });

  it('manual rating wins whatever the rule: rated-by, not-rated and a suppressed actual', () => {
    const manual = { rating: 'green' as const, reason: 'Validated locally' };
    const ratedBy = aMetric('m', { rule: { kind: 'rated-by', metricId: 'missing' } });
    expect(assess(ratedBy, [aRow('m', DEC_25, { actual: 5, manual })]).rating).toBe('green');
    expect(assess(aMetric('m', { rule: { kind: 'not-rated' } }), [aRow('m', DEC_25, { actual: 5, manual })]).rating).toBe('green');
    expect(assess(aMetric('m'), [aRow('m', DEC_25, { actual: '*', plan: 3, manual })]).rating).toBe('green');
  });

  it('manual N/A: not rated, basis manual', () => {
    const manual = { rating: 'not-applicable' as const, reason: 'Service paused' };
    expect(assess(aMetric('m'), [aRow('m', DEC_25, { actual: 50, plan: 100, manual })])).toMatchObject({
      rating: 'not-rated',
      basis: { kind: 'manual', reason: 'Service paused' },
    });
  });

  it('manual rule with no manual rating: not rated, awaiting manual', () => {
    expect(assess(aMetric('m', { rule: { kind: 'manual' } }), [aRow('m', DEC_25, { actual: 50, plan: 100 })])).toMatchObject({
      rating: 'not-rated',
      basis: { kind: 'awaiting-manual' },
    });
  });
});

describe('rule 5: no plan, a text plan, or a rule of not rated', () => {
  it('no plan: not rated', () => {
    expect(assess(aMetric('m'), [aRow('m', DEC_25, { actual: 50 })])).toMatchObject({ rating: 'not-rated', basis: { kind: 'no-plan' } });
  });

  it('text year-end plan and no numeric plan for the period: not rated, text plan', () => {
    const metric = aMetric('m', { direction: 'lower', yearEndPlan: { kind: 'text', text: 'Reduction' } });
    expect(assess(metric, [aRow('m', DEC_25, { actual: 50 })])).toMatchObject({ rating: 'not-rated', basis: { kind: 'text-plan' } });
    // A numeric plan for the period still rates it.
    expect(assess(metric, [aRow('m', DEC_25, { actual: 50, plan: 60 })]).rating).toBe('green');
  });

  it("rule 'not-rated': not rated", () => {
    expect(assess(aMetric('m', { rule: { kind: 'not-rated' } }), [aRow('m', DEC_25, { actual: 50, plan: 100 })])).toMatchObject({
      rating: 'not-rated',
      basis: { kind: 'rule-not-rated' },
    });
  });
});

describe('rule 6: suppression', () => {
  it('suppressed actual: never rated on a hidden number', () => {
    const assessment = assess(aMetric('m', { direction: 'lower' }), [aRow('m', DEC_25, { actual: '*', plan: 10 })]);
    expect(assessment).toMatchObject({ currentPeriod: DEC_25, headlineLevelId: SYSTEM, rating: 'not-rated', basis: { kind: 'suppressed' } });
    expect(levelIn(assessment, SYSTEM)).toEqual({
      levelId: SYSTEM,
      actual: { kind: 'suppressed' },
      plan: { value: 10, source: 'period', givenFor: DEC_25 },
      rating: 'not-rated',
      basis: { kind: 'suppressed' },
    });
  });
});
