import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { formatPlace } from '../../src/diagnostics/place.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readZip, contentOf } from '../../src/render/zip/zip-archive.js';
import { readCells } from '../../src/xlsx/read-cells.js';
import type { WorkbookContent } from '../../src/xlsx/workbook-content.js';
import { LISTS_SHEET, writeWorkbook } from '../../src/xlsx/write-workbook.js';

/*
 * The writer makes SpreadsheetML itself. Its workbooks are read back by exceljs, an independent
 * reader, for what an officer sees in Excel (looks, frozen panes, drop-downs, protection, page
 * setup), and by packsmith's own reader for the values the pack reads.
 */

const CREATED = new Date(Date.UTC(2026, 1, 5));

const CONTENT: WorkbookContent = {
  creator: 'packsmith',
  created: CREATED,
  title: 'Narrative return: January 2026',
  sheets: [
    {
      name: 'About',
      rows: [['Narrative return'], [null], ['What this is', '  Two spaces either side  '], ['Contents', 'Sections']],
      widths: [22, 100],
      emphasis: new Map([
        [0, 'title'],
        [3, 'heading'],
      ]),
      fitToWidth: true,
    },
    {
      name: "Area's narrative",
      headers: ['Month', 'Area', 'Updates', 'Risks'],
      rows: [
        ['2026-01', 'UEC', 'First line\nSecond line', null],
        ['2026-01', 'MH', `Bell\u0007 and a literal _x0041_`, 'Short'],
      ],
      widths: [10, 10, 30, 30],
      wrap: true,
      minLines: 2,
      freezeColumns: 2,
      printTitles: true,
      protection: { editableColumns: [2, 3] },
    },
    {
      name: 'Values',
      headers: ['Metric', 'Actual', 'Duration', 'Date', 'Flag', 'Formula', 'Text result', 'Error', 'Unit'],
      rows: [
        [
          'AE4',
          { number: 0.789, numFmt: '0.0%' },
          { number: 0.0327546296296296, numFmt: '[h]:mm:ss' },
          { date: new Date(Date.UTC(2025, 11, 1)), numFmt: 'dd/mm/yyyy' },
          true,
          { formula: 'B2*2', result: 1.578 },
          { formula: 'A2&"x"', result: 'AE4x' },
          { formula: '1/0', result: { error: '#DIV/0!' } },
          'percent',
        ],
        ['RTT', 12_345, null, null, false, { formula: 'SUM(B2:B3)' }, null, null, 'count'],
      ],
      dropDowns: new Map([
        [8, ['percent', 'count', 'per 1,000']],
        [4, ['TRUE', 'FALSE']],
      ]),
      dropDownRows: 50,
    },
  ],
};

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no ${name} sheet`);
  return found;
}

describe('a workbook as written', () => {
  test('the same content gives the same bytes, every entry dated the workbook\'s date', async () => {
    const first = await writeWorkbook(CONTENT);
    expect(first.equals(await writeWorkbook(CONTENT))).toBe(true);
    const names = readZip(first).map((e) => e.name);
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
  });

  test('its properties, sheets and hidden drop-down lists', async () => {
    const workbook = await loaded(await writeWorkbook(CONTENT));
    expect({ title: workbook.title, creator: workbook.creator, lastModifiedBy: workbook.lastModifiedBy, created: workbook.created.toISOString() }).toEqual({ title: 'Narrative return: January 2026', creator: 'packsmith', lastModifiedBy: 'packsmith', created: CREATED.toISOString() });
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['About', 'visible'],
      ["Area's narrative", 'visible'],
      ['Values', 'visible'],
      [LISTS_SHEET, 'hidden'],
    ]);
    const lists = sheet(workbook, LISTS_SHEET);
    expect([1, 2, 3].map((row) => [lists.getCell(row, 1).value, lists.getCell(row, 2).value])).toEqual([
      ['percent', 'TRUE'],
      ['count', 'FALSE'],
      ['per 1,000', null],
    ]);
    const values = sheet(workbook, 'Values');
    expect(values.getCell('I2').dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: [`${LISTS_SHEET}!$A$1:$A$3`], showErrorMessage: true, errorStyle: 'warning', error: 'Pick one of: percent; count; per 1,000' });
    expect(values.getCell('E51').dataValidation).toMatchObject({ formulae: [`${LISTS_SHEET}!$B$1:$B$2`] });
    expect(values.getCell('E52').dataValidation).toBeUndefined();
  });

  test('titles and headings large and bold, headers bold, text wrapped in rows tall enough for it', async () => {
    const workbook = await loaded(await writeWorkbook(CONTENT));
    const about = sheet(workbook, 'About');
    expect([about.getCell('A1').font?.size, about.getCell('A1').font?.bold, about.getRow(1).height]).toEqual([16, true, 24]);
    expect([about.getCell('A4').font?.size, about.getCell('A4').font?.bold, about.getRow(4).height]).toEqual([13, true, 20]);
    expect(about.getCell('B3').value).toBe('  Two spaces either side  ');
    expect([about.getColumn(1).width, about.getColumn(2).width]).toEqual([22, 100]);
    expect([about.pageSetup.fitToPage, about.pageSetup.fitToWidth, about.pageSetup.fitToHeight, about.pageSetup.orientation, about.pageSetup.paperSize]).toEqual([true, 1, 0, 'landscape', 9]);
    const narrative = sheet(workbook, "Area's narrative");
    expect([narrative.getCell('C1').font?.bold, narrative.getCell('C1').alignment]).toEqual([true, { vertical: 'top', wrapText: true }]);
    // two lines at least (minLines), and as many as the longest cell takes at its column's width
    expect([narrative.getRow(2).height, narrative.getRow(3).height]).toEqual([30, 30]);
    expect(narrative.getCell('C2').alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(narrative.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    // every sheet on A4 with Excel's normal margins: a page setup without a size would print on US Letter
    const values = sheet(workbook, 'Values');
    expect([values.pageSetup.paperSize, values.pageSetup.orientation, values.pageSetup.margins]).toEqual([9, 'portrait', { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }]);
    expect([narrative.pageSetup.printTitlesRow, narrative.pageSetup.printTitlesColumn, narrative.pageSetup.orientation]).toEqual(['1:1', 'A:B', 'landscape']);
  });

  test('protected but for the editable cells of the data rows', async () => {
    const narrative = sheet(await loaded(await writeWorkbook(CONTENT)), "Area's narrative");
    // exceljs reads the formatting options as what the protection allows
    // exceljs keeps the protection on the sheet, though its type declarations omit it
    expect(Reflect.get(narrative, 'sheetProtection')).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(['A2', 'B2', 'C1', 'D1', 'C2', 'D2', 'C3', 'D3'].map((ref) => narrative.getCell(ref).protection?.locked ?? true)).toEqual([true, true, true, true, false, false, false, false]);
  });

  test('figures, dates, formulas and text read back as written, by exceljs and by the pack\'s reader', async () => {
    const bytes = await writeWorkbook(CONTENT);
    const values = sheet(await loaded(bytes), 'Values');
    expect(['B2', 'D2'].map((ref) => [values.getCell(ref).value, values.getCell(ref).numFmt])).toEqual([
      [0.789, '0.0%'],
      [new Date(Date.UTC(2025, 11, 1)), 'dd/mm/yyyy'],
    ]);
    expect(values.getCell('C2').numFmt).toBe('[h]:mm:ss');
    expect(['E2', 'F2', 'G2', 'H2', 'B3', 'E3', 'F3'].map((ref) => values.getCell(ref).value)).toEqual([true, { formula: 'B2*2', result: 1.578 }, { formula: 'A2&"x"', result: 'AE4x' }, { formula: '1/0', result: { error: '#DIV/0!' } }, 12345, false, { formula: 'SUM(B2:B3)' }]);

    const diagnostics = new Diagnostics();
    const cells = new Map<string, unknown>();
    for (const read of (await readCells(bytes, diagnostics)) ?? []) for (const row of read.rows) for (const cell of row.cells.values()) cells.set(formatPlace(cell.place), cell.value);
    expect(diagnostics.list()).toEqual([]);
    expect(cells.get("'Area''s narrative'!C2")).toEqual({ kind: 'text', text: 'First line\nSecond line' });
    // a control character stored escaped, and a literal escape kept literal (ECMA-376 ST_Xstring)
    expect(cells.get("'Area''s narrative'!C3")).toEqual({ kind: 'text', text: 'Bell\u0007 and a literal _x0041_' });
    expect(cells.get('Values!C2')).toMatchObject({ kind: 'date', format: '[h]:mm:ss', date: new Date(Date.UTC(1899, 11, 30, 0, 47, 10)) });
    expect(cells.get('Values!D2')).toEqual({ kind: 'date', date: new Date(Date.UTC(2025, 11, 1)), format: 'dd/mm/yyyy', serial: 45_992 });
  });

  test('a number Excel cannot hold is written as its #NUM! error, not as text that would break the file', async () => {
    const bytes = await writeWorkbook({ creator: 'packsmith', created: CREATED, sheets: [{ name: 'Values', rows: [[Number.NaN, Number.POSITIVE_INFINITY, 1]] }] });
    const xml = new TextDecoder().decode(contentOf(readZip(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml') ?? readZip(bytes)[0]!));
    expect(xml).toContain('<c r="A1" t="e"><v>#NUM!</v></c><c r="B1" t="e"><v>#NUM!</v></c><c r="C1"><v>1</v></c>');
    expect(sheet(await loaded(bytes), 'Values').getCell('A1').value).toEqual({ error: '#NUM!' });
  });
});
