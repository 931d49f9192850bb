import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadWorkbook } from '../../src/pipeline.js';
import { fixtureWorkbook, setCell, sheetOf } from '../fixtures/fixture-workbook.js';
import { DIV_ZERO, messagesFor, percentCell } from './messages.js';

/*
 * Values rows of the fixture: 2 and 3 are AE4 (percent), 4 HANDOVER (duration), 5 and 6 WL52
 * (count). Column D is the actual, E the plan.
 */

const OVER_100 = 'over 100%; check the figure, or, if this metric can exceed 100%, set "Allow over 100%" to yes on its row of the Metrics sheet [model/percent-out-of-range]';

describe('text where a number belongs', () => {
  test('TBC in Actual, in Plan and in YTD target', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Finance', 2, 'YTD target', 'TBC');
      setCell(sheets, 'Values', 2, 'Actual', 'TBC');
      setCell(sheets, 'Values', 3, 'Plan', 'TBC');
      setCell(sheets, 'Values', 4, 'Actual', 'TBC');
      setCell(sheets, 'Values', 5, 'Actual', 'TBC');
    });
    expect(messages).toEqual([
      'Values!D2: the actual must be a percentage like 57.3% or \'*\', got "TBC" [model/bad-number]',
      'Values!E3: the plan must be a percentage like 57.3%, got "TBC" [model/bad-number]',
      'Values!D4: the actual must be a duration like 00:32:34 or \'*\', got "TBC" [model/bad-number]',
      'Values!D5: the actual must be a whole number or \'*\', got "TBC" [model/bad-number]',
      'Finance!F2: the YTD target must be an amount in £m like 85.65, got "TBC" [model/bad-number]',
    ]);
  });

  test('a calendar date where a percentage belongs', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Actual', { date: new Date(Date.UTC(2025, 11, 1)), numFmt: 'dd/mm/yyyy' }))).toEqual([
      "Values!D2: the actual must be a percentage like 57.3% or '*', got 2025-12-01 [model/bad-number]",
    ]);
  });

  test('a calendar date where a duration belongs', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 4, 'Actual', { date: new Date(Date.UTC(2025, 11, 1)), numFmt: 'dd/mm/yyyy' }))).toEqual([
      "Values!D4: the actual must be a duration like 00:32:34 or '*', got 2025-12-01 [model/bad-number]",
    ]);
  });

  test('words for "no figure" (-, NA) are read as a blank', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 2, 'Actual', '-');
      setCell(sheets, 'Values', 3, 'Plan', 'NA');
    });
    expect(messages).toEqual([]);
  });
});

describe('formula errors', () => {
  test('#DIV/0! in Actual, in Plan, in a text column and in a finance figure', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 2, 'Actual', DIV_ZERO);
      setCell(sheets, 'Values', 3, 'Plan', DIV_ZERO);
      setCell(sheets, 'Metrics', 3, 'Label', DIV_ZERO);
      setCell(sheets, 'Finance', 2, 'YTD actual', DIV_ZERO);
    });
    expect(messages).toEqual([
      'Metrics!D3: the label shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
      'Values!D2: the actual shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
      'Values!E3: the plan shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
      'Finance!G2: the YTD actual shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
    ]);
  });

  test('#N/A in a yes/no column', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 2, 'On summary', { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }))).toEqual([
      'Metrics!N2: "On summary" shows the formula error #N/A; correct the formula, or type the value in its place [model/formula-error]',
    ]);
  });

  test('a formula with no saved result', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 5, 'Actual', { formula: 'SUM(X2:X9)' });
      setCell(sheets, 'Authors', 2, 'Name', { formula: 'Lists!A1' });
    });
    expect(messages).toEqual([
      "Authors!B2: the author's name is a formula with no saved result; open the workbook in Excel so that it calculates, and save it [model/formula-no-result]",
      'Values!D5: the actual is a formula with no saved result; open the workbook in Excel so that it calculates, and save it [model/formula-no-result]',
    ]);
  });

  test('a formula with a saved result is read as its result', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 5, 'Actual', { formula: 'SUM(X2:X9)', result: 2540 }))).toEqual([]);
  });
});

