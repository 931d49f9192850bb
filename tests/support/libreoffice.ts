import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { convertToPdf as convertWithLibreOffice, findSoffice } from '../../src/deliver/convert-to-pdf.js';

const run = promisify(execFile);

/**
 * LibreOffice is the real consumer the tests can run: it must open every generated document and
 * convert it to PDF. The tests convert as a final pack does (`src/deliver/convert-to-pdf.ts`).
 * CI installs LibreOffice (.ci/run); on a machine without it these tests are skipped with a note,
 * never silently passed, and under CI a missing LibreOffice fails them.
 */
export const SOFFICE = findSoffice();

export const WITHOUT_LIBREOFFICE = SOFFICE === undefined && process.env['CI'] === undefined;
if (WITHOUT_LIBREOFFICE) process.stderr.write('LibreOffice (soffice) is not installed: the tests that convert documents to PDF are skipped.\n');

export interface ConvertedPdf {
  readonly path: string;
  readonly pages: number;
  /** The PDF's text, page by page (pdftotext -layout). */
  readonly pageTexts: readonly string[];
  readonly info: string;
}

/** Converts a document to PDF with LibreOffice, as the product does, and reads it back. */
export async function convertToPdf(bytes: Uint8Array, fileName: string): Promise<ConvertedPdf> {
  const pdfs = await convertWithLibreOffice([{ name: fileName, bytes }]);
  const pdfName = fileName.replace(/\.[^.]+$/, '.pdf');
  const pdf = pdfs.get(pdfName);
  if (pdf === undefined) throw new Error(`LibreOffice wrote no ${pdfName}`);
  const path = join(await mkdtemp(join(tmpdir(), 'packsmith-pdf-')), pdfName);
  await writeFile(path, pdf);
  const { stdout: info } = await run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  const pageTexts: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { maxBuffer: 64 * 1024 * 1024 });
    pageTexts.push(stdout);
  }
  return { path, pages, pageTexts, info };
}

export async function pdfBytes(pdf: ConvertedPdf): Promise<Buffer> {
  return readFile(pdf.path);
}
