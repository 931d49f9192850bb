import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadWorkbook } from '../../src/pipeline.js';
import { fixtureWorkbook, setCell, sheetOf } from '../fixtures/fixture-workbook.js';
import { addRow, DIV_ZERO, messagesFor } from './messages.js';

/* Settings rows of the fixture: 2 Organisation, 3 Committee, 4 Report title, 5 Report of, 6 Financial year, 7 Amber tolerance. */

describe('settings', () => {
  test('a missing required setting', async () => {
    expect(await messagesFor((sheets) => sheetOf(sheets, 'Settings').rows.splice(1, 1))).toEqual([
      'Settings: the setting "Committee" is missing; add a row with "Committee" in column A and its value in column B [model/missing-setting]',
    ]);
  });

  test('a required setting left blank', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Settings', 2, 'Value', null))).toEqual(['Settings!B2: the organisation is needed here [model/missing-value]']);
  });

  test('an unknown setting is a warning, and the workbook still reads', async () => {
    const bytes = await fixtureWorkbook((sheets) => addRow(sheets, 'Settings', { Setting: 'Colour scheme', Value: 'blue' }));
    const { workbook, diagnostics } = await loadWorkbook(bytes);
    expect(diagnostics.list().map((d) => formatDiagnostic(d))).toEqual([
      'Settings!A8: warning: "Colour scheme" is not a setting the pack knows, so it is ignored; the settings are listed on the Instructions sheet of the blank template [model/unknown-setting]',
    ]);
    expect(workbook).toBeDefined();
  });

  test('a setting named with a slip is an error, not a silent default: "Supress counts below" would leave suppression at 5', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Settings', { Setting: 'Supress counts below', Value: 10 });
      setCell(sheets, 'Settings', 3, 'Setting', 'Comittee');
    });
    expect(messages).toEqual([
      'Settings!A3: "Comittee" is not a setting the pack knows, and "Committee" is not set: if this is it, name it "Committee" [model/misspelt-setting]',
      'Settings!A8: "Supress counts below" is not a setting the pack knows, and "Suppress counts below" is not set: if this is it, name it "Suppress counts below" [model/misspelt-setting]',
    ]);
  });

  test('setting names are read without regard to capitals, spaces or punctuation', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'suppress counts below:', Value: 10 }))).toEqual([]);
  });

  test('a value with no setting name is a warning', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Value: 'Quality Committee' }))).toEqual([
      'Settings!A8: warning: this row has a value but no setting name in column A, so it is ignored [model/unknown-setting]',
    ]);
  });

  test('a setting given twice', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'committee', Value: 'Another Committee' }))).toEqual([
      'Settings!A8: "Committee" is set twice (first on row 3); keep one [model/duplicate-setting]',
    ]);
  });

  test('a bad financial year: 2025-26, 2025/27, a number, blank', async () => {
    const cases: [string | number | null, string][] = [
      ['2025-26', 'Settings!B6: the financial year must be written like 2025/26, got "2025-26" [model/bad-financial-year]'],
      ['2025/27', 'Settings!B6: the financial year "2025/27" is not a financial year: the second year must follow the first, as in 2025/26 [model/bad-financial-year]'],
      [2025, 'Settings!B6: the financial year must be written like 2025/26, got 2025 [model/bad-financial-year]'],
      [null, 'Settings!B6: the financial year is needed here, written like 2025/26 [model/missing-value]'],
    ];
    for (const [typed, message] of cases) {
      expect(await messagesFor((sheets) => setCell(sheets, 'Settings', 6, 'Value', typed))).toEqual([message]);
    }
  });

  test('a bad tolerance: 150%, words, a formula error', async () => {
    const cases: [Parameters<typeof setCell>[4], string][] = [
      ['150%', 'Settings!B7: the amber tolerance must be from 0% to under 100%, got "150%" [model/out-of-range]'],
      ['five percent', 'Settings!B7: the amber tolerance must be a percentage like 5%, got "five percent" [model/bad-number]'],
      [DIV_ZERO, 'Settings!B7: the amber tolerance shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]'],
    ];
    for (const [typed, message] of cases) {
      expect(await messagesFor((sheets) => setCell(sheets, 'Settings', 7, 'Value', typed))).toEqual([message]);
    }
  });

  test('bad colour settings', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Settings', { Setting: 'Primary colour', Value: 'blue' });
      addRow(sheets, 'Settings', { Setting: 'Green colour', Value: '#00A4' });
    });
    expect(messages).toEqual([
      'Settings!B8: the primary colour must be a hex colour like #005EB8, got "blue" [model/bad-colour]',
      'Settings!B9: the green colour must be a hex colour like #005EB8, got "#00A4" [model/bad-colour]',
    ]);
  });

  test('"Drafts from": an e-mail address, read when given, absent when not', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'Drafts from', Value: 'the performance team' }))).toEqual([
      'Settings!B8: "the performance team" is not an e-mail address like name@example.org [model/bad-email]',
    ]);
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'Drafts from', Value: 'performance.team@example.org\r\nBcc: someone@example.org' }))).toEqual([
      'Settings!B8: the e-mail address must be on one line; remove the line break (Alt+Enter in Excel) from "performance.team@example.org ↵ Bcc: someone@example.org" [model/line-break]',
    ]);
    const given = await loadWorkbook(await fixtureWorkbook((sheets) => addRow(sheets, 'Settings', { Setting: 'Drafts from', Value: 'performance.team@example.org' })));
    expect(given.workbook?.settings.draftsFrom).toBe('performance.team@example.org');
    const blank = await loadWorkbook(await fixtureWorkbook());
    expect(blank.workbook?.settings).not.toHaveProperty('draftsFrom');
  });

  test('a bad number of working days', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Settings', { Setting: 'Narrative due (working days before meeting)', Value: 'ten' }))).toEqual([
      'Settings!B8: the number of working days before the meeting must be a whole number, got "ten" [model/bad-number]',
    ]);
  });
});