describe('percentages', () => {
  test('a percentage over 100 where that cannot be: plain 132, a percent cell 1.32, text 132%', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 2, 'Actual', 132);
      setCell(sheets, 'Values', 3, 'Actual', percentCell(1.32));
      setCell(sheets, 'Values', 3, 'Plan', '132%');
    });
    expect(messages).toEqual([`Values!D2: the actual is 132%, ${OVER_100}`, `Values!D3: the actual is 132%, ${OVER_100}`, `Values!E3: the plan is 132%, ${OVER_100}`]);
  });

  test('a percentage over 100 is accepted when "Allow over 100%" is yes', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Metrics', 2, 'Allow over 100%', 'yes');
      setCell(sheets, 'Values', 2, 'Actual', 132);
      setCell(sheets, 'Values', 3, 'Actual', percentCell(1.32));
    });
    expect(messages).toEqual([]);
  });

  test('a fraction typed as a plain number in a percentage column is a warning, read in percentage points', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Actual', 0.95))).toEqual([
      'Values!D2: warning: 0.95 in a percentage cell is read as 0.95%; if it means 95%, format the cell as a percentage or type 95 [model/percent-looks-like-fraction]',
    ]);
  });

  test('a fraction typed as text in a percentage cell is a warning at the cell, wherever percentages are read', async () => {
    const { workbook, diagnostics } = await loadWorkbook(
      await fixtureWorkbook((sheets) => {
        setCell(sheets, 'Values', 2, 'Actual', '0.745');
        setCell(sheets, 'Values', 2, 'Plan', '0.76%');
        setCell(sheets, 'Metrics', 2, 'Year-end plan', '0.782');
        setCell(sheets, 'Metrics', 2, 'Amber tolerance', 0.02);
        setCell(sheets, 'Settings', 7, 'Value', '0.05');
        sheetOf(sheets, 'Finance').rows.push({ Month: '2026-01', 'As at': '2025-11', KPI: 'Efficiency delivered', Unit: 'percent', Direction: 'higher is better', 'YTD target': '0.9', 'YTD actual': 85 });
      }),
    );
    expect(diagnostics.list().map((d) => formatDiagnostic(d))).toEqual([
      'Settings!B7: warning: the text "0.05" in a percentage cell is read as 0.05%; if it means 5%, type 5% in its place [model/percent-looks-like-fraction]',
      'Metrics!J2: warning: 0.02 in a percentage cell is read as 0.02%; if it means 2%, format the cell as a percentage or type 2 [model/percent-looks-like-fraction]',
      'Metrics!K2: warning: the text "0.782" in a percentage cell is read as 0.782%; if it means 78.2%, type 78.2% in its place [model/percent-looks-like-fraction]',
      'Values!D2: warning: the text "0.745" in a percentage cell is read as 0.745%; if it means 74.5%, type 74.5% in its place [model/percent-looks-like-fraction]',
      'Finance!F3: warning: the text "0.9" in a percentage cell is read as 0.9%; if it means 90%, type 90% in its place [model/percent-looks-like-fraction]',
    ]);
    // Read as typed, in percentage points: the warning says so, and the officer decides.
    expect(workbook?.observations[0]?.actual).toEqual({ kind: 'number', value: 0.00745 });
  });

  test('a negative percentage', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Actual', percentCell(-0.05)))).toEqual([
      'Values!D2: the actual is -5%, but a percentage cannot be below 0%; check the figure [model/percent-out-of-range]',
    ]);
  });

  test('a year-end plan over 100%', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 2, 'Year-end plan', 150))).toEqual([`Metrics!K2: the year-end plan is 150%, ${OVER_100}`]);
  });
});

describe('counts', () => {
  test('negative or fractional counts', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 5, 'Actual', -3);
      setCell(sheets, 'Values', 6, 'Actual', 2.5);
      setCell(sheets, 'Values', 6, 'Plan', -1);
    });
    expect(messages).toEqual([
      'Values!D5: the actual is a count, so it must be a whole number of 0 or more, got -3 [model/bad-count]',
      'Values!D6: the actual is a count, so it must be a whole number of 0 or more, got 2.5 [model/bad-count]',
      'Values!E6: the plan is a count, so it must be a whole number of 0 or more, got -1 [model/bad-count]',
    ]);
  });

  test('* in a Plan', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 6, 'Plan', '*'))).toEqual([
      'Values!E6: the plan cannot be suppressed with *; type the figure or leave it blank [model/suppressed-plan]',
    ]);
  });

  test('* in an Actual is the source suppressing the figure', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 6, 'Actual', '*'))).toEqual([]);
  });
});
