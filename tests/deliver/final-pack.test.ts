import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackManifest } from '../../src/compose/pack-manifest.js';
import { runPack } from '../../src/run-pack.js';
import { fixtureWorkbook, sheetOf, type FixtureSheets } from '../fixtures/fixture-workbook.js';

/*
 * What happens around the PDF conversion of a final pack: names, manifest, refusals, --force and
 * failures. LibreOffice is stood in for by a script that writes two-page PDFs (quick, and it can
 * be told to fail); tests/deliver/final-pdf.test.ts converts with LibreOffice itself.
 */
const FAKE_SOFFICE = fileURLToPath(new URL('../support/fake-soffice.mjs', import.meta.url));
const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
const BASE_NAME = 'quality-and-performance-committee-2026-02-05-item-7.1';

let dir = '';
let workbookPath = '';

/** The fixture made complete for a final pack: every area's narrative given. */
const complete = (change: (sheets: FixtureSheets) => void = () => undefined) =>
  fixtureWorkbook((sheets) => {
    sheetOf(sheets, 'Narrative').rows.push({ Month: '2026-01', Area: 'ELEC', 'Updates since previous month': 'Waiting list validation complete' });
    change(sheets);
  });
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'packsmith-final-'));
  workbookPath = join(dir, 'workbook.xlsx');
  await writeFile(workbookPath, await complete());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  delete process.env['FAKE_SOFFICE_FAIL'];
});

const finalRun = (extra: { force?: boolean; soffice?: string } = {}) =>
  runPack({ workbookPath, month: JANUARY, mode: 'final', outDir: join(dir, 'out'), soffice: FAKE_SOFFICE, ...extra });

describe('a final pack', () => {
  it('is named for the agenda, with a PDF of each document and a manifest of sizes, SHA-256 and pages', async () => {
    const outcome = await finalRun();
    expect(outcome).toMatchObject({ kind: 'written' });
    const folder = join(dir, 'out', 'final');
    expect((await readdir(folder)).sort()).toEqual(
      ['3as-pack.pdf', '3as-pack.pptx', 'cover-report.docx', 'cover-report.pdf', 'manifest.json', 'pack-model.json'].map((s) => `${BASE_NAME}-${s}`),
    );
    const manifest = JSON.parse(await readFile(join(folder, `${BASE_NAME}-manifest.json`), 'utf8')) as PackManifest;
    expect(manifest.meeting).toEqual({ date: '2026-02-05', agendaItem: '7.1' });
    expect(manifest.files.map((f) => [f.name.slice(BASE_NAME.length + 1), f.pages])).toEqual([
      ['cover-report.docx', 2],
      ['cover-report.pdf', 2],
      ['3as-pack.pptx', 2],
      ['3as-pack.pdf', 2],
      ['pack-model.json', undefined],
    ]);
    for (const file of manifest.files) {
      const bytes = await readFile(join(folder, file.name));
      expect(file.bytes).toBe(bytes.byteLength);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(existsSync(join(dir, 'out', `${BASE_NAME}-cover-report.docx`))).toBe(false);
  });

  it('is never written over without --force; with it, the earlier pack is replaced and its old names removed', async () => {
    await finalRun();
    const folder = join(dir, 'out', 'final');
    const before = await readFile(join(folder, `${BASE_NAME}-manifest.json`));
    const refused = await finalRun();
    expect(refused).toEqual({ kind: 'refused', reason: `a final pack for January 2026 is already in ${folder}; it is not replaced unless asked: run again with --force to replace it. Nothing was written.` });
    expect(await readFile(join(folder, `${BASE_NAME}-manifest.json`))).toEqual(before);

    // the agenda item moves: the forced run's names change and the old files go
    await writeFile(workbookPath, await complete((sheets) => {
      const january = sheetOf(sheets, 'Meetings').rows.find((r) => r['Month'] === '2026-01');
      if (january !== undefined) january['Agenda item'] = '8';
    }));
    expect((await finalRun({ force: true })).kind).toBe('written');
    const names = await readdir(folder);
    expect(names).toHaveLength(6);
    expect(names.every((n) => n.startsWith('quality-and-performance-committee-2026-02-05-item-8-'))).toBe(true);
  });

  it('needs the meeting: refused without one, every gap listed, nothing written', async () => {
    await writeFile(workbookPath, await complete((sheets) => {
      const meetings = sheetOf(sheets, 'Meetings');
      meetings.rows = meetings.rows.filter((r) => r['Month'] !== '2026-01');
    }));
    const outcome = await finalRun();
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.diagnostics.map((d) => d.rule)).toContain('pack/no-meeting');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('LibreOffice missing or failing: refused in plain words, nothing written', async () => {
    const missing = await finalRun({ soffice: join(dir, 'no-such-soffice') });
    expect(missing.kind).toBe('refused');
    process.env['FAKE_SOFFICE_FAIL'] = '1';
    const failing = await finalRun();
    expect(failing).toMatchObject({ kind: 'refused' });
    if (failing.kind === 'refused') expect(failing.reason).toMatch(/^LibreOffice could not convert .*-cover-report\.docx and .*-3as-pack\.pptx to PDF: it ended with code 1; LibreOffice said: Error: source file could not be loaded\. Nothing was written\.$/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
