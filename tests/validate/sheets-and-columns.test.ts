import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack } from '../../src/pipeline.js';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';
import { dropColumn, messagesFor } from './messages.js';

const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;

describe('sheets and columns', () => {
  test('a missing sheet', async () => {
    expect(await messagesFor((sheets) => sheets.delete('Narrative'))).toEqual(['Narrative: the workbook has no Narrative sheet; add one (see the blank template) [read/missing-sheet]']);
  });

  test('a missing sheet that other sheets refer to is reported once, not at every reference', async () => {
    expect(await messagesFor((sheets) => sheets.delete('Areas'))).toEqual(['Areas: the workbook has no Areas sheet; add one (see the blank template) [read/missing-sheet]']);
  });

  test('a missing optional sheet is no problem', async () => {
    expect(await messagesFor((sheets) => sheets.delete('Papers'))).toEqual([]);
  });

  test('a missing required column is reported once, not on every row', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Values', 'Period'))).toEqual([
      'Values!1: the Values sheet has no "Period" column; add it to row 1 (see the blank template) [read/missing-column]',
    ]);
  });

  test('a missing Id column is not followed by an unknown-metric error on every Values row', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Metrics', 'Id'))).toEqual([
      'Metrics!1: the Metrics sheet has no "Id" column; add it to row 1 (see the blank template) [read/missing-column]',
    ]);
  });

  test('a missing column of the Settings sheet', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Settings', 'Value'))).toEqual([
      'Settings!1: the Settings sheet has no "Value" column; add it to row 1 (see the blank template) [read/missing-column]',
    ]);
  });

  test('a sheet with no header row', async () => {
    const messages = await messagesFor((sheets) => {
      const levels = sheetOf(sheets, 'Levels');
      levels.headers = ['', '', '', ''];
    });
    expect(messages).toEqual(['Levels!1: the Levels sheet has no column headings; row 1 must name its columns (Id, Name, Short name, Kind), as in the blank template [read/missing-column]']);
  });

  test('an unknown extra column is a warning only, and the pack still builds', async () => {
    const bytes = await fixtureWorkbook((sheets) => sheetOf(sheets, 'Values').headers.push('Notes'));
    const result = await buildPack({ workbook: bytes, workbookName: 'fixture.xlsx', month: JANUARY_2026 });
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'Values!H1: warning: the column "Notes" is not one the pack reads, so it is ignored [read/unknown-column]',
      'Narrative: warning: no narrative for Elective Care for January 2026 yet (awaited from Senior Performance Manager) [pack/narrative-missing]',
    ]);
    expect(result.ok).toBe(true);
    expect(result.files.length).toBeGreaterThan(0);
  });

  test('a duplicate column', async () => {
    expect(await messagesFor((sheets) => sheetOf(sheets, 'Values').headers.push('plan'))).toEqual([
      'Values!H1: the column "plan" appears twice, in columns E and H; delete one of them [read/duplicate-column]',
    ]);
  });

  test('an empty required sheet (header only)', async () => {
    expect(await messagesFor((sheets) => (sheetOf(sheets, 'Metrics').rows = []))).toEqual([
      'Metrics: the Metrics sheet has no rows below its header; the pack needs at least one [model/empty-sheet]',
    ]);
  });

  test('an empty Values sheet', async () => {
    expect(await messagesFor((sheets) => (sheetOf(sheets, 'Values').rows = []))).toEqual([
      'Values: the Values sheet has no rows below its header; the pack needs at least one [model/empty-sheet]',
    ]);
  });
});
