import { beforeAll, describe, expect, it } from 'vitest';
import type { SlidePackView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { renderSlidePack } from '../../src/render/pptx/render-slide-pack.js';
import { WITHOUT_LIBREOFFICE, convertToPdf, type ConvertedPdf } from '../support/libreoffice.js';
import { sampleView, slideParts, unzipPptx } from './sample-pack.js';

let view: SlidePackView;
let pdf: ConvertedPdf;
let slides: { number: number; xml: string; rels: string }[];

/** A page's text in one line, without the DRAFT mark (it sits on the title's line). */
function flat(text: string | undefined): string {
  return (text ?? '').replace(/\bDRAFT\b/g, ' ').replace(/\s+/g, ' ').trim();
}

describe.skipIf(WITHOUT_LIBREOFFICE)('LibreOffice opens the slide pack and prints it', () => {
  beforeAll(async () => {
    view = await sampleView();
    const bytes = await renderSlidePack(view);
    slides = slideParts((await unzipPptx(bytes)).xml);
    pdf = await convertToPdf(bytes, 'pack.pptx');
  }, 180_000);

  it('prints one page per slide', () => {
    expect(pdf.pages).toBe(view.slides.length);
  });

  it('prints each slide under its title', () => {
    view.slides.forEach((slide, index) => expect(flat(pdf.pageTexts[index]), `page ${index + 1}`).toContain(flat(slide.title.text)));
  });

  it("each contents entry's slide number is the slide its link opens, and that page is the entry's", () => {
    const contents = slides.find((s) => s.xml.includes('name="Contents"'));
    const rows = (contents?.xml ?? '').split('<a:tr ').slice(2);
    const entries = view.slides.find((s) => s.kind === 'contents')?.items.flatMap((i) => (i.kind === 'table' ? i.rows : [])) ?? [];
    expect(rows.length).toBe(entries.length);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const cells = row.slice(0, row.indexOf('</a:tr>')).split('<a:tc>').slice(1);
      const text = (cell: string | undefined) => [...(cell ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&');
      const entry = text(cells[0]);
      const number = Number(text(cells[1]));
      const rId = /r:id="([^"]+)"/.exec(cells[1] ?? '')?.[1];
      const target = Number(new RegExp(`Id="${rId}"[^>]*Target="slide(\\d+)\\.xml"`).exec(contents?.rels ?? '')?.[1]);
      expect(target, entry).toBe(number);
      const page = flat(pdf.pageTexts[target - 1]);
      const heading = entry.startsWith('Executive summary') ? 'Executive summary' : entry.startsWith('Charts') ? 'actual against' : entry.startsWith('Appendi') ? 'Appendi' : entry;
      expect(page.toLowerCase(), entry).toContain(heading.toLowerCase());
    }
  });

  it('prints sample cells where they belong', () => {
    const page = (title: string) => flat(pdf.pageTexts[(view.slides.find((s) => s.title.text.startsWith(title))?.number ?? 0) - 1]);
    const withCaption = (id: string) => flat(pdf.pageTexts[(view.slides.find((s) => s.items.some((i) => i.kind === 'text' && i.name === `Caption ${id}`))?.number ?? 0) - 1]);
    expect(page('Summary of performance against plan (1 of ')).toMatch(/% of A&E attendances within 4 hours \(all types\) Dec-25 76\.1% 78\.9% Green/);
    expect(page('Performance against plan: Urgent Care (1 of 2)')).toMatch(/Ambulance handover monthly average time 00:15:00 Nov-25 00:15:00 00:47:14 R 00:15:00 00:52:44 R/);
    expect(page('Use of resources: finance dashboard')).toMatch(/System CIP delivery 96\.03 92\.49 Red† 190\.47 184\.98 Red†/);
    expect(page('Appendix B')).toMatch(/Period ICB actual ICB plan/);
    expect(withCaption('LDACYP')).toMatch(/Too few points for SPC: 1 figure; 24 months are/);
    // The SPC words print beside their icons, and the icons' letters print too.
    expect(page('Performance against plan: Urgent Care (1 of 2)')).toMatch(/F Failing‡/);
    expect(page('Appendix: how to read SPC')).toMatch(/H Improving \(high\).*P Passing.*F Failing.*\? Hit and miss/);
  });
});
