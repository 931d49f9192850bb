import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { sheetSpec } from '../../src/format/workbook-format.js';
import type { PackWorkbook } from '../../src/model/pack-workbook.js';
import { buildReturnWorkbook, returnWorkbookName } from '../../src/returns/build-return-workbook.js';
import { readReturn } from '../../src/returns/read-return.js';
import { JANUARY, mainWorkbook, modelOf, openWorkbook, sheetNamed } from './support.js';

function rowsOf(sheet: ReturnType<typeof sheetNamed>): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((Array.isArray(row.values) ? row.values : []).slice(1)));
  return rows;
}

/** Column A label -> column B text of the About sheet. */
function aboutOf(sheet: ReturnType<typeof sheetNamed>): Map<string, string> {
  const facts = new Map<string, string>();
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') facts.set(label, String(row.getCell(2).value ?? ''));
  });
  return facts;
}

describe('buildReturnWorkbook', () => {
  let workbook: PackWorkbook;
  let uc: Uint8Array;
  beforeAll(async () => {
    workbook = await modelOf(await mainWorkbook());
    uc = await buildReturnWorkbook(workbook, JANUARY, 'UC', { deadline: '2026-01-22' });
  });

  it('has an About sheet and a Narrative sheet with the main workbook\'s Narrative headers', async () => {
    const opened = await openWorkbook(uc);
    expect(opened.worksheets.map((s) => s.name)).toEqual(['About', 'Narrative']);
    expect(rowsOf(sheetNamed(opened, 'Narrative'))[0]).toEqual(sheetSpec('Narrative').columns.map((c) => c.header));
  });

  it('has a row for each of the author\'s areas only, in pack order, pre-filled from this month, else blank', async () => {
    const rows = rowsOf(sheetNamed(await openWorkbook(uc), 'Narrative')).slice(1);
    // UC writes Urgent Care (January's narrative given) and Cancer (none, no December either).
    expect(rows).toEqual([['2026-01', 'UEC', 'First update\nSecond update'], ['2026-01', 'CANC']]);
  });

  it('pre-fills from the previous month where the month has no narrative yet', async () => {
    const rows = rowsOf(sheetNamed(await openWorkbook(await buildReturnWorkbook(workbook, JANUARY, 'PERF')), 'Narrative')).slice(1);
    expect(rows).toEqual([['2026-01', 'ELEC', 'December waits fell\nA second December update', 'Theatre staffing']]);
  });

  it('says what it is, how to return it and by when, and gives the facts the merge reads', async () => {
    const about = aboutOf(sheetNamed(await openWorkbook(uc), 'About'));
    expect(about.get('Narrative return: January 2026')).toBe('');
    expect(about.get('What this is')).toBe(
      'The narrative for your areas in the January 2026 performance pack of the Quality and Performance Committee (meeting on 5 February 2026). The pack\'s cover report and slides print it as you write it here.',
    );
    expect(about.get('Your areas')).toBe('Urgent Care (UEC): the narrative given so far for January 2026, to check and complete\nCancer (CANC): blank, to write');
    expect(about.get('One bullet a line')).toContain('press Alt+Enter (Windows) or Option+Enter (Mac)');
    expect(about.get('Return by')).toBe('Thursday 22 January 2026');
    expect(about.get('How to return it')).toContain('send it back in reply to the e-mail it came with');
    expect([about.get('Committee'), about.get('Reporting month'), about.get('Author Id'), about.get('Author'), about.get('Areas')]).toEqual([
      'Quality and Performance Committee',
      '2026-01',
      'UC',
      'Head of Urgent Care',
      'UEC, CANC',
    ]);
    expect(about.get('Do not edit')).toMatch(/^Cells B\d+ to B\d+ tell the performance team/);
  });

  it('names the cells not to edit where the facts are', async () => {
    const sheet = sheetNamed(await openWorkbook(uc), 'About');
    const note = aboutOf(sheet).get('Do not edit') ?? '';
    const [, first, last] = /Cells B(\d+) to B(\d+)/.exec(note) ?? [];
    expect([sheet.getCell(`A${first}`).value, sheet.getCell(`A${last}`).value]).toEqual(['Committee', 'Author Id']);
  });

  it('leaves out the deadline when none is given, and says where the text was taken from', async () => {
    const about = aboutOf(sheetNamed(await openWorkbook(await buildReturnWorkbook(workbook, JANUARY, 'PERF')), 'About'));
    expect(about.has('Return by')).toBe(false);
    expect(about.get('Your areas')).toBe('Elective Care (ELEC): December 2025\'s narrative, to update for January 2026');
  });

  it('protects both sheets without a password, leaving only the section cells editable; keeps Month and Area in view and on every printed page', async () => {
    const zip = await JSZip.loadAsync(uc);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      // formatColumns="0" and formatRows="0": resizing is not among the protected actions.
      expect(/<sheetProtection [^>]*>/.exec((await zip.file(part)?.async('string')) ?? '')?.[0], part).toBe('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
    }
    const opened = await openWorkbook(uc);
    const narrative = sheetNamed(opened, 'Narrative');
    const locked = (address: string) => narrative.getCell(address).protection?.locked !== false;
    expect(['A1', 'C1', 'A2', 'B2', 'A3', 'B3'].map(locked)).toEqual([true, true, true, true, true, true]);
    expect(['C2', 'I2', 'C3', 'I3'].map(locked)).toEqual([false, false, false, false]);
    expect(narrative.getCell('C2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(narrative.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(narrative.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1', printTitlesColumn: 'A:B' });
    expect(narrative.getColumn(3).width).toBe(50);
  });

  it('reads back through the merge\'s reader as it was written', async () => {
    const diagnostics = new Diagnostics();
    const read = await readReturn(uc, diagnostics);
    expect(diagnostics.list().map((d) => formatDiagnostic(d))).toEqual([]);
    expect(read?.facts).toEqual({
      committee: { value: 'Quality and Performance Committee', place: expect.objectContaining({ sheet: 'About', column: 2 }) as unknown },
      month: { value: JANUARY, place: expect.objectContaining({ sheet: 'About', column: 2 }) as unknown },
      authorId: { value: 'UC', place: expect.objectContaining({ sheet: 'About', column: 2 }) as unknown },
    });
    expect(read?.areas.map((a) => [a.areaId, a.sections.updates, a.areaPlace])).toEqual([
      ['UEC', ['First update', 'Second update'], { sheet: 'Narrative', row: 2, column: 2 }],
      ['CANC', [], { sheet: 'Narrative', row: 3, column: 2 }],
    ]);
  });

  it('gives the same bytes for the same workbook, month and author', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the zip format's 2-second clock
    const again = await buildReturnWorkbook(workbook, JANUARY, 'UC', { deadline: '2026-01-22' });
    expect(Buffer.from(again).equals(Buffer.from(uc))).toBe(true);
  });

  it('refuses an author the workbook does not have, or one with no areas', async () => {
    await expect(buildReturnWorkbook(workbook, JANUARY, 'NOBODY')).rejects.toThrow('no author has the Id "NOBODY"; the workbook\'s authors are UC, PERF');
    const withIdleAuthor = await modelOf(await mainWorkbook((sheets) => sheets.get('Authors')?.rows.push({ Id: 'IDLE', Name: 'Analyst', Role: 'Analyst', Email: 'analyst@example.org' })));
    await expect(buildReturnWorkbook(withIdleAuthor, JANUARY, 'IDLE')).rejects.toThrow('the author "IDLE" writes no area\'s narrative');
  });

  it('is named for the month and the author', () => {
    expect(returnWorkbookName(JANUARY, 'UECLEAD')).toBe('narrative-return-2026-01-ueclead.xlsx');
  });
});
