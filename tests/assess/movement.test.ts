import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { movementOf } from '../../src/assess/movement.js';
import type { Observation } from '../../src/model/pack-workbook.js';
import { aMetric, aRow, aWorkbook, DEC_25, JAN_26, metricIn, NOV_25, OCT_25, Q1_25, Q2_25 } from './workbook-builder.js';

/** The metric's movement in the January pack. */
function moved(observations: readonly Observation[], metric = aMetric('m')) {
  const { rating, previousRating, movement } = metricIn(assessPack(aWorkbook({ metrics: [metric], observations }), JAN_26), 'm');
  return { rating, previousRating, movement };
}

describe('rule 9: movement since the previous pack', () => {
  it('movement improved: red last month, amber now', () => {
    // The January pack shows Dec-25 and the December pack showed Nov-25. Today's workbook also
    // holds Dec-25, so rating "as of December" would wrongly compare Dec-25 with itself.
    expect(moved([aRow('m', NOV_25, { actual: 80, plan: 100 }), aRow('m', DEC_25, { actual: 96, plan: 100 })])).toEqual({
      rating: 'amber',
      previousRating: 'red',
      movement: 'improved',
    });
  });

  it('movement worsened: green last month, red now', () => {
    expect(moved([aRow('m', NOV_25, { actual: 100, plan: 100 }), aRow('m', DEC_25, { actual: 80, plan: 100 })])).toEqual({
      rating: 'red',
      previousRating: 'green',
      movement: 'worsened',
    });
  });

  it('movement unchanged: amber both months', () => {
    expect(moved([aRow('m', NOV_25, { actual: 97, plan: 100 }), aRow('m', DEC_25, { actual: 98, plan: 100 })])).toEqual({
      rating: 'amber',
      previousRating: 'amber',
      movement: 'unchanged',
    });
    const quarterly = aMetric('m', { frequency: 'quarter' });
    expect(moved([aRow('m', Q1_25, { actual: 120, plan: 100 }), aRow('m', Q2_25, { actual: 100, plan: 100 })], quarterly)).toEqual({
      rating: 'green',
      previousRating: 'green',
      movement: 'unchanged',
    });
  });

  it('movement new: rated now, not rated last month', () => {
    expect(moved([aRow('m', NOV_25, { actual: 97 }), aRow('m', DEC_25, { actual: 98, plan: 100 })])).toEqual({
      rating: 'amber',
      previousRating: 'not-rated',
      movement: 'new',
    });
    // No figure before Dec-25.
    expect(moved([aRow('m', DEC_25, { actual: 100, plan: 100 })])).toEqual({ rating: 'green', previousRating: 'not-rated', movement: 'new' });
  });

  it('movement not-rated: not rated now', () => {
    expect(moved([aRow('m', NOV_25, { actual: 97, plan: 100 }), aRow('m', DEC_25, { actual: '*', plan: 100 })])).toEqual({
      rating: 'not-rated',
      previousRating: 'amber',
      movement: 'not-rated',
    });
  });

  it('movement: a metric a month further behind is compared with its own previous figure', () => {
    // Nov-25 is current in January; the December pack, a month behind as well, showed Oct-25.
    expect(moved([aRow('m', OCT_25, { actual: 100, plan: 100 }), aRow('m', NOV_25, { actual: 90, plan: 100 })])).toEqual({
      rating: 'red',
      previousRating: 'green',
      movement: 'worsened',
    });
  });

  it('movement of a rated-by metric follows the previous figure of the metric it is rated by', () => {
    const percentage = aMetric('percent');
    const count = aMetric('m', { rule: { kind: 'rated-by', metricId: 'percent' } });
    const workbook = aWorkbook({
      metrics: [count, percentage],
      observations: [
        aRow('m', NOV_25, { actual: 5000 }),
        aRow('m', DEC_25, { actual: 5100 }),
        aRow('percent', NOV_25, { actual: 0.8, plan: 0.92 }),
        aRow('percent', DEC_25, { actual: 0.9, plan: 0.92 }),
      ],
    });
    expect(metricIn(assessPack(workbook, JAN_26), 'm')).toMatchObject({ rating: 'amber', previousRating: 'red', movement: 'improved' });
  });

  it('movement ranks green above amber above red', () => {
    expect(movementOf('green', 'red')).toBe('improved');
    expect(movementOf('red', 'amber')).toBe('worsened');
    expect(movementOf('green', 'green')).toBe('unchanged');
    expect(movementOf('red', 'not-rated')).toBe('new');
    expect(movementOf('not-rated', 'green')).toBe('not-rated');
  });
});
