import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { dateSystemOf, type DateSystem } from './date-system.js';
import { decodeEscapedCells } from './escaped-text.js';
import { packageExceljsReads, packageOfCellsOnly } from './exceljs-package.js';

/** A workbook as exceljs holds it, with the date system its numbers count from. */
export interface OpenedXlsx {
  readonly workbook: ExcelJS.Workbook;
  readonly dates: DateSystem;
}

/** Checks the bytes look like an xlsx before the library sees them, to say plainly what is wrong. */
function checkSignature(bytes: Uint8Array, diagnostics: Diagnostics): boolean {
  if (bytes.length === 0) {
    diagnostics.error('the file is empty (0 bytes); it may not have finished saving or copying', undefined, 'read/empty-file');
    return false;
  }
  const head = Array.from(bytes.subarray(0, 4));
  // The compound-file signature: an .xls, or an .xlsx that Excel encrypted with a password to open.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    diagnostics.error(
      'this is an old-style Excel file (.xls), or a workbook protected with a password to open; open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx)',
      undefined,
      'read/xls',
    );
    return false;
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    diagnostics.error('this is not an Excel workbook (.xlsx); save the workbook from Excel as an Excel Workbook (.xlsx)', undefined, 'read/not-xlsx');
    return false;
  }
  return true;
}

function reportDamaged(diagnostics: Diagnostics): undefined {
  // The zip library's own words ("end of central directory") would not help an officer.
  diagnostics.error(
    'the file could not be opened as an Excel workbook: it is damaged, or was only partly saved or copied; open it in Excel (which may offer to repair it) and save it again, or copy it again',
    undefined,
    'read/corrupt',
  );
  return undefined;
}

async function load(bytes: Uint8Array, options: Partial<ExcelJS.XlsxReadOptions>): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, options);
    return workbook;
  } catch {
    return undefined;
  }
}

/**
 * Opens xlsx bytes with exceljs for reading its cells, or says in plain words why they are not a
 * workbook it can read (empty, an old .xls, damaged, a zip with no sheets) and returns undefined.
 * Workbooks as exporters write them are read as Excel's are: parts at openpyxl's names, the 1904
 * date system, `_xHHHH_` escapes. Where exceljs fails on a part beside the cells (a table, notes),
 * the cells are read without it: `options` should leave out what such parts hold.
 */
export async function openXlsx(bytes: Uint8Array, diagnostics: Diagnostics, options: Partial<ExcelJS.XlsxReadOptions>): Promise<OpenedXlsx | undefined> {
  if (!checkSignature(bytes, diagnostics)) return undefined;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return reportDamaged(diagnostics);
  }
  const readable = await packageExceljsReads(zip);
  const workbook =
    (await load(readable === undefined ? bytes : await readable.generateAsync({ type: 'uint8array', compression: 'STORE' }), options)) ??
    (await load(await (await packageOfCellsOnly(readable ?? zip)).generateAsync({ type: 'uint8array', compression: 'STORE' }), options));
  if (workbook === undefined) return reportDamaged(diagnostics);
  if (workbook.worksheets.length === 0) {
    // A zip with no workbook in it: a Word or PowerPoint file, or a zip renamed .xlsx.
    diagnostics.error('this is not an Excel workbook (.xlsx): it is a zip file, or a Word or PowerPoint file, with no sheets in it; choose the workbook itself', undefined, 'read/not-xlsx');
    return undefined;
  }
  await decodeEscapedCells(workbook, zip);
  return { workbook, dates: await dateSystemOf(zip) };
}
