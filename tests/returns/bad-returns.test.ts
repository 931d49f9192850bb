import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MonthPeriod } from '../../src/model/pack-workbook.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { mergeReturns } from '../../src/returns/merge-returns.js';
import { dropColumn } from '../validate/messages.js';
import { editReturn, JANUARY, mainWorkbook, modelOf, printed, setCell, sheetNamed } from './support.js';

/*
 * Each bad return and the exact messages the merge gives for it, as the command prints them. In
 * the Urgent Care author's return (uc.xlsx) About!B11:B13 hold the committee, month and author,
 * and Narrative rows 2 and 3 are Urgent Care and Cancer (blank as sent).
 */
const DECEMBER: MonthPeriod = { kind: 'month', year: 2025, month: 12 };

let main: Buffer;
let ucSent: Uint8Array;

beforeAll(async () => {
  main = await mainWorkbook();
  ucSent = await buildReturnWorkbook(await modelOf(main), JANUARY, 'UC');
});

async function messagesFor(returns: Record<string, Uint8Array>, workbook: Uint8Array = main): Promise<{ ok: boolean; lines: string[]; merged: boolean }> {
  const result = await mergeReturns({ workbook, workbookName: 'main.xlsx', month: JANUARY, returns: Object.entries(returns).map(([name, bytes]) => ({ name, bytes })) });
  return { ok: result.ok, lines: printed(result.messages), merged: result.merged !== undefined };
}

/** The UC return with one change made, as its author might have made it. */
async function uc(change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  return editReturn(ucSent, change);
}

const CANCER_BLANK = 'uc.xlsx: Narrative!B3: warning: the row for Cancer (CANC) is blank in every section, so it is left out and the workbook keeps what it has for the area [return/blank-row]';

