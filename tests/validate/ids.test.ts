import { describe, expect, test } from 'vitest';
import { setCell } from '../fixtures/fixture-workbook.js';
import { addRow, messagesFor, metricRow, percentCell } from './messages.js';

describe('unknown ids', () => {
  test('an unknown metric id in Values', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 3, 'Metric', 'AE5'))).toEqual([
      'Values!A3: no metric has the Id "AE5"; use an Id from the Metrics sheet (AE4, HANDOVER, WL52) [model/unknown-metric]',
    ]);
  });

  test('an id that differs only in capitals names the one meant', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 3, 'Metric', 'ae4'))).toEqual([
      'Values!A3: no metric has the Id "ae4"; Ids must match exactly, including capitals: did you mean "AE4"? [model/unknown-metric]',
    ]);
  });

  test('an unknown level in Values', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 3, 'Level', 'TRUST'))).toEqual([
      'Values!B3: no level has the Id "TRUST"; use an Id from the Levels sheet (ICB, ACUTE) [model/unknown-level]',
    ]);
  });

  test('an unknown area id in Metrics', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 2, 'Area', 'CANCER'))).toEqual([
      'Metrics!B2: no area has the Id "CANCER"; use an Id from the Areas sheet (UEC, ELEC) [model/unknown-area]',
    ]);
  });

  test('an unknown area id in Narrative', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Narrative', 2, 'Area', 'CANCER'))).toEqual([
      'Narrative!B2: no area has the Id "CANCER"; use an Id from the Areas sheet (UEC, ELEC) [model/unknown-area]',
    ]);
  });

  test('an unknown area id in 3As', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, '3As', 2, 'Area', 'CANCER'))).toEqual([
      `'3As'!C2: no area has the Id "CANCER"; use an Id from the Areas sheet (UEC, ELEC) [model/unknown-area]`,
    ]);
  });

  test('an unknown metric id in 3As, and a metric of another area than the row\'s', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, '3As', 2, 'Metric', 'AE5'))).toEqual([
      `'3As'!E2: no metric has the Id "AE5"; use an Id from the Metrics sheet (AE4, HANDOVER, WL52) [model/unknown-metric]`,
    ]);
    expect(await messagesFor((sheets) => setCell(sheets, '3As', 2, 'Metric', 'WL52'))).toEqual([
      `'3As'!E2: the metric WL52 belongs to the area ELEC, not UEC; correct the Area or the Metric [model/metric-in-other-area]`,
    ]);
    expect(await messagesFor((sheets) => setCell(sheets, '3As', 2, 'Metric', 'AE4'))).toEqual([]);
  });

  test('an unknown author in Areas', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Areas', 2, 'Author', 'NOBODY'))).toEqual([
      'Areas!C2: no author has the Id "NOBODY"; use an Id from the Authors sheet (UC, PERF) [model/unknown-author]',
    ]);
  });

  test('a reference to a metric whose own row has an error is not reported again, and its figures are still checked', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Metrics', 2, 'Direction', 'up');
      setCell(sheets, 'Values', 3, 'Actual', 'TBC');
    });
    expect(messages).toEqual([
      'Metrics!G2: the direction must be one of higher is better; lower is better; neither, got "up" [model/bad-choice]',
      'Values!D3: the actual must be a percentage like 57.3% or \'*\', got "TBC" [model/bad-number]',
    ]);
  });
});

describe('duplicate ids', () => {
  test('a duplicate metric id', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('AE4')))).toEqual([
      'Metrics!A5: the metric Id "AE4" appears twice: row 2 and this row; each metric needs its own Id, so delete one row or change this Id [model/duplicate-id]',
    ]);
  });

  test('a duplicate area id', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Areas', { Id: 'UEC', Name: 'Urgent and Emergency Care', Author: 'UC' }))).toEqual([
      'Areas!A4: the area Id "UEC" appears twice: row 2 and this row; each area needs its own Id, so delete one row or change this Id [model/duplicate-id]',
    ]);
  });

  test('a duplicate level id (in another case)', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Levels', { Id: 'icb', Name: 'Another ICB', 'Short name': 'ICB2', Kind: 'system' }))).toEqual([
      'Levels!A4: the level Id "icb" appears twice: row 2 and this row; each level needs its own Id, so delete one row or change this Id [model/duplicate-id]',
    ]);
  });

  test('a duplicate author id', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Authors', { Id: 'UC', Name: 'Deputy', Role: 'Deputy Head of Urgent Care', Email: 'deputy@example.org' }))).toEqual([
      'Authors!A4: the author Id "UC" appears twice: row 2 and this row; each author needs its own Id, so delete one row or change this Id [model/duplicate-id]',
    ]);
  });
});

describe('duplicate rows', () => {
  test('a duplicate Values row, however its period is written (2025-12, an Excel date, Dec-25)', async () => {
    const messages = await messagesFor((sheets) => {
      // Row 3 is AE4 at ICB for 2025-12, typed as text.
      addRow(sheets, 'Values', { Metric: 'AE4', Level: 'ICB', Period: { date: new Date(Date.UTC(2025, 11, 1)), numFmt: 'mmm-yy' }, Actual: percentCell(0.7) });
      addRow(sheets, 'Values', { Metric: 'AE4', Level: 'ICB', Period: 'Dec-25', Plan: percentCell(0.76) });
    });
    expect(messages).toEqual([
      'Values!7: AE4 at ICB for Dec-25 appears twice: row 3 and this row; keep one [model/duplicate-row]',
      'Values!8: AE4 at ICB for Dec-25 appears twice: row 3 and this row; keep one [model/duplicate-row]',
    ]);
  });

  test('the same metric and period at two levels is not a duplicate', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Values', { Metric: 'AE4', Level: 'ACUTE', Period: '2025-12', Actual: percentCell(0.7) }))).toEqual([]);
  });

  test('a duplicate narrative row', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Narrative', { Month: 'Jan-26', Area: 'UEC', Risks: 'Winter pressures' }))).toEqual([
      'Narrative!3: the narrative for UEC for Jan-26 appears twice: row 2 and this row; put it all on one row [model/duplicate-row]',
    ]);
  });
});
