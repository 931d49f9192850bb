import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { contentOf, crc32, readZip, type ZipEntry } from '../render/zip/zip-archive.js';
import { dateSystemIn, type DateSystem } from './date-system.js';
import { cellFormats } from './number-formats.js';
import { relationshipsIn, relationshipsPathOf, sheetsIn, type SheetEntry } from './package-sheets.js';
import { sharedStringsIn } from './stored-text.js';

/**
 * An xlsx package opened for reading its cells: the parts the cells need (the workbook, its
 * sheets, shared strings and styles), each read from the zip when first asked for. The parts are
 * found by the package's relationships (ECMA-376 Part 2, 9.3), so a workbook laid out as any
 * program writes it reads the same.
 */
export interface XlsxPackage {
  /** The sheets in the tabs' order (worksheets only: a chart sheet has no cells). */
  readonly sheets: readonly SheetEntry[];
  readonly dates: DateSystem;
  /** The text of a part, or undefined where the package has no such part. */
  text(path: string): string | undefined;
  /** The shared strings (`<c t="s">` cells hold an index into them), decoded. */
  strings(): readonly string[];
  /** Each cell style's number format (see number-formats.ts). */
  formatOf(style: number): string | undefined;
}

/** A damaged part: it cannot be inflated, or its bytes do not match the check the zip holds for them. */
class DamagedPart extends Error {}

/** Checks the bytes look like an xlsx before reading them, to say plainly what is wrong. */
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
  // The zip's own words ("end of central directory") would not help an officer.
  diagnostics.error(
    'the file could not be opened as an Excel workbook: it is damaged, or was only partly saved or copied; open it in Excel (which may offer to repair it) and save it again, or copy it again',
    undefined,
    'read/corrupt',
  );
  return undefined;
}

/** A part's text: UTF-8, or UTF-16 where it starts with that byte-order mark (both allowed, Part 2, 8.1.4). */
function decode(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}

/** The package's entries by part name (a leading `/`, which some zips store, left off). */
function entriesOf(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  try {
    return new Map(readZip(bytes).map((entry) => [entry.name.replace(/^\//, ''), entry]));
  } catch {
    return undefined;
  }
}

function open(entries: ReadonlyMap<string, ZipEntry>): XlsxPackage | undefined {
  const text = (path: string): string | undefined => {
    const entry = entries.get(path);
    if (entry === undefined) return undefined;
    let content: Uint8Array;
    try {
      content = contentOf(entry);
    } catch {
      throw new DamagedPart(path);
    }
    if (crc32(content) !== entry.crc) throw new DamagedPart(path);
    return decode(content);
  };
  const related = (partPath: string) => relationshipsIn(text(relationshipsPathOf(partPath)) ?? '', partPath);
  const workbookPath = related('').find((r) => r.type === 'officeDocument')?.path ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) return undefined;
  const parts = related(workbookPath);
  const partOf = (type: string, fallback: string): string => parts.find((r) => r.type === type)?.path ?? fallback;
  const sheets = sheetsIn(workbook, parts).filter((sheet) => sheet.type === 'worksheet' && entries.has(sheet.path));
  let strings: readonly string[] | undefined;
  let formats: ((style: number) => string | undefined) | undefined;
  return {
    sheets,
    dates: dateSystemIn(workbook),
    text,
    strings: () => (strings ??= sharedStringsIn(text(partOf('sharedStrings', 'xl/sharedStrings.xml')) ?? '')),
    formatOf: (style) => (formats ??= cellFormats(text(partOf('styles', 'xl/styles.xml')) ?? ''))(style),
  };
}

/**
 * Opens xlsx bytes for reading their cells, or says in plain words why they are not a workbook
 * that can be read (empty, an old .xls, damaged, a zip with no sheets) and returns undefined.
 * `read` reads what it needs of the package; a part found damaged on the way is reported as a
 * damaged file.
 */
export function readXlsx<T>(bytes: Uint8Array, diagnostics: Diagnostics, read: (xlsx: XlsxPackage) => T): T | undefined {
  if (!checkSignature(bytes, diagnostics)) return undefined;
  const entries = entriesOf(bytes);
  if (entries === undefined) return reportDamaged(diagnostics);
  try {
    const xlsx = open(entries);
    if (xlsx === undefined || xlsx.sheets.length === 0) {
      // A zip with no workbook in it: a Word or PowerPoint file, or a zip renamed .xlsx.
      diagnostics.error('this is not an Excel workbook (.xlsx): it is a zip file, or a Word or PowerPoint file, with no sheets in it; choose the workbook itself', undefined, 'read/not-xlsx');
      return undefined;
    }
    return read(xlsx);
  } catch (error) {
    if (error instanceof DamagedPart) return reportDamaged(diagnostics);
    throw error;
  }
}
