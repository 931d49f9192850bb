import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadWorkbook } from '../../src/pipeline.js';
import { fixtureWorkbook, setCell } from '../fixtures/fixture-workbook.js';
import { addRow, DIV_ZERO, messagesFor, metricRow } from './messages.js';

/* Metrics columns: Q is "SPC baseline", R is "SPC rebase"; row 2 is AE4, a monthly metric. */

describe('SPC columns of the Metrics sheet', () => {
  test('a bad SPC baseline: words, too small, a fraction, a formula error', async () => {
    const cases: [Parameters<typeof setCell>[4], string][] = [
      ['twelve', 'Metrics!Q2: the SPC baseline (number of points) must be a whole number, got "twelve" [model/bad-number]'],
      [1, 'Metrics!Q2: the SPC baseline (number of points) must be between 2 and 1000, got 1 [model/out-of-range]'],
      [12.5, 'Metrics!Q2: the SPC baseline (number of points) must be a whole number, got 12.5 [model/bad-number]'],
      [DIV_ZERO, 'Metrics!Q2: the SPC baseline (number of points) shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]'],
    ];
    for (const [typed, message] of cases) {
      expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 2, 'SPC baseline', typed))).toEqual([message]);
    }
  });

  test('a bad SPC rebase: no such month, a quarter, a month given twice, a number', async () => {
    const cases: [Parameters<typeof setCell>[4], string][] = [
      ['2025-13', 'Metrics!R2: the SPC rebase must be months like 2025-04, separated by commas: "2025-13" has no month 13; months run 01 to 12 [model/bad-month]'],
      ['2025-04, 2025/26 Q2', 'Metrics!R2: the SPC rebase must be months like 2025-04, separated by commas: expected a month like 2026-01, got "2025/26 Q2" [model/bad-month]'],
      ['2025-04, Apr-25', 'Metrics!R2: the SPC rebase gives "Apr-25" twice; give each month once [model/duplicate-month]'],
      [202504, 'Metrics!R2: the SPC rebase must be months like 2025-04, separated by commas, got 202504 [model/bad-month]'],
    ];
    for (const [typed, message] of cases) {
      expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 2, 'SPC rebase', typed))).toEqual([message]);
    }
  });

  test('every bad SPC cell is reported at once, with the rest of the row', async () => {
    expect(
      await messagesFor((sheets) => {
        setCell(sheets, 'Metrics', 2, 'SPC baseline', 'all');
        setCell(sheets, 'Metrics', 3, 'SPC rebase', 'April');
      }),
    ).toEqual([
      'Metrics!Q2: the SPC baseline (number of points) must be a whole number, got "all" [model/bad-number]',
      'Metrics!R3: the SPC rebase must be months like 2025-04, separated by commas: expected a month like 2026-01, got "April" [model/bad-month]',
    ]);
  });

  test('good SPC cells: months in any order and separators, or one Excel date', async () => {
    const bytes = await fixtureWorkbook((sheets) => {
      setCell(sheets, 'Metrics', 2, 'SPC baseline', 12);
      setCell(sheets, 'Metrics', 2, 'SPC rebase', '2025-10; Apr-25\n2025-12');
      setCell(sheets, 'Metrics', 3, 'SPC rebase', { date: new Date(Date.UTC(2025, 3, 1)), numFmt: 'mmm-yy' });
    });
    const { workbook, diagnostics } = await loadWorkbook(bytes);
    expect(diagnostics.list()).toEqual([]);
    expect(workbook?.metrics[0]?.spc).toEqual({ baseline: 12, rebase: [{ kind: 'month', year: 2025, month: 4 }, { kind: 'month', year: 2025, month: 10 }, { kind: 'month', year: 2025, month: 12 }] });
    expect(workbook?.metrics[1]?.spc).toEqual({ rebase: [{ kind: 'month', year: 2025, month: 4 }] });
    expect(workbook?.metrics[2]?.spc).toEqual({ rebase: [] });
  });

  test('SPC cells on a quarterly metric are ignored, with a warning', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Metrics', metricRow('Q1', { Frequency: 'quarter', 'SPC baseline': 8, 'SPC rebase': '2025-04' })))).toEqual([
      'Metrics!Q5: warning: SPC charts are drawn for monthly metrics only, so this is ignored for a metric reported each quarter [model/spc-ignored]',
      'Metrics!R5: warning: SPC charts are drawn for monthly metrics only, so this is ignored for a metric reported each quarter [model/spc-ignored]',
    ]);
  });
});

describe('SPC settings', () => {
  test('a bad SPC shift length: 8, words', async () => {
    const cases: [string | number, string][] = [
      [8, 'Settings!B8: the SPC shift length must be 6 or 7 (points in a row on one side of the mean), got 8 [model/out-of-range]'],
      ['seven', 'Settings!B8: the SPC shift length must be 6 or 7 (points in a row on one side of the mean), got "seven" [model/bad-number]'],
    ];
    for (const [typed, message] of cases) {
      expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'SPC shift length', Value: typed }))).toEqual([message]);
    }
  });

  test('a bad "SPC screen moving ranges"', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'SPC screen moving ranges', Value: 'sometimes' }))).toEqual([
      'Settings!B8: "SPC screen moving ranges" must be yes or no, got "sometimes" [model/bad-choice]',
    ]);
  });

  test('defaults: a shift of 7, no screening, no automatic rebase; each can be set', async () => {
    const plain = await loadWorkbook(await fixtureWorkbook());
    expect(plain.workbook?.settings.spc).toEqual({ shiftLength: 7, screenMovingRanges: false, autoRebase: false });
    const set = await loadWorkbook(
      await fixtureWorkbook((sheets) => {
        addRow(sheets, 'Settings', { Setting: 'SPC shift length', Value: 6 });
        addRow(sheets, 'Settings', { Setting: 'SPC screen moving ranges', Value: 'yes' });
        addRow(sheets, 'Settings', { Setting: 'SPC auto rebase', Value: 'yes' });
      }),
    );
    expect(set.diagnostics.list()).toEqual([]);
    expect(set.workbook?.settings.spc).toEqual({ shiftLength: 6, screenMovingRanges: true, autoRebase: true });
  });
});
