import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import type { MonthPeriod, PackWorkbook } from '../../src/model/pack-workbook.js';
import { loadWorkbook } from '../../src/pipeline.js';
import type { FileMessages } from '../../src/returns/merge-returns.js';
import { fixtureWorkbook, sheetOf, type FixtureSheets } from '../fixtures/fixture-workbook.js';

/**
 * Calc, LibreOffice's spreadsheet, is what opens a workbook; some installs carry only Writer and
 * Impress. Without it the tests that open workbooks are skipped with a note; under CI (which
 * installs it) they run, and fail if it is missing.
 */
export const WITHOUT_CALC = !['/usr/bin/localc', '/usr/lib/libreoffice/program/libsclo.so'].some((p) => existsSync(p)) && process.env['CI'] === undefined;
if (WITHOUT_CALC) process.stderr.write('LibreOffice Calc is not installed: the tests that open workbooks in LibreOffice are skipped.\n');

export const JANUARY: MonthPeriod = { kind: 'month', year: 2026, month: 1 };

/**
 * The fixture workbook with what returns need: the Urgent Care author (UC) also writes Cancer,
 * which has no narrative yet; Elective Care (PERF) has December's narrative but not January's;
 * Urgent Care has January's.
 */
export function returnsFixture(sheets: FixtureSheets): void {
  sheetOf(sheets, 'Areas').rows.push({ Id: 'CANC', Name: 'Cancer', Author: 'UC' });
  sheetOf(sheets, 'Narrative').rows.push({
    Month: '2025-12',
    Area: 'ELEC',
    'Updates since previous month': 'December waits fell\nA second December update',
    'Current issues': 'Theatre staffing',
  });
}

/** The returns fixture as bytes, with any further change made. */
export async function mainWorkbook(change: (sheets: FixtureSheets) => void = () => {}): Promise<Buffer> {
  return fixtureWorkbook((sheets) => {
    returnsFixture(sheets);
    change(sheets);
  });
}

/** The model of a workbook that must read without errors. */
export async function modelOf(bytes: Uint8Array): Promise<PackWorkbook> {
  const { workbook, diagnostics } = await loadWorkbook(bytes);
  if (workbook === undefined) throw new Error(`the fixture does not read: ${diagnostics.errors().map((d) => formatDiagnostic(d)).join('; ')}`);
  return workbook;
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no ${name} sheet`);
  return sheet;
}

/** A return as its author might change it: opened, changed by `change` and saved, as Excel would. */
export async function editReturn(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets a cell of the Narrative sheet, e.g. `narrativeCell(wb, 'C2', 'text')`. */
export function setCell(workbook: ExcelJS.Workbook, sheet: string, address: string, value: ExcelJS.CellValue): void {
  sheetNamed(workbook, sheet).getCell(address).value = value;
}

/** Every message of a merge as the command prints it: `file: place: reason [rule]`. */
export function printed(messages: readonly FileMessages[]): string[] {
  return messages.flatMap(({ file, diagnostics }) => diagnostics.map((d) => formatDiagnostic(d, file)));
}

/** Each sheet's `<dataValidations>` element, by sheet name, as the package holds it. */
export async function validationsXml(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const found = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const xml = (await zip.file(`xl/${target}`)?.async('string')) ?? '';
    found.set(name ?? '', /<dataValidations[\s\S]*?<\/dataValidations>/.exec(xml)?.[0] ?? '');
  }
  return found;
}

