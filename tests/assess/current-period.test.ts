import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { aMetric, aRow, aWorkbook, DEC_25, FEB_26, JAN_26, levelIn, metricIn, NOV_25, OCT_25, PROVIDER, Q2_25, Q3_25, SYSTEM } from './workbook-builder.js';

describe('rule 7: the current period', () => {
  it('current period: the latest period with an actual, so a January pack shows Dec-25, Nov-25 and Q2 side by side', () => {
    const workbook = aWorkbook({
      metrics: [aMetric('a-and-e'), aMetric('cancer'), aMetric('dementia', { frequency: 'quarter' })],
      observations: [
        aRow('a-and-e', NOV_25, { actual: 70, plan: 76 }),
        aRow('a-and-e', DEC_25, { actual: 74, plan: 76 }),
        // A plan for January, typed ahead, is not an actual.
        aRow('a-and-e', JAN_26, { plan: 78 }),
        aRow('cancer', OCT_25, { actual: 80, plan: 75 }),
        aRow('cancer', NOV_25, { plan: 75 }),
        aRow('cancer', NOV_25, { level: PROVIDER, actual: 70, plan: 75 }),
        aRow('dementia', Q2_25, { actual: 0.62, plan: 0.667 }),
        // Q3 ends in December but has no actual yet.
        aRow('dementia', Q3_25, { plan: 0.667 }),
      ],
    });
    const pack = assessPack(workbook, JAN_26);
    expect(metricIn(pack, 'a-and-e')).toMatchObject({ currentPeriod: DEC_25, rating: 'amber' });
    // Nov-25 from the provider level; the system's latest is Oct-25, which is not shown.
    expect(metricIn(pack, 'cancer')).toMatchObject({ currentPeriod: NOV_25, headlineLevelId: PROVIDER, rating: 'red' });
    expect(levelIn(metricIn(pack, 'cancer'), SYSTEM)).toEqual({ levelId: SYSTEM, plan: { value: 75, source: 'period', givenFor: NOV_25 }, rating: 'not-rated', basis: { kind: 'no-data' } });
    // 0.62 is 7% short of 0.667.
    expect(metricIn(pack, 'dementia')).toMatchObject({ currentPeriod: Q2_25, rating: 'red' });
  });

  it('current period: figures for periods after the reporting month are never used', () => {
    const workbook = aWorkbook({
      metrics: [aMetric('m'), aMetric('later-quarter')],
      observations: [
        aRow('m', DEC_25, { actual: 90, plan: 100 }),
        aRow('m', FEB_26, { actual: 120, plan: 100, manual: { rating: 'green', reason: 'typed early' } }),
        // A provider whose only row is February has no place in January's pack.
        aRow('m', FEB_26, { level: PROVIDER, actual: 120, plan: 100 }),
        // Q4 (Jan to Mar) has not ended by January.
        aRow('later-quarter', { kind: 'quarter', fyStart: 2025, quarter: 4 }, { actual: 5, plan: 5 }),
      ],
    });
    const pack = assessPack(workbook, JAN_26);
    const assessment = metricIn(pack, 'm');
    expect(assessment).toMatchObject({ currentPeriod: DEC_25, rating: 'red' });
    expect(assessment.levels.map((level) => level.levelId)).toEqual([SYSTEM]);
    expect(metricIn(pack, 'later-quarter')).toMatchObject({ rating: 'not-rated', basis: { kind: 'no-data' } });
    expect(metricIn(pack, 'later-quarter').currentPeriod).toBeUndefined();
  });

  it('no data at or before the month: no current period, not rated, no data', () => {
    const NO_SPC = { status: 'too-few', tooFew: 'no-values', points: 0, suppressed: 0, baselinePoints: 0, rebasedFrom: [], leftOff: [], series: [] };
    const workbook = aWorkbook({ metrics: [aMetric('new-metric'), aMetric('no-rows')], observations: [aRow('new-metric', Q3_25, { plan: 300 })] });
    const pack = assessPack(workbook, JAN_26);
    expect(metricIn(pack, 'new-metric')).toEqual({
      metricId: 'new-metric',
      levels: [{ levelId: SYSTEM, rating: 'not-rated', basis: { kind: 'no-data' } }],
      rating: 'not-rated',
      basis: { kind: 'no-data' },
      previousRating: 'not-rated',
      movement: 'not-rated',
      history: [],
      spc: NO_SPC,
    });
    expect(metricIn(pack, 'no-rows')).toEqual({
      metricId: 'no-rows',
      levels: [],
      rating: 'not-rated',
      basis: { kind: 'no-data' },
      previousRating: 'not-rated',
      movement: 'not-rated',
      history: [],
      spc: NO_SPC,
    });
  });
});
