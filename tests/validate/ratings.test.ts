import { describe, expect, test } from 'vitest';
import { setCell } from '../fixtures/fixture-workbook.js';
import { addRow, messagesFor, metricRow } from './messages.js';

const RATED_BY = { 'Rating rule': 'rated by another metric' };

describe('rated by another metric', () => {
  test('rated-by with an empty "Rated by"', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('R1', RATED_BY)))).toEqual([
      'Metrics!I5: R1 is "rated by another metric" but "Rated by" is empty; give the Id of the metric it takes its rating from [model/missing-rated-by]',
    ]);
  });

  test('rated-by an unknown metric', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'NOPE' })))).toEqual([
      'Metrics!I5: no metric has the Id "NOPE"; "Rated by" must name a metric on this sheet [model/unknown-metric]',
    ]);
  });

  test('rated-by itself', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'R1' })))).toEqual([
      'Metrics!I5: R1 cannot be rated by itself; name another metric in "Rated by", or choose another rating rule [model/rated-by-cycle]',
    ]);
  });

  test('a 2-metric cycle is reported once', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'R2' }));
      addRow(sheets, 'Metrics', metricRow('R2', { ...RATED_BY, 'Rated by': 'R1' }));
    });
    expect(messages).toEqual([
      'Metrics!I5: R1 and R2 take their ratings from each other in a circle (R1 -> R2 -> R1); give one of them a rating rule of its own [model/rated-by-cycle]',
    ]);
  });

  test('a 3-metric cycle, and a metric that leads into it, give one message', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Metrics', metricRow('R0', { ...RATED_BY, 'Rated by': 'R1' }));
      addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'R2' }));
      addRow(sheets, 'Metrics', metricRow('R2', { ...RATED_BY, 'Rated by': 'R3' }));
      addRow(sheets, 'Metrics', metricRow('R3', { ...RATED_BY, 'Rated by': 'R1' }));
    });
    expect(messages).toEqual([
      'Metrics!I6: R1, R2 and R3 take their ratings from each other in a circle (R1 -> R2 -> R3 -> R1); give one of them a rating rule of its own [model/rated-by-cycle]',
    ]);
  });

  test('rated-by a metric whose own row has an error is reported only on that row', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Metrics', 2, 'Unit', 'pct');
      addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'AE4' }));
    });
    expect(messages).toEqual(['Metrics!E2: the unit must be one of percent; count; duration; £m; £000; per 1,000; ratio; number, got "pct" [model/bad-choice]']);
  });

  test('rated-by another metric that rates on its own is accepted', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('R1', { ...RATED_BY, 'Rated by': 'WL52' })))).toEqual([]);
  });
});

describe('manual ratings', () => {
  test('a manual rating without a reason', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 3, 'Manual rating', 'Green'))).toEqual([
      'Values!G3: a manual rating needs its reason in "Rating reason", so the committee knows why it was set by hand [model/manual-rating-reason]',
    ]);
  });

  test('a rating reason without a manual rating is a warning', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 3, 'Rating reason', 'Validated locally'))).toEqual([
      'Values!G3: warning: "Rating reason" is ignored because no manual rating is given on this row [model/reason-without-rating]',
    ]);
  });

  test('a manual rating that is not one of the choices', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 3, 'Manual rating', 'Yellow');
      setCell(sheets, 'Values', 3, 'Rating reason', 'Validated locally');
    });
    expect(messages).toEqual(['Values!F3: the manual rating must be one of Green; Amber; Red; N/A, got "Yellow" [model/bad-choice]']);
  });
});
