import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackManifest } from '../../src/compose/pack-manifest.js';
import { convertToPdfParts } from '../../src/deliver/convert-to-pdf.js';
import { publishedPdf } from '../../src/render/pdf/published-pdf.js';
import { runPack } from '../../src/run-pack.js';
import { WITHOUT_LIBREOFFICE } from '../support/libreoffice.js';
import { BIN } from '../support/packsmith-cli.js';
import { pdfBookmarks } from '../support/pdf-outline.js';

/*
 * The final pack of the sample, converted by LibreOffice itself: what goes on the agenda. One
 * conversion of both documents serves the checks on the PDFs; one more of the cover report shows
 * that a conversion repeats to the byte.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'seeds/example-icb.xlsx');
const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
const BASE = 'quality-performance-and-outcomes-committee-2026-02-05-item-7.2';
const run = promisify(execFile);

async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [path]);
  return Object.fromEntries(stdout.split('\n').map((line) => /^([^:]+):\s*(.*)$/.exec(line)).flatMap((m) => (m?.[1] === undefined ? [] : [[m[1], m[2] ?? '']])));
}

describe.skipIf(WITHOUT_LIBREOFFICE)('the final pack as PDFs', () => {
  let dir = '';
  let folder = '';
  let manifest: PackManifest;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'packsmith-final-pdf-'));
    const outcome = await runPack({ workbookPath: SAMPLE, month: JANUARY, mode: 'final', outDir: dir });
    if (outcome.kind !== 'written') throw new Error(`the final pack was not written: ${JSON.stringify(outcome)}`);
    folder = outcome.folder;
    manifest = JSON.parse(await readFile(join(folder, `${BASE}-manifest.json`), 'utf8')) as PackManifest;
  }, 300_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('carries the document title, tags for screen readers, and the page counts the manifest gives', async () => {
    const cover = await pdfInfo(join(folder, `${BASE}-cover-report.pdf`));
    const slides = await pdfInfo(join(folder, `${BASE}-3as-pack.pdf`));
    expect(cover['Title']).toBe('Northshire and Eastdale ICB Performance Report');
    expect(slides['Title']).toBe('Quality, Performance and Outcomes Committee: Northshire and Eastdale ICB Performance Report, January 2026');
    expect([cover['Tagged'], slides['Tagged']]).toEqual(['yes', 'yes']);
    const pagesOf = (suffix: string) => manifest.files.find((f) => f.name === `${BASE}-${suffix}`)?.pages;
    expect(pagesOf('cover-report.pdf')).toBe(Number(cover['Pages']));
    expect(pagesOf('cover-report.docx')).toBe(Number(cover['Pages']));
    expect(pagesOf('3as-pack.pdf')).toBe(Number(slides['Pages']));
    expect(Number(slides['Pages'])).toBeGreaterThan(50);
  });

  it('has bookmarks from the cover report headings and the slide titles', () => {
    const coverMarks = pdfBookmarks(readFileSync(join(folder, `${BASE}-cover-report.pdf`)));
    expect(coverMarks).toEqual(expect.arrayContaining(['Purpose of Report', 'Background', 'Summary of Performance', 'List of Appendices', 'Appendix A – Performance Metrics, January 2026']));
    const slideMarks = pdfBookmarks(readFileSync(join(folder, `${BASE}-3as-pack.pdf`)));
    expect(slideMarks).toEqual(expect.arrayContaining(['Executive summary', 'Contents']));
  });

  it('reads as the final paper: the heading block and figures, no DRAFT marks, nothing awaited', async () => {
    const cover = await pdfText(join(folder, `${BASE}-cover-report.pdf`));
    expect(cover).toContain('Agenda item 7.2');
    expect(cover).toContain('NORTHSHIRE AND EASTDALE ICB PERFORMANCE REPORT');
    expect(cover).toMatch(/Page 1 of \d+/);
    const slides = await pdfText(join(folder, `${BASE}-3as-pack.pdf`));
    for (const text of [cover, slides]) {
      expect(text).not.toMatch(/DRAFT/);
      expect(text).not.toContain('awaited');
    }
  });

  it('the same document converts to the same PDF bytes: the report, and the slide pack merged from its parts', async () => {
    for (const suffix of ['cover-report', '3as-pack']) {
      const name = `${BASE}-${suffix}.${suffix === 'cover-report' ? 'docx' : 'pptx'}`;
      const document = { name, bytes: await readFile(join(folder, name)) };
      const again = await convertToPdfParts([document], { cores: 2 });
      const parts = again.get(`${BASE}-${suffix}.pdf`) ?? [];
      if (suffix === '3as-pack') expect(parts.length).toBeGreaterThan(1);
      const stable = Buffer.from(await publishedPdf(parts, document, new Date('2026-02-05T00:00:00Z')));
      expect(stable.equals(await readFile(join(folder, `${BASE}-${suffix}.pdf`))), suffix).toBe(true);
    }
  }, 240_000);

  it('an interrupted final run (Ctrl+C during the PDF conversion) leaves nothing behind', async () => {
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, [BIN, 'pack', '--month', '2026-01', '--final', '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString('utf8').includes('converting')) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(existsSync(out)).toBe(false);
  }, 180_000);
});