describe('a bad return stops the merge, with every problem placed at its cell', () => {
  it('a return for another month', async () => {
    const december = await buildReturnWorkbook(await modelOf(main), DECEMBER, 'UC');
    expect(await messagesFor({ 'uc.xlsx': december })).toEqual({
      ok: false,
      merged: false,
      lines: [
        'uc.xlsx: About!B12: this return is for December 2025, but the merge is for January 2026 (--month 2026-01); merge it with --month 2025-12, or ask its author for January 2026\'s return [return/wrong-month]',
      ],
    });
  });

  it('a return for another committee', async () => {
    const other = await uc((wb) => setCell(wb, 'About', 'B11', 'Finance Committee'));
    expect((await messagesFor({ 'uc.xlsx': other })).lines).toEqual([
      'uc.xlsx: About!B11: this return is for the "Finance Committee", but the workbook is the "Quality and Performance Committee"\'s; merge it into that committee\'s workbook [return/wrong-committee]',
      CANCER_BLANK,
    ]);
  });

  it('a row for another author\'s area', async () => {
    const other = await uc((wb) => {
      setCell(wb, 'Narrative', 'B3', 'ELEC');
      setCell(wb, 'Narrative', 'C3', 'Elective text');
    });
    expect((await messagesFor({ 'uc.xlsx': other })).lines).toEqual([
      'uc.xlsx: Narrative: warning: there is no row for Cancer (CANC), one of this author\'s areas, so the workbook keeps what it has for it [return/area-not-returned]',
      'uc.xlsx: Narrative!B3: Elective Care (ELEC) is written by the Senior Performance Manager (Performance Lead), PERF, not by this return\'s author, UC; its narrative comes in its own author\'s return, so delete this row [return/other-authors-area]',
    ]);
  });

  it('an area in two returns: each place names the other', async () => {
    const second = await uc((wb) => setCell(wb, 'Narrative', 'C2', 'A later version'));
    // Returns are taken in order of file name: "uc-v2.xlsx" sorts before "uc.xlsx".
    expect((await messagesFor({ 'uc.xlsx': ucSent, 'uc-v2.xlsx': second })).lines).toEqual([
      'uc-v2.xlsx: Narrative!B2: Urgent Care (UEC) is also in uc.xlsx (Narrative!B2); an area\'s narrative may come in one return only, so keep it in one [return/area-in-two-returns]',
      CANCER_BLANK.replace('uc.xlsx', 'uc-v2.xlsx'),
      'uc.xlsx: Narrative!B2: Urgent Care (UEC) is also in uc-v2.xlsx (Narrative!B2); an area\'s narrative may come in one return only, so keep it in one [return/area-in-two-returns]',
      CANCER_BLANK,
    ]);
  });

  it('an area twice in one return, an unknown area, and a row for another month', async () => {
    const bad = await uc((wb) => {
      setCell(wb, 'Narrative', 'B3', 'UEC');
      setCell(wb, 'Narrative', 'A4', '2026-01');
      setCell(wb, 'Narrative', 'B4', 'NOPE');
      setCell(wb, 'Narrative', 'A5', '2025-12');
      setCell(wb, 'Narrative', 'B5', 'CANC');
      setCell(wb, 'Narrative', 'C5', 'December text');
    });
    expect((await messagesFor({ 'uc.xlsx': bad })).lines).toEqual([
      'uc.xlsx: Narrative!B3: Urgent Care (UEC) has two rows, 2 and 3; keep one [return/duplicate-area]',
      'uc.xlsx: Narrative!B4: no area has the Id "NOPE" in the workbook\'s Areas sheet (UEC, ELEC, CANC) [return/unknown-area]',
      'uc.xlsx: Narrative!A5: this row is for December 2025, but the return is for January 2026; a return holds one month\'s narrative, so put back 2026-01 [return/row-month]',
    ]);
  });

  it('a renamed column, a missing column and an added column', async () => {
    const renamed = await uc((wb) => setCell(wb, 'Narrative', 'E1', 'Risk'));
    const missing = await uc((wb) => sheetNamed(wb, 'Narrative').spliceColumns(4, 1));
    const added = await uc((wb) => setCell(wb, 'Narrative', 'J1', 'Notes'));
    expect((await messagesFor({ 'uc.xlsx': renamed })).lines).toEqual([
      'uc.xlsx: Narrative!E1: the heading "Risk" should read "Risks", as the return was sent; put the heading back [return/renamed-column]',
      CANCER_BLANK,
    ]);
    expect((await messagesFor({ 'uc.xlsx': missing })).lines).toEqual([
      'uc.xlsx: Narrative!1: the "Current issues" column is missing; the return must keep every column it was sent with, so put it back (or ask for a fresh return workbook) [return/missing-column]',
      CANCER_BLANK,
    ]);
    expect((await messagesFor({ 'uc.xlsx': added })).lines).toEqual([
      'uc.xlsx: Narrative!J1: the column "Notes" is not one of the return\'s columns and would not be merged; move its text into a section\'s column and delete it [return/extra-column]',
      CANCER_BLANK,
    ]);
  });

  it('a damaged About sheet: a label changed, a fact cleared, or the sheet gone', async () => {
    const label = await uc((wb) => setCell(wb, 'About', 'A13', 'Author'));
    const cleared = await uc((wb) => setCell(wb, 'About', 'B12', null));
    const gone = await uc((wb) => wb.removeWorksheet(sheetNamed(wb, 'About').id));
    expect((await messagesFor({ 'uc.xlsx': label })).lines).toEqual([
      'uc.xlsx: About: the "Author Id" line is missing: column A should say "Author Id" and column B give its value, as the return was sent; the sheet has been changed, so ask for the workbook as it was sent [return/missing-fact]',
      CANCER_BLANK,
    ]);
    expect((await messagesFor({ 'uc.xlsx': cleared })).lines).toEqual(['uc.xlsx: About!B12: the reporting month is needed here, like 2026-01 [model/missing-value]', CANCER_BLANK]);
    expect((await messagesFor({ 'uc.xlsx': gone })).lines).toEqual([
      'uc.xlsx: About: the return has no About sheet (it says whose return this is and for which month); it has "Narrative". Ask the author to send back the workbook they were sent, or send them a fresh one [return/missing-sheet]',
      CANCER_BLANK,
    ]);
  });

  it('narrative text the workbook\'s reader would refuse', async () => {
    const bad = await uc((wb) => setCell(wb, 'Narrative', 'C2', { formula: 'A1/0', result: { error: '#DIV/0!' }, date1904: false }));
    expect((await messagesFor({ 'uc.xlsx': bad })).lines).toEqual([
      'uc.xlsx: Narrative!C2: the narrative shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
      CANCER_BLANK,
    ]);
  });

  it('a file that is not a workbook, and an empty one', async () => {
    expect((await messagesFor({ 'notes.xlsx': Buffer.from('Dear performance team, here is my narrative.'), 'empty.xlsx': new Uint8Array() })).lines).toEqual([
      'empty.xlsx: the file is empty (0 bytes); it may not have finished saving or copying [read/empty-file]',
      'notes.xlsx: this is not an Excel workbook (.xlsx); save the workbook from Excel as an Excel Workbook (.xlsx) [read/not-xlsx]',
    ]);
  });

  it('text for a section the workbook has no column for', async () => {
    const noOutcome = await mainWorkbook((sheets) => dropColumn(sheets, 'Narrative', 'Patient outcome'));
    const bad = await editReturn(await buildReturnWorkbook(await modelOf(noOutcome), JANUARY, 'UC'), (wb) => setCell(wb, 'Narrative', 'I2', 'Fewer falls'));
    expect((await messagesFor({ 'uc.xlsx': bad }, noOutcome)).lines).toEqual([
      'uc.xlsx: Narrative!I2: the workbook\'s Narrative sheet has no "Patient outcome" column to put this text in; add the column to the workbook (see the blank template), then merge again [return/no-column-in-workbook]',
      CANCER_BLANK,
    ]);
  });

  it('lists every problem of every return at once, and merges none when any return has an error', async () => {
    const good = await uc((wb) => setCell(wb, 'Narrative', 'C3', 'Cancer text'));
    const perf = await buildReturnWorkbook(await modelOf(main), JANUARY, 'PERF');
    const badPerf = await editReturn(perf, (wb) => {
      setCell(wb, 'About', 'B11', 'Finance Committee');
      setCell(wb, 'Narrative', 'E1', 'Risk');
    });
    const result = await messagesFor({ 'uc.xlsx': good, 'perf.xlsx': badPerf, 'empty.xlsx': new Uint8Array() });
    expect(result.ok).toBe(false);
    expect(result.merged).toBe(false);
    expect(result.lines.map((l) => l.replace(/: .*\[/, ': ['))).toEqual(['empty.xlsx: [read/empty-file]', 'perf.xlsx: [return/wrong-committee]', 'perf.xlsx: [return/renamed-column]', 'perf.xlsx: [return/same-as-previous-month]']);
  });

  it('a workbook with problems of its own: those are listed, and nothing is merged', async () => {
    const broken = await mainWorkbook((sheets) => {
      const areas = sheets.get('Areas');
      if (areas?.rows[0] !== undefined) areas.rows[0]['Author'] = 'NOBODY';
    });
    const result = await messagesFor({ 'uc.xlsx': ucSent }, broken);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(['main.xlsx: Areas!C2: no author has the Id "NOBODY"; use an Id from the Authors sheet (UC, PERF) [model/unknown-author]']);
  });
});
