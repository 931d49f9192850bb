import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/pipeline.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { mergeReturns, type MergeResult } from '../../src/returns/merge-returns.js';
import type { CellContent } from '../../src/xlsx/workbook-content.js';
import { excelTableXml, inDateSystem1904, openpyxlTableXml, withOpenpyxlNote, withTable, type TableShape } from '../fixtures/exporter-package.js';
import { setCell as setFixtureCell } from '../fixtures/fixture-workbook.js';
import { editReturn, JANUARY, mainWorkbook, modelOf, openWorkbook, printed, setCell, sheetNamed } from './support.js';

/*
 * Merging into workbooks that other programs wrote: an Excel table over the Narrative sheet as
 * openpyxl (and so pandas) writes one and as Excel does, a note as openpyxl writes one, and a
 * part no program could read. The returns fixture's Narrative sheet has rows 2 (Urgent Care,
 * January) and 3 (Elective Care, December); the Urgent Care return changes row 2 and adds Cancer
 * as row 4.
 */

const NARRATIVE_COLUMNS = ['Month', 'Area', 'Updates since previous month', 'Current issues', 'Risks', 'Dependencies', 'Future actions & mitigations', 'Good news', 'Patient outcome'];
const TABLE: TableShape = { name: 'Narrative', ref: 'A1:I3', columns: NARRATIVE_COLUMNS };

async function merge(workbook: Buffer): Promise<MergeResult> {
  const uc = await editReturn(await buildReturnWorkbook(await modelOf(workbook), JANUARY, 'UC'), (wb) => {
    setCell(wb, 'Narrative', 'C2', 'First update\nSecond update, revised');
    setCell(wb, 'Narrative', 'C3', 'Cancer update');
  });
  return mergeReturns({ workbook, workbookName: 'main.xlsx', month: JANUARY, returns: [{ name: 'returns/uc.xlsx', bytes: uc }] });
}

/** Every part of a package whose name matches, with its text. */
async function parts(bytes: Uint8Array, pattern: RegExp): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => pattern.test(n) && !zip.files[n]?.dir)) found[name] = (await zip.file(name)?.async('string')) ?? '';
  return found;
}

describe.each([
  ['openpyxl', openpyxlTableXml],
  ['Excel', excelTableXml],
] as const)('a Narrative table written by %s', (writer, tableXml) => {
  it('merges, and the table comes back as it was, grown over the added row', async () => {
    const workbook = await withTable(await mainWorkbook(), 'Narrative', TABLE, writer === 'openpyxl' ? 'openpyxl' : 'excel');
    const result = await merge(workbook);
    expect(printed(result.messages)).toEqual([]);
    const merged = result.merged ?? new Uint8Array();
    expect(await parts(merged, /^xl\/tables\//)).toEqual({ 'xl/tables/table1.xml': tableXml(1, { ...TABLE, ref: 'A1:I4' }) });
    const rels = Object.values(await parts(merged, /^xl\/worksheets\/_rels\//)).join('');
    expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/table" Target="..\/tables\/table1.xml"/);
    const types = Object.values(await parts(merged, /^\[Content_Types\]\.xml$/)).join('');
    expect(types).toContain('<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>');
    const narrative = (await modelOf(merged)).narratives.map((n) => [n.areaId, n.sections.updates]);
    expect(narrative).toEqual([
      ['UEC', ['First update', 'Second update, revised']],
      ['ELEC', ['December waits fell', 'A second December update']],
      ['CANC', ['Cancer update']],
    ]);
  });
});

describe('a table with formats of its own (dxfId), as Excel keeps them in styles.xml', () => {
  it('keeps the formats, numbered as the copy\'s styles number them', async () => {
    const zip = await JSZip.loadAsync(await withTable(await mainWorkbook(), 'Narrative', TABLE, 'excel'));
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const dxf = '<dxf><alignment wrapText="1" vertical="top"/></dxf>';
    zip.file('xl/styles.xml', styles.replace(/<dxfs count="0"\/>/, `<dxfs count="1">${dxf}</dxfs>`));
    const table = (await zip.file('xl/tables/table1.xml')?.async('string')) ?? '';
    zip.file('xl/tables/table1.xml', table.replace('name="Updates since previous month"', 'name="Updates since previous month" dataDxfId="0"'));
    const result = await merge(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(printed(result.messages)).toEqual([]);
    const merged = await parts(result.merged ?? new Uint8Array(), /^xl\/(styles|tables\/table1)\.xml$/);
    const id = /name="Updates since previous month" dataDxfId="(\d+)"/.exec(merged['xl/tables/table1.xml'] ?? '')?.[1];
    const dxfs = [...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(merged['xl/styles.xml'] ?? '')?.[1] ?? '').matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => m[0]);
    expect(dxfs[Number(id)]).toBe(dxf);
  });
});

describe('a note written by openpyxl', () => {
  it('merges, and the copy keeps the note', async () => {
    const result = await merge(await withOpenpyxlNote(await mainWorkbook(), 'Values', 'D1', 'Checked by the performance team'));
    expect(printed(result.messages)).toEqual([]);
    const copy = await openWorkbook(result.merged ?? new Uint8Array());
    expect(sheetNamed(copy, 'Values').getCell('D1').note).toBe('Checked by the performance team');
  });
});

describe('a workbook in the 1904 date system', () => {
  it.each(['1', 'true'] as const)('with date1904="%s": the merged copy keeps every date and duration', async (flag) => {
    const date = (y: number, m: number, d: number): CellContent => ({ date: new Date(Date.UTC(y, m - 1, d)), numFmt: 'dd/mm/yyyy' });
    const workbook = await inDateSystem1904(
      await mainWorkbook((sheets) => {
        setFixtureCell(sheets, 'Meetings', 3, 'Meeting date', date(2026, 2, 5));
        setFixtureCell(sheets, 'Values', 4, 'Actual', { number: (47 * 60 + 14) / 86_400, numFmt: '[h]:mm:ss' });
      }),
      flag,
    );
    const result = await merge(workbook);
    expect(printed(result.messages)).toEqual([]);
    const [before, after] = [await modelOf(workbook), await modelOf(result.merged ?? new Uint8Array())];
    expect(after.meetings).toEqual(before.meetings);
    expect(after.meetings[1]?.date).toBe('2026-02-05');
    expect(after.observations).toEqual(before.observations);
    expect(after.observations.find((o) => o.metricId === 'HANDOVER')?.actual).toEqual({ kind: 'number', value: 47 * 60 + 14 });
  });
});

describe('a part beside the cells that cannot be read', () => {
  it('is an error at its sheet, not a crash; the pack is still built from the workbook\'s cells', async () => {
    // The Values sheet refers to notes the package does not hold, as a half-written export would.
    const zip = await JSZip.loadAsync(await withOpenpyxlNote(await mainWorkbook(), 'Values', 'D1', 'Checked'));
    zip.remove('xl/comments/comment1.xml');
    const workbook = await zip.generateAsync({ type: 'nodebuffer' });
    const result = await merge(workbook);
    expect(printed(result.messages)).toEqual([
      'main.xlsx: Values: the narrative cannot be merged: packsmith cannot read the notes on the Values sheet, so it cannot copy the workbook with them; open the workbook in Excel, save it (Excel writes them in the way packsmith reads), and try again [merge/cannot-edit]',
    ]);
    expect([result.ok, result.merged]).toEqual([false, undefined]);
    expect((await buildPack({ workbook, workbookName: 'main.xlsx', month: JANUARY })).ok).toBe(true);
  });
});
