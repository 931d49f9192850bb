import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatPlace } from '../../src/diagnostics/place.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readCells, type CellSheet } from '../../src/xlsx/read-cells.js';
import type { RawValue } from '../../src/xlsx/raw-workbook.js';
import { NO_SAVED_RESULT } from '../../src/xlsx/sheet-cells.js';
import { storedZip } from '../validate/stored-zip.js';

/*
 * The reader scans each sheet's XML itself (ECMA-376 Part 1, 18.3.1). These packages are written
 * by hand, each with the constructs a program other than Excel may write, and the cells are
 * checked one by one: what each holds, and where.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Styles: 1 = 0.0%, 2 = a custom date format written with a backslash, 3 = [h]:mm:ss (built-in 46), 4 = a built-in date (14). */
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="mmm\\-yy"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="46"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

interface PackageSheet {
  readonly name: string;
  /** The worksheet's XML inside `<sheetData>`, and what follows it. */
  readonly data: string;
  readonly after?: string;
  /** Where the workbook's relationships point for it (default: worksheets/sheetN.xml). */
  readonly target?: string;
}

function workbookPackage(sheets: readonly PackageSheet[], options: { strings?: readonly string[]; date1904?: string } = {}): Buffer {
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.date1904 === undefined ? '' : `<workbookPr date1904="${options.date1904}"/>`}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE_RELS}">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}">${(options.strings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
  };
  sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    parts[target.startsWith('/') ? target.slice(1) : `xl/${target}`] = `<worksheet xmlns="${MAIN}"><sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  return storedZip(parts);
}

async function read(bytes: Uint8Array): Promise<CellSheet[]> {
  const diagnostics = new Diagnostics();
  const sheets = await readCells(bytes, diagnostics);
  expect(diagnostics.list().map((d) => formatDiagnostic(d))).toEqual([]);
  return sheets ?? [];
}

/** Each cell that holds something, by its place: `{ 'Values!B2': { kind: 'text', text: 'ICB' } }`. */
async function cellsOf(bytes: Uint8Array): Promise<Record<string, RawValue>> {
  const cells: Record<string, RawValue> = {};
  for (const sheet of await read(bytes)) {
    for (const row of sheet.rows) for (const cell of row.cells.values()) cells[formatPlace(cell.place)] = cell.value;
  }
  return cells;
}

const sheet = (data: string, after?: string): PackageSheet => ({ name: 'Values', data, ...(after === undefined ? {} : { after }) });

describe('the cells a sheet holds', () => {
  test('numbers, booleans, shared and inline strings, rich text, escapes and line ends', async () => {
    const strings = ['<t>ICB</t>', '<r><t>Urgent </t></r><r><rPr><b/></rPr><t>Care</t></r>', '<t>Line one_x000a_line two</t><rPh sb="0" eb="1"><t>ignored</t></rPh>', '<t xml:space="preserve">  </t>'];
    const data =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>42</v></c><c r="B2" s="1"><v>0.573</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="inlineStr"><is><t>A &amp; B\r\nC_x0009_D&#13;</t></is></c><c r="E2" t="str"><v>Text</v></c></row>';
    expect(await cellsOf(workbookPackage([sheet(data)], { strings }))).toEqual({
      'Values!A1': { kind: 'text', text: 'ICB' },
      'Values!B1': { kind: 'text', text: 'Urgent Care' },
      'Values!C1': { kind: 'text', text: 'Line one\nline two' },
      // D1 holds only spaces: nothing
      'Values!A2': { kind: 'number', value: 42 },
      'Values!B2': { kind: 'number', value: 0.573, format: '0.0%' },
      'Values!C2': { kind: 'boolean', value: true },
      'Values!D2': { kind: 'text', text: 'A & B\nC\tD\r' },
      'Values!E2': { kind: 'text', text: 'Text' },
    });
  });

  test('dates and durations: a number in a date or time format, in both date systems', async () => {
    const data = '<row r="2"><c r="A2" s="2"><v>45292</v></c><c r="B2" s="3"><v>0.0327546296296296</v></c><c r="C2" s="4"><v>45658</v></c></row>';
    const in1900 = await cellsOf(workbookPackage([sheet(data)]));
    expect(in1900['Values!A2']).toEqual({ kind: 'date', date: new Date('2024-01-01T00:00:00Z'), serial: 45292, format: 'mmm-yy' });
    expect(in1900['Values!B2']).toMatchObject({ kind: 'date', date: new Date('1899-12-30T00:47:10Z'), format: '[h]:mm:ss' });
    expect(in1900['Values!C2']).toEqual({ kind: 'date', date: new Date('2025-01-01T00:00:00Z'), serial: 45658, format: 'mm-dd-yy' });
    const in1904 = await cellsOf(workbookPackage([sheet(data)], { date1904: 'true' }));
    expect(in1904['Values!A2']).toEqual({ kind: 'date', date: new Date('2028-01-02T00:00:00Z'), serial: 45292, format: 'mmm-yy' });
    expect((in1904['Values!B2'] as { serial: number }).serial).toBeCloseTo(0.0327546296296296, 9);
  });

  test('formulas: the saved result, a shared formula, an error (also in a date format), and none saved', async () => {
    const data =
      '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>4</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" s="3" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3"><f>A2+1</f></c><c r="E3" t="e"><v>#REF!</v></c></row>';
    expect(await cellsOf(workbookPackage([sheet(data)]))).toEqual({
      'Values!A2': { kind: 'number', value: 2 },
      'Values!B2': { kind: 'number', value: 4 },
      'Values!C2': { kind: 'error', error: '#DIV/0!' },
      'Values!D2': { kind: 'error', error: '#N/A' },
      'Values!B3': { kind: 'number', value: 6 },
      'Values!C3': { kind: 'text', text: 'ab' },
      'Values!D3': { kind: 'error', error: NO_SAVED_RESULT },
      'Values!E3': { kind: 'error', error: '#REF!' },
    });
  });

  test('a merged range shows its first cell in every cell, each in its own format', async () => {
    const data = '<row r="1"><c r="A1" t="inlineStr"><is><t>Area</t></is></c></row><row r="3"><c r="A3" s="1"><v>0.5</v></c><c r="B3"/></row><row r="4"><c r="B4" s="1"/></row>';
    const merges = '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:B4"/></mergeCells>';
    expect(await cellsOf(workbookPackage([sheet(data, merges)]))).toEqual({
      'Values!A1': { kind: 'text', text: 'Area' },
      'Values!B1': { kind: 'text', text: 'Area' },
      'Values!C1': { kind: 'text', text: 'Area' },
      'Values!A3': { kind: 'number', value: 0.5, format: '0.0%' },
      'Values!B3': { kind: 'number', value: 0.5 },
      'Values!A4': { kind: 'number', value: 0.5 },
      'Values!B4': { kind: 'number', value: 0.5, format: '0.0%' },
    });
  });

  test('cells and rows without their reference, out of order or given twice, and prefixed elements', async () => {
    const data =
      '<row r="5"><c r="B5" t="inlineStr"><is><t>later</t></is></c><c r="A5" t="inlineStr"><is><t>first</t></is></c></row>' +
      '<row r="2"><c t="inlineStr"><is><t>one</t></is></c><c/><c s="1"/><c><v>3</v></c></row>' +
      '<row><c r="A3"><v>7</v></c><c r="A3"><v>8</v></c></row>' +
      '<row r="5"><c r="C5"><v>9</v></c></row>';
    const prefixed = '<x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row>';
    const sheets = await read(workbookPackage([sheet(data + prefixed)]));
    // row 5 given twice: the last; in row 2 the bare <c/> takes no column, the styled empty one takes B, so 3 is in C
    expect(sheets[0]?.rows.map((r) => [r.row, [...r.cells.entries()].map(([column, cell]) => [column, cell.value.kind === 'text' ? cell.value.text : cell.value.kind === 'number' ? cell.value.value : cell.value.kind])])).toEqual([
      [2, [[1, 'one'], [3, 3]]],
      [3, [[1, 8]]],
      [5, [[3, 9]]],
      [7, [[1, 'prefixed']]],
    ]);
  });

  test('sheets in the tabs order, found by the relationships wherever their parts are', async () => {
    const bytes = workbookPackage([
      { name: 'Metrics', data: '<row r="1"><c r="A1"><v>1</v></c></row>', target: '/xl/worksheets/metrics.xml' },
      { name: 'Values', data: '<row r="1"><c r="A1"><v>2</v></c></row>', target: 'sheets/values-sheet.xml' },
    ]);
    expect((await read(bytes)).map((s) => [s.name, s.rows[0]?.cells.get(1)?.value])).toEqual([
      ['Metrics', { kind: 'number', value: 1 }],
      ['Values', { kind: 'number', value: 2 }],
    ]);
  });
});

describe('a damaged package', () => {
  test('a part whose bytes do not match its check is a damaged file, not wrong figures', async () => {
    const bytes = workbookPackage([sheet('<row r="2"><c r="A2"><v>12345</v></c></row>')]);
    const at = bytes.indexOf('12345');
    bytes.write('99999', at, 'latin1');
    const diagnostics = new Diagnostics();
    expect(await readCells(bytes, diagnostics)).toBeUndefined();
    expect(diagnostics.list().map((d) => d.rule)).toEqual(['read/corrupt']);
  });
});

describe('the same cells as exceljs reads', () => {
  test("a workbook exceljs writes reads the same through the reader as through exceljs's own model", async () => {
    const workbook = new ExcelJS.Workbook();
    const values = workbook.addWorksheet('Values');
    values.addRow(['Metric', 'Level', 'Period', 'Actual', 'Plan', 'When', 'Ok']);
    values.addRow(['AE4', 'ICB', '2025-12', 0.789, 0.78, new Date(Date.UTC(2025, 11, 1)), true]);
    values.addRow(['RTT', { richText: [{ text: 'A' }, { text: 'B', font: { bold: true } }] }, '2025-12', { formula: 'D2*2', result: 1.578 }, { formula: '1/0', result: { error: '#DIV/0!' } }, 0.0327546296296296, false]);
    values.getCell('D2').numFmt = '0.0%';
    values.getCell('F3').numFmt = '[h]:mm:ss';
    values.mergeCells('A5:B5');
    values.getCell('A5').value = 'merged';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const expected: string[] = [];
    loaded.getWorksheet('Values')?.eachRow((row, rowNumber) => {
      row.eachCell((cell, column) => {
        const value = cell.value;
        const plain = value !== null && typeof value === 'object' && !(value instanceof Date) ? ('result' in value ? value.result : 'richText' in value ? value.richText.map((r) => r.text).join('') : value) : value;
        const shown = plain instanceof Date ? plain.toISOString() : plain !== null && typeof plain === 'object' && 'error' in plain ? plain.error : String(plain);
        expected.push(`${formatPlace({ sheet: 'Values', row: rowNumber, column })} ${shown}`);
      });
    });
    const read = Object.entries(await cellsOf(bytes)).map(([place, value]) => {
      const shown = value.kind === 'date' ? value.date.toISOString() : value.kind === 'error' ? value.error : value.kind === 'text' ? value.text : value.kind === 'empty' ? '' : String(value.value);
      return `${place} ${shown}`;
    });
    expect(read.sort()).toEqual(expected.sort());
  });
});
