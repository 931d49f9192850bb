import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { runPack } from '../../src/run-pack.js';
import { docxParts, part } from '../cover-report/sample.js';
import { fixtureWorkbook } from '../fixtures/fixture-workbook.js';
import { notAPackage, presentationPackage, withoutPageSetup, withoutStyles, withoutStylesNamed } from '../fixtures/report-template/bad-report-templates.js';
import { TEST_TEMPLATE, testReportTemplate } from '../fixtures/report-template/test-report-template.js';
import { addRow } from './messages.js';

/*
 * The Settings row "Report template", end to end: a good template is what the cover report is
 * written on; each bad one is told at its cell, with nothing written; a template that lacks one of
 * the report's styles is a warning at its cell, and the report is still written.
 */
const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packsmith-report-template-'));
  const template = await testReportTemplate();
  const files: Record<string, Uint8Array> = {
    'partnership.dotx': template,
    'notes.dotx': notAPackage(),
    'slides.dotx': presentationPackage(),
    'no-styles.dotx': withoutStyles(template),
    'no-page.dotx': withoutPageSetup(template),
    'no-heading-3.docx': withoutStylesNamed(template, ['Heading3']),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, name), bytes);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function packWith(name: string, template: string) {
  let row = 0;
  const workbook = join(folder, `${name}.xlsx`);
  await writeFile(workbook, await fixtureWorkbook((sheets) => void (row = addRow(sheets, 'Settings', { Setting: 'Report template', Value: template }))));
  const outDir = join(folder, `${name}-out`);
  const outcome = await runPack({ workbookPath: workbook, month: JANUARY_2026, outDir });
  const messages = outcome.kind === 'invalid' || outcome.kind === 'written' ? outcome.diagnostics.map((d) => formatDiagnostic(d)).filter((m) => m.startsWith(`Settings!B${row}:`)) : [];
  const written = await readdir(outDir, { recursive: true }).catch(() => []);
  const report = written.find((f) => f.endsWith('.docx'));
  return { outcome, messages, row, written, report: report === undefined ? undefined : await docxParts(await readFile(join(outDir, report))) };
}

describe('the Settings row "Report template"', () => {
  test('a Word template: the cover report is written in its styles, on its page, with its header', async () => {
    const { outcome, messages, report } = await packWith('good', 'partnership.dotx');
    expect(messages).toEqual([]);
    expect(outcome.kind).toBe('written');
    if (report === undefined) throw new Error('no cover report written');
    expect(part(report, 'word/styles.xml')).toContain(`<w:color w:val="${TEST_TEMPLATE.heading1Colour}"/>`);
    expect(part(report, 'word/document.xml')).toContain(`<w:pgSz w:w="${TEST_TEMPLATE.page.width}" w:h="${TEST_TEMPLATE.page.height}"/>`);
  });

  test.each([
    ['notes.dotx', 'is not a Word file, so the cover report cannot be written in it; open it in Word and save it as a Word Template (.dotx) [model/not-a-template]'],
    ['slides.dotx', 'is not a Word file, so the cover report cannot be written in it; open it in Word and save it as a Word Template (.dotx) [model/not-a-template]'],
    ['no-styles.dotx', 'has no styles, so the cover report cannot be written in them; open it in Word, check its styles (Home > Styles) and save it as a Word Template (.dotx) [model/template-styles]'],
    ['no-page.dotx', 'has no page size, so the cover report cannot be laid out on it; open it in Word, set its size and margins (Layout > Size, Layout > Margins) and save it as a Word Template (.dotx) [model/template-page]'],
  ])('%s: told at its cell, nothing written', async (name, reason) => {
    const { outcome, messages, row, written } = await packWith(name.replace('.dotx', ''), name);
    expect(outcome.kind).toBe('invalid');
    expect(messages).toEqual([`Settings!B${row}: the report template "${name}" ${reason}`]);
    expect(written).toEqual([]);
  });

  test('a template without Heading 3: a warning at its cell naming the style and how to add it; the report is written', async () => {
    const { outcome, messages, row, report } = await packWith('no-heading-3', 'no-heading-3.docx');
    expect(outcome.kind).toBe('written');
    expect(messages).toEqual([
      `Settings!B${row}: warning: the report template "no-heading-3.docx" has no Heading 3 style, so the report uses packsmith's Heading 3 in the template's fonts. To use your own, open the template in Word, right-click Heading 3 in Home > Styles, choose Modify, set its look and save the template [model/template-style-missing]`,
    ]);
    expect(part(report ?? new Map(), 'word/styles.xml')).toMatch(/<w:style [^>]*w:styleId="Heading3"/);
  });
});
