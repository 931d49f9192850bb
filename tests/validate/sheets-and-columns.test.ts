import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack } from '../../src/pipeline.js';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';
import { dropColumn, messagesFor, renameColumn } from './messages.js';

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
      'Values!1: the Values sheet has no "Period" column; add it to row 1 (the Values sheet\'s columns are Metric, Level, Period, Actual, Plan, Manual rating and Rating reason) [read/missing-column]',
    ]);
  });

  test('a missing Id column is not followed by an unknown-metric error on every Values row', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Metrics', 'Id'))).toEqual([
      'Metrics!1: the Metrics sheet has no "Id" column; add it to row 1 (the Metrics sheet\'s columns are Id, Area, Priority, Label, Unit, Decimals, Direction, Rating rule, Rated by, Amber tolerance, Year-end plan, Frequency, Measure type, On summary, Suppress below, Allow over 100%, SPC baseline, SPC rebase and Note) [read/missing-column]',
    ]);
  });

  test('a missing column of the Settings sheet', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Settings', 'Value'))).toEqual([
      'Settings!1: the Settings sheet has no "Value" column; add it to row 1 (the Settings sheet\'s columns are Setting and Value) [read/missing-column]',
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

  test('the heading "Actuals" for "Actual" is an error at the heading, naming the column and the sheet\'s columns, not a pack of unrated metrics', async () => {
    const bytes = await fixtureWorkbook((sheets) => renameColumn(sheets, 'Values', 'Actual', 'Actuals'));
    const result = await buildPack({ workbook: bytes, workbookName: 'fixture.xlsx', month: JANUARY_2026 });
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'Values!D1: the column "Actuals" is not one the pack reads, and the sheet has no "Actual" column: if this is it, name it "Actual" (the Values sheet\'s columns are Metric, Level, Period, Actual, Plan, Manual rating and Rating reason) [read/misspelt-column]',
    ]);
    expect([result.ok, result.files.length]).toEqual([false, 0]);
  });

  test('no Actual column at all is an error, though its cells may be blank', async () => {
    expect(await messagesFor((sheets) => dropColumn(sheets, 'Values', 'Actual'))).toEqual([
      'Values!1: the Values sheet has no "Actual" column; add it to row 1 (the Values sheet\'s columns are Metric, Level, Period, Actual, Plan, Manual rating and Rating reason) [read/missing-column]',
    ]);
  });

  test('a missing column names the headings row 1 has that the pack does not read, once', async () => {
    expect(await messagesFor((sheets) => renameColumn(sheets, 'Values', 'Plan', 'Trajectory'))).toEqual([
      'Values!1: the Values sheet has no "Plan" column; add it to row 1 (the Values sheet\'s columns are Metric, Level, Period, Actual, Plan, Manual rating and Rating reason); row 1 has "Trajectory", which the pack does not read: if one of them is this column, name it "Plan" [read/missing-column]',
    ]);
  });

  test('every slip on every sheet is reported at once, optional columns too: their cells would be ignored', async () => {
    const messages = await messagesFor((sheets) => {
      renameColumn(sheets, 'Meetings', 'Agenda item', 'Agenda items');
      renameColumn(sheets, 'Narrative', 'Risks', 'Risk');
      renameColumn(sheets, 'Finance', 'YTD actual', 'YTD actual £m');
    });
    expect(messages).toEqual([
      'Meetings!C1: the column "Agenda items" is not one the pack reads, and the sheet has no "Agenda item" column: if this is it, name it "Agenda item" (the Meetings sheet\'s columns are Month, Meeting date and Agenda item) [read/misspelt-column]',
      'Narrative!E1: the column "Risk" is not one the pack reads, and the sheet has no "Risks" column: if this is it, name it "Risks" (the Narrative sheet\'s columns are Month, Area, Updates since previous month, Current issues, Risks, Dependencies, Future actions & mitigations, Good news and Patient outcome) [read/misspelt-column]',
      'Finance!G1: the column "YTD actual £m" is not one the pack reads, and the sheet has no "YTD actual" column: if this is it, name it "YTD actual" (the Finance sheet\'s columns are Month, As at, KPI, Unit, Direction, YTD target, YTD actual, YTD rating, Full-year target, Forecast outturn, Full-year rating and Decimals) [read/misspelt-column]',
    ]);
  });

  test('headings are read without regard to capitals, spaces or punctuation', async () => {
    expect(
      await messagesFor((sheets) => {
        renameColumn(sheets, 'Finance', 'Full-year target', 'full year target');
        renameColumn(sheets, 'Narrative', 'Future actions & mitigations', 'Future actions and mitigations');
        renameColumn(sheets, 'Values', 'Manual rating', 'Manual  Rating');
      }),
    ).toEqual([]);
  });

  test('a sheet named with a slip is an error at that sheet, optional sheets too', async () => {
    const messages = await messagesFor((sheets) => {
      const rename = (from: string, to: string): void => {
        const sheet = sheetOf(sheets, from);
        sheets.delete(from);
        sheets.set(to, sheet);
      };
      rename('Narrative', 'Narratives');
      rename('Contacts', 'Contact');
    });
    expect(messages).toEqual([
      'Contact: the sheet "Contact" is not one the pack reads, and the workbook has no Contacts sheet: if this is it, name it "Contacts" (the pack\'s sheets are Settings, Meetings, Levels, Authors, Areas, Metrics, Values, Narrative, 3As, Finance, Contacts and Papers) [read/misspelt-sheet]',
      'Narratives: the sheet "Narratives" is not one the pack reads, and the workbook has no Narrative sheet: if this is it, name it "Narrative" (the pack\'s sheets are Settings, Meetings, Levels, Authors, Areas, Metrics, Values, Narrative, 3As, Finance, Contacts and Papers) [read/misspelt-sheet]',
    ]);
  });
});
