import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SETTINGS, SHEETS } from '../../src/format/workbook-format.js';
import { blankTemplate } from '../../src/template/blank-template.js';
import { LISTS_SHEET } from '../../src/xlsx/write-workbook.js';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function headerRow(sheet: ExcelJS.Worksheet): string[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell) => headers.push(String(cell.value)));
  return headers;
}

describe('blankTemplate', () => {

  it('opens with Instructions, then every sheet of the format in order', async () => {
    const workbook = await open(await blankTemplate());
    const visible = workbook.worksheets.filter((s) => s.state !== 'hidden').map((s) => s.name);
    expect(visible).toEqual(['Instructions', ...SHEETS.map((s) => s.name)]);
    expect(workbook.getWorksheet(LISTS_SHEET)?.state).toBe('hidden');
  });

  it('gives each sheet exactly the format\'s headers, in a frozen first row', async () => {
    const workbook = await open(await blankTemplate());
    for (const spec of SHEETS) {
      const sheet = workbook.getWorksheet(spec.name);
      expect(sheet, spec.name).toBeDefined();
      if (sheet === undefined) continue;
      expect(headerRow(sheet), spec.name).toEqual(spec.columns.map((c) => c.header));
      expect(sheet.views[0], spec.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('offers a drop-down on every column with choices, and on no other', async () => {
    const workbook = await open(await blankTemplate());
    const lists = workbook.getWorksheet(LISTS_SHEET);
    for (const spec of SHEETS) {
      const sheet = workbook.getWorksheet(spec.name);
      if (sheet === undefined) throw new Error(`no ${spec.name}`);
      spec.columns.forEach((column, index) => {
        const validation = sheet.getCell(2, index + 1).dataValidation;
        const where = `${spec.name}!${column.header}`;
        if (column.choices === undefined) {
          expect(validation?.type, where).toBeUndefined();
          return;
        }
        expect(validation?.type, where).toBe('list');
        expect(sheet.getCell(1001, index + 1).dataValidation?.type, where).toBe('list');
        // The formula names a range of the hidden Lists sheet holding exactly the choices.
        const match = /^Lists!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(validation?.formulae?.[0] ?? '');
        expect(match, where).not.toBeNull();
        const letters = match?.[1] ?? '';
        const offered = Array.from({ length: Number(match?.[2]) }, (_, row) => String(lists?.getCell(`${letters}${row + 1}`).value));
        expect(offered, where).toEqual([...column.choices]);
      });
    }
  });

  it('lists every setting in the Settings sheet with its default', async () => {
    const workbook = await open(await blankTemplate());
    const sheet = workbook.getWorksheet('Settings');
    const labels = SETTINGS.map((_, i) => sheet?.getCell(i + 2, 1).value);
    expect(labels).toEqual(SETTINGS.map((s) => s.label));
    expect(sheet?.getCell(SETTINGS.findIndex((s) => s.key === 'amberTolerance') + 2, 2)).toMatchObject({ value: 0.05, numFmt: '0%' });
    expect(sheet?.getCell(SETTINGS.findIndex((s) => s.key === 'suppressBelow') + 2, 2).value).toBe(5);
    expect(sheet?.getCell(SETTINGS.findIndex((s) => s.key === 'primaryColour') + 2, 2).value).toBe('#005EB8');
    expect(sheet?.getCell(SETTINGS.findIndex((s) => s.key === 'organisation') + 2, 2).value).toBeNull();
  });

  it('explains every sheet, column and setting on the Instructions sheet', async () => {
    const workbook = await open(await blankTemplate());
    const text: string[] = [];
    workbook.getWorksheet('Instructions')?.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    const all = text.join('\n');
    for (const spec of SHEETS) {
      expect(all).toContain(`Sheet: ${spec.name}`);
      for (const column of spec.columns) expect(text).toContain(column.header);
    }
    for (const setting of SETTINGS) expect(text).toContain(setting.label);
    expect(all).toContain('npm run pack -- --month 2026-01');
  });

  it('gives byte-identical files from two calls', async () => {
    const first = await blankTemplate();
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the zip format's 2-second clock
    const second = await blankTemplate();
    expect(first.equals(second)).toBe(true);
  });
});
