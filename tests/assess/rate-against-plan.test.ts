import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { rateFigure } from '../../src/assess/rate-figure.js';
import { aMetric, aRow, aWorkbook, DEC_25, JAN_26, metricIn } from './workbook-builder.js';
import type { Metric } from '../../src/model/pack-workbook.js';

/** Rates one metric with one Dec-25 system row in a January 2026 pack. */
function rated(metric: Metric, actual: number, plan: number) {
  const pack = assessPack(aWorkbook({ metrics: [metric], observations: [aRow(metric.id, DEC_25, { actual, plan })] }), JAN_26);
  const { rating, basis } = metricIn(pack, metric.id);
  return { rating, basis };
}

const higher = aMetric('m', { direction: 'higher' });
const lower = aMetric('m', { direction: 'lower' });

describe('rule 1: rated against plan in the metric direction, amber within a tolerance relative to plan', () => {
  it('green: the plan is achieved, higher is better', () => {
    expect(rated(higher, 100, 100)).toEqual({ rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0 } });
    expect(rated(higher, 120, 100)).toEqual({ rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0.2 } });
  });

  it('amber: within the tolerance of plan, higher is better', () => {
    // 5% of 200 is 10: 192 is 8 short.
    expect(rated(higher, 192, 200)).toEqual({ rating: 'amber', basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.04 } });
  });

  it('red: beyond the tolerance of plan, higher is better', () => {
    expect(rated(higher, 189, 200)).toEqual({ rating: 'red', basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.055 } });
  });

  it('green: the plan is achieved, lower is better', () => {
    expect(rated(lower, 50, 50)).toEqual({ rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0 } });
    expect(rated(lower, 45, 50)).toEqual({ rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0.1 } });
  });

  it('amber: within the tolerance of plan, lower is better', () => {
    expect(rated(lower, 208, 200)).toEqual({ rating: 'amber', basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.04 } });
  });

  it('red: beyond the tolerance of plan, lower is better', () => {
    expect(rated(lower, 211, 200)).toEqual({ rating: 'red', basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.055 } });
  });

  it('amber: exactly at the tolerance is still amber, just beyond it is red', () => {
    expect(rated(higher, 190, 200).rating).toBe('amber');
    expect(rated(higher, 189.999, 200).rating).toBe('red');
    expect(rated(lower, 210, 200).rating).toBe('amber');
    expect(rated(lower, 210.001, 200).rating).toBe('red');
    // 92% less 5% of it is 87.4%, which binary fractions cannot hold exactly.
    expect(rateFigure(0.874, 0.92, 'higher', 0.05).rating).toBe('amber');
    expect(rateFigure(0.8739, 0.92, 'higher', 0.05).rating).toBe('red');
    expect(rateFigure(0.798, 0.76, 'lower', 0.05).rating).toBe('amber');
    expect(rateFigure(0.7981, 0.76, 'lower', 0.05).rating).toBe('red');
  });

  it('red: a plan of 0, lower is better, leaves no tolerance', () => {
    expect(rated(lower, 1, 0)).toEqual({ rating: 'red', basis: { kind: 'against-plan', tolerance: 0.05, gap: -1 } });
    expect(rated(lower, 0, 0)).toEqual({ rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0 } });
  });

  it("tolerance: the metric's own tolerance overrides the pack's", () => {
    const loose = aMetric('m', { rule: { kind: 'against-plan', tolerance: 0.1 } });
    expect(rated(loose, 92, 100)).toEqual({ rating: 'amber', basis: { kind: 'against-plan', tolerance: 0.1, gap: -0.08 } });
    expect(rated(higher, 92, 100).rating).toBe('red');
  });

  it("not rated: a metric whose direction is 'neither'", () => {
    expect(rated(aMetric('m', { direction: 'neither' }), 92, 100)).toEqual({ rating: 'not-rated', basis: { kind: 'no-direction' } });
  });
});
