import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import type { Level } from '../../src/model/pack-workbook.js';
import { aMetric, aRow, aWorkbook, DEC_25, JAN_26, LEVELS, metricIn, PROVIDER, SYSTEM } from './workbook-builder.js';

describe('rule 8: levels', () => {
  it('levels: one entry per level with rows, in Levels sheet order, each rated independently', () => {
    const second: Level = { id: 'community', name: 'Example Community Trust', shortName: 'Community', kind: 'provider' };
    const workbook = aWorkbook({
      levels: [...LEVELS, second],
      metrics: [aMetric('m', { direction: 'lower' })],
      // Rows in an order unlike the Levels sheet's; the community trust has none for this metric.
      observations: [aRow('m', DEC_25, { level: PROVIDER, actual: 104, plan: 100 }), aRow('m', DEC_25, { actual: 180, plan: 200 })],
    });
    const assessment = metricIn(assessPack(workbook, JAN_26), 'm');
    expect(assessment.levels).toEqual([
      { levelId: SYSTEM, actual: { kind: 'number', value: 180 }, plan: { value: 200, source: 'period', givenFor: DEC_25 }, rating: 'green', basis: { kind: 'against-plan', tolerance: 0.05, gap: 0.1 } },
      { levelId: PROVIDER, actual: { kind: 'number', value: 104 }, plan: { value: 100, source: 'period', givenFor: DEC_25 }, rating: 'amber', basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.04 } },
    ]);
  });

  it('headline: the first level in Levels sheet order with an actual for the current period', () => {
    const workbook = aWorkbook({
      metrics: [aMetric('m')],
      observations: [aRow('m', DEC_25, { plan: 100 }), aRow('m', DEC_25, { level: PROVIDER, actual: 90, plan: 100 })],
    });
    expect(metricIn(assessPack(workbook, JAN_26), 'm')).toMatchObject({
      headlineLevelId: PROVIDER,
      rating: 'red',
      basis: { kind: 'against-plan', tolerance: 0.05, gap: -0.1 },
    });

    const both = aWorkbook({
      metrics: [aMetric('m')],
      observations: [aRow('m', DEC_25, { level: PROVIDER, actual: 90, plan: 100 }), aRow('m', DEC_25, { actual: 99, plan: 100 })],
    });
    expect(metricIn(assessPack(both, JAN_26), 'm')).toMatchObject({ headlineLevelId: SYSTEM, rating: 'amber' });
  });
});
