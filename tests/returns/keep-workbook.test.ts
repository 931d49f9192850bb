import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { MonthPeriod } from '../../src/model/pack-workbook.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { mergeReturns, type MergeResult } from '../../src/returns/merge-returns.js';
import { readWorkbook } from '../../src/xlsx/read-workbook.js';
import { editReturn, modelOf, openWorkbook, printed, setCell, sheetNamed, validationsXml } from './support.js';

/*
 * The merge changes the Narrative sheet and nothing else the officer keeps. The sample is merged
 * into, and every other sheet is compared as the pack reads it and as exceljs models it (cells,
 * values, styles, widths, views, protection, page setup); drop-downs are compared as the XML the
 * original holds, since exceljs's own reading of them is what loses them. A workbook given the
 * features officers add by hand (defined names, notes, merged cells, conditional formats) keeps
 * them too, and what exceljs cannot keep (charts, macros) is reported, never silently dropped.
 */

const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));
const FEBRUARY: MonthPeriod = { kind: 'month', year: 2026, month: 2 };

async function returnFor(workbook: Uint8Array, month: MonthPeriod): Promise<Buffer> {
  return editReturn(await buildReturnWorkbook(await modelOf(workbook), month, 'UECLEAD'), (wb) => {
    setCell(wb, 'Narrative', 'C2', 'February update one\nFebruary update two');
    for (const column of ['D', 'E', 'F', 'G', 'H', 'I']) setCell(wb, 'Narrative', `${column}2`, null);
  });
}

async function merge(workbook: Uint8Array, options: { inPlace?: boolean } = {}): Promise<MergeResult> {
  return mergeReturns({ workbook, workbookName: 'main.xlsx', month: FEBRUARY, returns: [{ name: 'uec.xlsx', bytes: await returnFor(workbook, FEBRUARY) }], ...options });
}

/** What exceljs's sheet model holds beyond what its type declarations name. */
interface FullSheetModel extends ExcelJS.WorksheetModel {
  readonly dataValidations?: unknown;
  readonly conditionalFormattings?: readonly unknown[];
  readonly dimensions?: unknown;
  readonly rows?: readonly unknown[];
}

/**
 * A sheet as exceljs models it, less its drop-downs (compared as XML). With `rows`, only that many
 * rows, and not the sheet's extent: the Narrative sheet gains rows.
 */
function modelOfSheet(sheet: ExcelJS.Worksheet, rows?: number): unknown {
  const { dataValidations: _validations, ...model } = sheet.model as FullSheetModel;
  if (rows === undefined) return model;
  const { dimensions: _dimensions, ...rest } = model;
  return { ...rest, rows: model.rows?.slice(0, rows) };
}

describe('a merge into the sample workbook', () => {
  let merged: Uint8Array;
  beforeAll(async () => {
    const result = await merge(SAMPLE);
    expect(printed(result.messages)).toEqual([]);
    merged = result.merged ?? new Uint8Array();
  });

  it('reads every other sheet identically, cell for cell, as the pack reads it', async () => {
    const before = await readWorkbook(SAMPLE, new Diagnostics());
    const after = await readWorkbook(merged, new Diagnostics());
    expect([...(after?.sheets.keys() ?? [])]).toEqual([...(before?.sheets.keys() ?? [])]);
    for (const [name, sheet] of before?.sheets ?? []) {
      if (name === 'Narrative') continue;
      expect(after?.sheets.get(name), name).toEqual(sheet);
    }
    const narrativeBefore = before?.sheets.get('Narrative')?.rows ?? [];
    const narrativeAfter = after?.sheets.get('Narrative')?.rows ?? [];
    expect(narrativeAfter.slice(0, narrativeBefore.length)).toEqual(narrativeBefore);
    expect(narrativeAfter.length).toBe(narrativeBefore.length + 1);
  });

  it('keeps every sheet\'s cells, styles, widths, views and page setup, and the hidden Lists sheet', async () => {
    const before = await openWorkbook(SAMPLE);
    const after = await openWorkbook(merged);
    expect(after.worksheets.map((s) => [s.name, s.state])).toEqual(before.worksheets.map((s) => [s.name, s.state]));
    for (const sheet of before.worksheets) {
      const rows = sheet.name === 'Narrative' ? sheet.rowCount : undefined;
      expect(modelOfSheet(sheetNamed(after, sheet.name), rows), sheet.name).toEqual(modelOfSheet(sheet, rows));
    }
    expect([after.creator, after.created, after.modified, after.title]).toEqual([before.creator, before.created, before.modified, before.title]);
  });

  it('keeps every drop-down exactly as the original holds it', async () => {
    const before = await validationsXml(SAMPLE);
    expect([...before.values()].filter((xml) => xml !== '').length).toBe(5);
    expect(await validationsXml(merged)).toEqual(before);
  });

  it('adds the new row in the look of the rows above it', async () => {
    const narrative = sheetNamed(await openWorkbook(merged), 'Narrative');
    const last = narrative.rowCount;
    expect(narrative.getCell(last, 1).value).toBe('2026-02');
    expect(narrative.getCell(last, 3).value).toBe('February update one\nFebruary update two');
    expect(narrative.getCell(last, 3).style).toEqual(narrative.getCell(last - 1, 3).style);
    // Two lines of text, sized as the sample's own rows are.
    expect(narrative.getRow(last).height).toBe(30);
  });
});

