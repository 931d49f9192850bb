import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import type { CoverReportView } from '../../src/compose/cover-report/cover-report-view.js';
import { TEST_TEMPLATE, testReportTemplate } from '../fixtures/report-template/test-report-template.js';
import { WITHOUT_LIBREOFFICE, convertToPdf, pdfBytes, type ConvertedPdf } from '../support/libreoffice.js';
import { pdfAccessibility, type PdfAccessibility } from '../support/pdf-accessibility.js';
import { samplePackModel } from './sample.js';

const run = promisify(execFile);

/**
 * The cover report on the test Word template, as LibreOffice prints it: the template's header text
 * (its first-page text on page 1) and footer text on every page, on the template's paper, with the
 * report's text all there.
 */
describe.skipIf(WITHOUT_LIBREOFFICE)('the cover report on a Word template, as LibreOffice prints it', () => {
  let pdf: ConvertedPdf;
  let sizes: string[];
  let tags: PdfAccessibility;
  let view: CoverReportView;

  beforeAll(async () => {
    view = composeCoverReport(await samplePackModel(), { mode: 'final' });
    const bytes = await renderCoverReport(view, { reportTemplate: { name: 'partnership.dotx', bytes: await testReportTemplate(), source: 'Settings!B22' } });
    pdf = await convertToPdf(bytes, 'cover.docx');
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', String(pdf.pages), pdf.path]);
    sizes = [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1] ?? '');
    tags = await pdfAccessibility(await pdfBytes(pdf));
  }, 120_000);

  it('stays accessible: tagged, in British English, a bookmark and an H tag for the title and every heading, table header cells', () => {
    expect(tags.tagged).toBe(true);
    expect(tags.language).toBe('en-GB');
    const headings = [view.heading.title, ...view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])))];
    expect(tags.bookmarks).toEqual(headings);
    expect(tags.elements.filter((e) => /^H[1-6]?$/.test(e.type))).toHaveLength(headings.length);
    expect(tags.tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tags.tables) expect(table.headerCells).toBeGreaterThan(0);
  });

  it('prints the template\'s header and footer text on every page', () => {
    expect(pdf.pages).toBeGreaterThan(10);
    const oneLine = (text: string) => text.replace(/\s+/g, ' ');
    pdf.pageTexts.forEach((page, i) => {
      expect(oneLine(page), `page ${i + 1}`).toContain(i === 0 ? TEST_TEMPLATE.firstHeaderText : TEST_TEMPLATE.headerText);
      expect(oneLine(page), `page ${i + 1}`).toContain(TEST_TEMPLATE.footerText);
    });
  });

  it('prints on the template\'s US Letter paper, the appendices turned', () => {
    expect(sizes).toHaveLength(pdf.pages);
    expect(new Set(sizes)).toEqual(new Set(['612 x 792', '792 x 612']));
    expect(sizes[0]).toBe('612 x 792');
  });

  it('keeps the report\'s text: the heading block and the title', () => {
    const first = pdf.pageTexts[0] ?? '';
    expect(first).toContain('QUALITY, PERFORMANCE AND OUTCOMES COMMITTEE:');
    expect(first.replace(/\s+/g, ' ')).toContain('NORTHSHIRE AND EASTDALE ICB PERFORMANCE REPORT');
    expect(pdf.info).toMatch(/^Title:\s+Northshire and Eastdale ICB Performance Report$/m);
  });
});
