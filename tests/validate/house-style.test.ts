import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { imageSize } from '../../src/house-style/image-size.js';
import { runPack } from '../../src/run-pack.js';
import { fixtureWorkbook, setCell } from '../fixtures/fixture-workbook.js';
import { addRow } from './messages.js';

/*
 * The Settings rows that name the organisation's slide template, report template and logo: files
 * looked for beside the workbook, each fault told at its cell with the workbook's other problems.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/house-style/', import.meta.url));
const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packsmith-house-style-'));
  await mkdir(join(folder, 'brand'));
  for (const name of ['test-house-style.potx', 'without-layouts.potx', 'logo.png', 'not-a-template.potx', 'not-a-picture.png']) await copyFile(join(FIXTURES, name), join(folder, 'brand', name));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the pack on the fixture workbook with the given Settings rows; its messages and the files written. */
async function packWith(name: string, settings: Record<string, string>, change: Parameters<typeof fixtureWorkbook>[0] = () => undefined) {
  const rows: Record<string, number> = {};
  const workbook = join(folder, `${name}.xlsx`);
  await writeFile(
    workbook,
    await fixtureWorkbook((sheets) => {
      for (const [setting, value] of Object.entries(settings)) rows[setting] = addRow(sheets, 'Settings', { Setting: setting, Value: value });
      change(sheets);
    }),
  );
  const outDir = join(folder, `${name}-out`);
  const outcome = await runPack({ workbookPath: workbook, month: JANUARY_2026, outDir });
  const messages = outcome.kind === 'invalid' || outcome.kind === 'written' ? outcome.diagnostics.map((d) => formatDiagnostic(d)).filter((m) => !m.includes('warning:')) : [];
  const written = await readdir(outDir).catch(() => []);
  return { outcome, messages, rows, written };
}

describe('house-style files on the Settings sheet', () => {
  test('a template and a logo that are there and right: the pack is made', async () => {
    const { outcome, messages } = await packWith('good', { 'Slide template': 'brand/test-house-style.potx', 'Report template': '', Logo: 'brand/logo.png' });
    expect(messages).toEqual([]);
    expect(outcome.kind).toBe('written');
  });

  test('every fault at its cell, with the workbook\'s other problems, and nothing written', async () => {
    const { outcome, messages, rows, written } = await packWith(
      'bad',
      { 'Slide template': 'brand/missing.potx', 'Report template': 'brand/not-a-template.potx', Logo: 'brand/not-a-picture.png' },
      (sheets) => setCell(sheets, 'Values', 3, 'Actual', 'TBC'),
    );
    expect(outcome.kind).toBe('invalid');
    expect(written).toEqual([]);
    expect(messages).toEqual([
      `Settings!B${rows['Slide template']}: the slide template "brand/missing.potx" is not there: no file at ${join(folder, 'brand', 'missing.potx')}; check the name and that it is in the workbook's folder or below it [model/missing-file]`,
      `Settings!B${rows['Report template']}: the report template must be a Word template (.dotx) or document (.docx), got "brand/not-a-template.potx"; save it as .dotx or .docx and name that file here [model/wrong-file-type]`,
      `Settings!B${rows['Logo']}: the logo "brand/not-a-picture.png" is not a PNG or JPEG picture; open it in a picture editor and save it as PNG [model/not-an-image]`,
      'Values!D3: the actual must be a percentage like 57.3% or \'*\', got "TBC" [model/bad-number]',
    ]);
  });

  test('a slide template that is not a PowerPoint file, and a report template that is not a Word file', async () => {
    await copyFile(join(FIXTURES, 'not-a-template.potx'), join(folder, 'brand', 'report.dotx'));
    const { messages, rows } = await packWith('not-templates', { 'Slide template': 'brand/not-a-template.potx', 'Report template': 'brand/report.dotx' });
    expect(messages).toEqual([
      `Settings!B${rows['Slide template']}: the slide template "brand/not-a-template.potx" is not a PowerPoint file, so the slide pack cannot be drawn on it; open it in PowerPoint and save it as a PowerPoint Template (.potx) [model/not-a-template]`,
      `Settings!B${rows['Report template']}: the report template "brand/report.dotx" is not a Word file, so the cover report cannot be written in it; open it in Word and save it as a Word Template (.dotx) [model/not-a-template]`,
    ]);
  });

  test('a slide template without the layouts the pack needs: which, and how to add them', async () => {
    const { messages, rows } = await packWith('layouts', { 'Slide template': 'brand/without-layouts.potx' });
    expect(messages).toEqual([
      `Settings!B${rows['Slide template']}: the slide template "brand/without-layouts.potx" lacks a "Title Slide" layout (for the title slide) and a "Title Only" or "Title and Content" layout (for the slides of figures and text), with a title placeholder: the slide pack is drawn on them; in PowerPoint choose View > Slide Master, then Insert Layout (it comes with a title), rename it to that name and save the template [model/template-layouts]`,
    ]);
  });

  test('a folder where a file should be, and a wrong extension for the slide template', async () => {
    const { messages, rows } = await packWith('folder', { 'Slide template': 'brand/logo.png', Logo: 'brand' });
    expect(messages).toEqual([
      `Settings!B${rows['Slide template']}: the slide template must be a PowerPoint template (.potx) or presentation (.pptx), got "brand/logo.png"; save it as .potx or .pptx and name that file here [model/wrong-file-type]`,
      `Settings!B${rows['Logo']}: the logo must be a PNG or JPEG picture, got "brand"; save it as .png or .jpg or .jpeg and name that file here [model/wrong-file-type]`,
    ]);
  });
});

describe('a logo\'s size, from its own header', () => {
  test('PNG: width and height from IHDR', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(imageSize(await readFile(join(FIXTURES, 'logo.png')))).toEqual({ type: 'png', widthPx: 240, heightPx: 80 });
  });

  test('JPEG: width and height from the start of frame, after other segments', () => {
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision 8, height 0x0102, width 0x0304
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x02, 0x03, 0x04, 0x03]);
    expect(imageSize(jpeg)).toEqual({ type: 'jpeg', widthPx: 0x0304, heightPx: 0x0102 });
    expect(imageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
    expect(imageSize(new Uint8Array(0))).toBeUndefined();
  });
});
