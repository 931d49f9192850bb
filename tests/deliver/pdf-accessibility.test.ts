import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { runPack } from '../../src/run-pack.js';
import { everyUnitWorkbook } from '../fixtures/every-unit-workbook.js';
import { WITHOUT_LIBREOFFICE } from '../support/libreoffice.js';
import { pdfAccessibility, type PdfAccessibility } from '../support/pdf-accessibility.js';

/*
 * The final pack's PDFs are what the public reads on the committee's website, so they must pass
 * an accessibility audit (WCAG 2.1 AA, PDF/UA): each PDF is opened with a PDF library and read as
 * a checker reads it, for the sample and for a workbook with every unit and rating rule.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
/**
 * The smallest type the pack sets: chart labels in the cover report, the SPC icons' letters and
 * the smallest appendix captions on the slides. Tables and narrative are 9 pt, body text 11 pt.
 */
const MINIMUM_TEXT_PT = 8;
/** LibreOffice's longest slide bookmark, characters. */
const SLIDE_BOOKMARK_LENGTH = 63;

interface FinalPdfs {
  readonly cover: PdfAccessibility;
  readonly slides: PdfAccessibility;
  /** The cover report's title and headings, and the slide titles, as composed. */
  readonly headings: readonly string[];
  readonly slideTitles: readonly string[];
  /** The alt texts of the charts, as composed: the report's in order, the slides' in slide order. */
  readonly reportCharts: readonly string[];
  readonly slideCharts: readonly string[];
}

const CASES: readonly { readonly name: string; readonly workbook: () => Promise<string> }[] = [
  { name: 'the sample', workbook: async () => join(ROOT, 'seeds/example-icb.xlsx') },
  {
    name: 'a workbook with every unit and rating rule',
    workbook: async () => {
      const path = join(await mkdtemp(join(tmpdir(), 'packsmith-every-unit-')), 'every-unit.xlsx');
      await writeFile(path, await everyUnitWorkbook());
      return path;
    },
  },
];

describe.skipIf(WITHOUT_LIBREOFFICE).each(CASES)('the final PDFs of $name pass an accessibility audit', ({ workbook }) => {
  let dir = '';
  let pdfs: FinalPdfs;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'packsmith-pdf-a11y-'));
    const outcome = await runPack({ workbookPath: await workbook(), month: JANUARY, mode: 'final', outDir: dir });
    if (outcome.kind !== 'written') throw new Error(`the final pack was not written: ${JSON.stringify(outcome)}`);
    const read = async (suffix: string): Promise<PdfAccessibility> => {
      const name = outcome.files.find((f) => f.endsWith(suffix));
      if (name === undefined) throw new Error(`no ${suffix} among ${outcome.files.join(', ')}`);
      return pdfAccessibility(await readFile(name));
    };
    const report = composeCoverReport(outcome.model, { mode: 'final' });
    const blocks = report.sections.flatMap((s) => s.blocks);
    const slides = composeSlidePack(outcome.model, { mode: 'final' }).slides;
    pdfs = {
      cover: await read('-cover-report.pdf'),
      slides: await read('-3as-pack.pdf'),
      headings: [report.heading.title, ...blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))],
      slideTitles: slides.map((s) => s.title.text),
      reportCharts: blocks.flatMap((b) => (b.kind === 'chart' ? [b.altText] : [])),
      slideCharts: slides.flatMap((s) => s.items.flatMap((i) => (i.kind === 'line-chart' ? [i.altText] : []))),
    };
  }, 300_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const both = (): [string, PdfAccessibility][] => [
    ['cover report', pdfs.cover],
    ['slide pack', pdfs.slides],
  ];

  it('is tagged, shows its title in the title bar and is in British English, document and every element', () => {
    for (const [name, pdf] of both()) {
      expect(pdf.tagged, name).toBe(true);
      expect(pdf.displaysTitle, name).toBe(true);
      expect(pdf.title, name).not.toBe('');
      expect(pdf.language, name).toBe('en-GB');
      expect(pdf.elements.filter((e) => e.language !== '' && e.language !== 'en-GB'), name).toEqual([]);
      expect([...pdf.contentLanguages].filter((l) => l !== 'en-GB'), name).toEqual([]);
    }
  });

  it('has a bookmark for the title and every heading of the report, the title first, and one for every slide', () => {
    expect(pdfs.cover.bookmarks).toEqual(pdfs.headings);
    const headings = pdfs.cover.elements.filter((e) => /^H[1-6]?$/.test(e.type));
    expect(headings).toHaveLength(pdfs.headings.length);
    expect(headings[0]?.type).toBe('H1');
    // LibreOffice (7.4) cuts a slide's bookmark at 63 characters (and the spaces it ends in); the title itself is whole
    expect(pdfs.slides.bookmarks).toEqual(pdfs.slideTitles.map((title) => title.slice(0, SLIDE_BOOKMARK_LENGTH).trimEnd()));
  });

  it('gives every figure its alternative text, and every chart its own, in words', () => {
    for (const [name, pdf] of both()) {
      const figures = pdf.elements.filter((e) => e.type === 'Figure');
      expect(figures.length, name).toBeGreaterThan(0);
      expect(figures.filter((f) => f.alt.trim().split(/\s+/).length < 2), name).toEqual([]);
    }
    expect(pdfs.reportCharts.length).toBeGreaterThan(0);
    expect(pdfs.slideCharts.length).toBeGreaterThan(0);
    // the report's figures are its charts, in order; each slide chart's text is on exactly one figure
    expect(pdfs.cover.elements.filter((e) => e.type === 'Figure').map((f) => f.alt)).toEqual(pdfs.reportCharts);
    const slideAlts = pdfs.slides.elements.filter((e) => e.type === 'Figure').map((f) => f.alt);
    for (const alt of pdfs.slideCharts) expect(slideAlts.filter((a) => a === alt), alt).toHaveLength(1);
  });

  it('gives every table its header cells, and every header cell a scope', () => {
    for (const [name, pdf] of both()) {
      expect(pdf.tables.length, name).toBeGreaterThan(0);
      expect(pdf.tables.filter((t) => t.headerCells === 0), name).toEqual([]);
      const headers = pdf.elements.filter((e) => e.type === 'TH');
      expect(headers.filter((h) => !['Row', 'Column', 'Both'].includes(h.scope)), name).toEqual([]);
    }
  });

  it(`draws no text smaller than ${MINIMUM_TEXT_PT} pt`, () => {
    for (const [name, pdf] of both()) {
      expect(pdf.textSizes.size, name).toBeGreaterThan(0);
      expect([...pdf.textSizes.keys()].filter((size) => size < MINIMUM_TEXT_PT), name).toEqual([]);
    }
  });
});
