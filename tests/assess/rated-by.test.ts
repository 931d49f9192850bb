import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { aMetric, aRow, aWorkbook, DEC_25, JAN_26, levelIn, metricIn, NOV_25, PROVIDER, SYSTEM } from './workbook-builder.js';

const percentage = aMetric('rtt-18-weeks-percent', { unit: 'percent', measureType: 'snapshot' });
const count = aMetric('rtt-18-weeks-count', { measureType: 'snapshot', rule: { kind: 'rated-by', metricId: percentage.id } });

describe('rule 2: rated by another metric', () => {
  it('rated by another metric: the 18-week count row takes the percentage row rating, level by level', () => {
    const workbook = aWorkbook({
      metrics: [count, percentage],
      observations: [
        // The count has no plan of its own: it is rated by the percentage row beneath it.
        aRow(count.id, DEC_25, { actual: 41_000 }),
        aRow(count.id, DEC_25, { level: PROVIDER, actual: 30_000 }),
        aRow(percentage.id, DEC_25, { actual: 0.6, plan: 0.92 }),
        aRow(percentage.id, DEC_25, { level: PROVIDER, actual: 0.88, plan: 0.9 }),
      ],
    });
    const assessment = metricIn(assessPack(workbook, JAN_26), count.id);
    expect(assessment.rating).toBe('red');
    expect(assessment.basis).toEqual({ kind: 'rated-by', metricId: percentage.id });
    expect(levelIn(assessment, SYSTEM)).toEqual({ levelId: SYSTEM, actual: { kind: 'number', value: 41_000 }, rating: 'red', basis: { kind: 'rated-by', metricId: percentage.id } });
    expect(levelIn(assessment, PROVIDER)).toMatchObject({ rating: 'amber', basis: { kind: 'rated-by', metricId: percentage.id } });
  });

  it("rated by another metric at that metric's own current period", () => {
    // The percentage is a month behind: the count's Dec-25 row takes the percentage's Nov-25 rating.
    const workbook = aWorkbook({
      metrics: [count, percentage],
      observations: [aRow(count.id, DEC_25, { actual: 41_000 }), aRow(percentage.id, NOV_25, { actual: 0.9, plan: 0.92 })],
    });
    const pack = assessPack(workbook, JAN_26);
    expect(metricIn(pack, count.id)).toMatchObject({ currentPeriod: DEC_25, rating: 'amber' });
    expect(metricIn(pack, percentage.id)).toMatchObject({ currentPeriod: NOV_25, rating: 'amber' });
  });

  it('rated by a metric that is itself unrated: not rated', () => {
    const workbook = aWorkbook({
      metrics: [count, percentage],
      observations: [aRow(count.id, DEC_25, { actual: 41_000 }), aRow(percentage.id, DEC_25, { actual: 0.6 })],
    });
    const assessment = metricIn(assessPack(workbook, JAN_26), count.id);
    expect(assessment.rating).toBe('not-rated');
    expect(assessment.basis).toEqual({ kind: 'rated-by-unrated', metricId: percentage.id });
  });

  it('rated by a chain: A rated by B rated by C', () => {
    const c = aMetric('c', { direction: 'lower' });
    const b = aMetric('b', { rule: { kind: 'rated-by', metricId: 'c' } });
    const a = aMetric('a', { rule: { kind: 'rated-by', metricId: 'b' } });
    const workbook = aWorkbook({
      metrics: [a, b, c],
      observations: [aRow('a', DEC_25, { actual: 1 }), aRow('b', DEC_25, { actual: 2 }), aRow('c', DEC_25, { actual: 30, plan: 40 })],
    });
    const pack = assessPack(workbook, JAN_26);
    expect(metricIn(pack, 'a')).toMatchObject({ rating: 'green', basis: { kind: 'rated-by', metricId: 'b' } });
    expect(metricIn(pack, 'b')).toMatchObject({ rating: 'green', basis: { kind: 'rated-by', metricId: 'c' } });
  });

  it('rated by a cycle: not rated, and no endless loop', () => {
    const a = aMetric('a', { rule: { kind: 'rated-by', metricId: 'b' } });
    const b = aMetric('b', { rule: { kind: 'rated-by', metricId: 'a' } });
    const self = aMetric('self', { rule: { kind: 'rated-by', metricId: 'self' } });
    const into = aMetric('into', { rule: { kind: 'rated-by', metricId: 'a' } });
    const workbook = aWorkbook({
      metrics: [into, a, b, self],
      observations: ['a', 'b', 'self', 'into'].map((id) => aRow(id, DEC_25, { actual: 1, plan: 1 })),
    });
    const pack = assessPack(workbook, JAN_26);
    expect(metricIn(pack, 'a')).toMatchObject({ rating: 'not-rated', basis: { kind: 'rated-by-unrated', metricId: 'b' } });
    expect(metricIn(pack, 'b')).toMatchObject({ rating: 'not-rated', basis: { kind: 'rated-by-unrated', metricId: 'a' } });
    expect(metricIn(pack, 'self')).toMatchObject({ rating: 'not-rated', basis: { kind: 'rated-by-unrated', metricId: 'self' } });
    expect(metricIn(pack, 'into')).toMatchObject({ rating: 'not-rated', basis: { kind: 'rated-by-unrated', metricId: 'a' } });
  });

  it('rated by a metric the workbook does not have: not rated', () => {
    const orphan = aMetric('orphan', { rule: { kind: 'rated-by', metricId: 'missing' } });
    const workbook = aWorkbook({ metrics: [orphan], observations: [aRow('orphan', DEC_25, { actual: 1 })] });
    expect(metricIn(assessPack(workbook, JAN_26), 'orphan').basis).toEqual({ kind: 'rated-by-unrated', metricId: 'missing' });
  });
});
