import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { WITHOUT_LIBREOFFICE, convertToPdf, type ConvertedPdf } from '../support/libreoffice.js';
import { samplePackModel } from './sample.js';

/**
 * LibreOffice is the real consumer the tests can run: the cover report must open and convert to PDF,
 * and the PDF's text must say what the committee reads. One conversion serves every check (each
 * costs seconds).
 */
const RUNNING_HEAD = 'Quality, Performance and Outcomes Committee – January 2026';

/** The text of the pages, running heads and page numbers taken out, runs of white space as one. */
function bodyText(pdf: ConvertedPdf): string {
  return pdf.pageTexts
    .map((page) => page.split('\n').filter((line) => !line.includes(RUNNING_HEAD) && !/^\s*Page \d+ of \d+\s*$/.test(line)).join('\n'))
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe.skipIf(WITHOUT_LIBREOFFICE)('the cover report as LibreOffice prints it', () => {
  let pdf: ConvertedPdf;
  let text: string;

  beforeAll(async () => {
    const bytes = await renderCoverReport(composeCoverReport(await samplePackModel(), { mode: 'draft' }));
    pdf = await convertToPdf(bytes, 'cover.docx');
    text = bodyText(pdf);
  }, 120_000);

  it('opens with the heading block on the first page', () => {
    const first = pdf.pageTexts[0] ?? '';
    expect(first).toContain('QUALITY, PERFORMANCE AND OUTCOMES COMMITTEE:');
    expect(first).toContain('5 FEBRUARY 2026');
    expect(first).toContain('REPORT OF THE CHIEF OPERATING OFFICER AND THE ICS PERFORMANCE SERVICE');
    expect(first).toContain('NORTHSHIRE AND EASTDALE ICB PERFORMANCE REPORT');
    expect(first).toMatch(/^\s*1\.\s+The purpose of the report/m);
  });

  it('prints the summary sentence with the sample\'s counts', () => {
    expect(text).toContain('supporting RAG ratings for 37 measures across 10 areas. Of those currently reported, 11 are green/achieving, 7 amber/within 5% and 12 red/under.');
  });

  it('names each red area', async () => {
    const model = await samplePackModel();
    const reds = model.areas.flatMap((a) => a.metrics).filter((m) => m.onSummary && m.rating.rating === 'red');
    expect(reds).toHaveLength(12);
    for (const metric of reds) expect(text.toLowerCase(), metric.id).toContain(metric.priority.replace(/\s+/g, ' ').toLowerCase());
  });

  it('prints the appendix table\'s cells on a row, with the header row repeated on each page', () => {
    const appendixPages = pdf.pageTexts.filter((page) => /Area\s+Priority\s+Level\s+period\s+Plan\s+Actual\s+Rating\s+Variation\s+Assurance/.test(page));
    expect(appendixPages.length).toBeGreaterThanOrEqual(3);
    const all = pdf.pageTexts.join('\n');
    // Two-line SPC cells sit half a line off the one-line figures beside them, so the figures
    // are matched on their line and the SPC words in the lines around it.
    expect(all).toMatch(/ICB\s+Dec-25\s+76\.1%\s+78\.9%\s+Green\b/);
    expect(all).toMatch(/ICB\s+Nov-25\s+00:15:00\s+00:47:14\s+Red\b/);
    expect(all).toMatch(/ICB\s+Jan-26\s+3\s+\*\s+N\/A\b/);
    expect(all).toMatch(/^System CIP delivery\s+96\.03\s+92\.49\s+Red†\s+190\.47\s+184\.98\s+Red†$/m);
    const at = /ICB\s+Nov-25\s+00:15:00\s+00:47:14\s+Red\b/.exec(all)?.index ?? 0;
    const handover = all.slice(Math.max(0, at - 600), at + 600);
    expect(handover).toMatch(/● Common[\s\S]*cause, trial/);
    expect(handover).toMatch(/● Failing,[\s\S]*trial/);
  });

  it('numbers every page "Page X of Y" and sets the title', () => {
    pdf.pageTexts.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`));
    expect(pdf.info).toMatch(/^Title:\s+Northshire and Eastdale ICB Performance Report$/m);
    expect(pdf.info).toMatch(/^Author:\s+Example Integrated Care Board$/m);
  });
});