describe('a workbook with features officers add by hand', () => {
  let decorated: Buffer;
  beforeAll(async () => {
    decorated = await editReturn(SAMPLE, (wb) => {
      wb.definedNames.add("'Values'!$D$2:$D$100", 'Actuals');
      const values = sheetNamed(wb, 'Values');
      values.getCell('H1').note = 'Checked by the performance team';
      values.mergeCells('J1:K1');
      values.getColumn(7).hidden = true;
      values.addConditionalFormatting({ ref: 'D2:D100', rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: { font: { color: { argb: 'FFDA291C' } } } }] });
      sheetNamed(wb, 'Settings').getCell('B2').font = { bold: true, color: { argb: 'FF005EB8' } };
    });
  });

  it('keeps defined names, notes, merged cells, hidden columns, conditional formats and cell styles', async () => {
    const result = await merge(decorated);
    expect(printed(result.messages)).toEqual([]);
    const before = await openWorkbook(decorated);
    const after = await openWorkbook(result.merged ?? new Uint8Array());
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.definedNames.model).toEqual([{ name: 'Actuals', ranges: ['Values!$D$2:$D$100'] }]);
    for (const name of ['Settings', 'Values']) expect(modelOfSheet(sheetNamed(after, name)), name).toEqual(modelOfSheet(sheetNamed(before, name)));
    const values = sheetNamed(after, 'Values');
    const model = values.model as FullSheetModel;
    expect([values.getCell('H1').note, values.getCell('K1').isMerged, values.getColumn(7).hidden, model.conditionalFormattings?.length]).toEqual(['Checked by the performance team', true, true, 1]);
  });
});

describe('what exceljs cannot keep', () => {
  let withChart: Buffer;
  beforeAll(async () => {
    // A chart, a sensitivity label, ranges unlocked for editing and a locked workbook structure,
    // as Excel stores them: exceljs drops each on saving.
    const zip = await JSZip.loadAsync(SAMPLE);
    const values = (await zip.file('xl/worksheets/sheet8.xml')?.async('string')) ?? '';
    zip.file('xl/worksheets/sheet8.xml', values.replace('</sheetData>', '</sheetData><protectedRanges><protectedRange sqref="D2:D100" name="Actuals"/></protectedRanges>'));
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', workbook.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
    zip.file('xl/charts/chart1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification"><vt:lpwstr>OFFICIAL</vt:lpwstr></property></Properties>',
    );
    withChart = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  });

  it('is a warning when merging into a new copy, which is still written', async () => {
    const result = await merge(withChart);
    expect(result.ok).toBe(true);
    expect(result.merged).toBeDefined();
    expect(printed(result.messages)).toEqual([
      'main.xlsx: warning: the merged copy does not have the workbook\'s charts, custom document properties (such as a sensitivity label), protection of the workbook\'s structure and ranges unlocked for editing on the Values sheet, which packsmith cannot copy; keep using the original for those, and copy the merged narrative into it if you need them together [merge/copy-lacks]',
    ]);
  });

  it('is an error when merging in place, and nothing is merged', async () => {
    const result = await merge(withChart, { inPlace: true });
    expect(result.ok).toBe(false);
    expect(result.merged).toBeUndefined();
    expect(printed(result.messages)).toEqual([
      'main.xlsx: merging in place would lose the workbook\'s charts, custom document properties (such as a sensitivity label), protection of the workbook\'s structure and ranges unlocked for editing on the Values sheet, which packsmith cannot copy; merge into a new copy instead (leave out --in-place) and compare it with the original [merge/would-lose]',
    ]);
  });
});
