import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../src/deliver/convert-to-pdf.js';
import { conversionJobs, officeLanes, slideRuns } from '../../src/deliver/conversion-plan.js';
import { slidePackBytes } from '../../src/deliver/office-memory.js';
import { slideLinkUrl, slideOfLink } from '../../src/render/pdf/slide-links.js';
import { readSlidePack, slidePackPart } from '../../src/render/pptx/package/slide-pack-parts.js';
import { renderSlidePack } from '../../src/render/pptx/render-slide-pack.js';
import { contentOf, readZip, writeZip, zipEntry } from '../../src/render/zip/zip-archive.js';
import { WITHOUT_LIBREOFFICE } from '../support/libreoffice.js';
import { sampleView, unzipPptx } from './sample-pack.js';

const MB = 1024 * 1024;
let pack: Uint8Array;

beforeAll(async () => {
  pack = await renderSlidePack(await sampleView());
}, 60_000);

describe("a part of the slide pack, for LibreOffice to convert beside the others", () => {
  it('lists only its slides, each showing its number in the whole pack and linking to slides by the address the merge resolves', async () => {
    const whole = await unzipPptx(pack);
    const slides = readSlidePack(pack).slides;
    expect(slides.map((s) => s.number)).toEqual(slides.map((_, i) => i + 1));
    const part = await unzipPptx(slidePackPart(readSlidePack(pack), 10, 20));
    const listed = (part.xml.get('ppt/presentation.xml') ?? '').match(/<p:sldId\b[^>]*>/g) ?? [];
    expect(listed).toHaveLength(11);
    let links = 0;
    for (const slide of slides.filter((s) => s.number >= 10 && s.number <= 20)) {
      const xml = part.xml.get(slide.part) ?? '';
      const rels = part.xml.get(slide.part.replace('slides/', 'slides/_rels/') + '.rels') ?? '';
      expect(xml, `slide ${slide.number}`).not.toContain('type="slidenum"');
      expect(xml, `slide ${slide.number}`).toMatch(new RegExp(`<a:r>(?:<a:rPr\\b[^>]*?(?:/>|>.*?</a:rPr>))?<a:t>${slide.number}</a:t></a:r>`));
      expect(xml).not.toContain('hlinksldjump');
      expect(rels).not.toMatch(/relationships\/slide"/);
      // each link to a slide now goes to that slide's address
      const before = [...(whole.xml.get(slide.part.replace('slides/', 'slides/_rels/') + '.rels') ?? '').matchAll(/Id="([^"]+)" Type="[^"]*\/slide" Target="slide(\d+)\.xml"/g)];
      for (const [, id, target] of before) {
        const number = slides.find((s) => s.part === `ppt/slides/slide${target}.xml`)?.number ?? 0;
        expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${slideLinkUrl(number)}" TargetMode="External"/>`);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(0);
    // the slides outside the part are untouched
    expect(part.xml.get('ppt/slides/slide3.xml')).toBe(whole.xml.get('ppt/slides/slide3.xml'));
  });

  it('is not cut where its parts would not merge into the whole: a hidden slide, a jump to the next slide, a slide number outside a placeholder', async () => {
    const variant = async (change: (name: string, xml: string) => string): Promise<Uint8Array> => {
      const entries = readZip(pack).map((entry) => (/\.xml$/.test(entry.name) ? zipEntry(entry.name, new TextEncoder().encode(change(entry.name, new TextDecoder().decode(contentOf(entry)))), true) : entry));
      return writeZip(entries, new Date('2026-01-31T00:00:00Z'));
    };
    expect(readSlidePack(pack).divisible).toBe(true);
    const hidden = await variant((name, xml) => (name === 'ppt/slides/slide5.xml' ? xml.replace('<p:sld ', '<p:sld show="0" ') : xml));
    const jump = await variant((name, xml) => (name === 'ppt/slides/slide7.xml' ? xml.replace('action="ppaction://hlinksldjump"', 'action="ppaction://hlinkshowjump?jump=nextslide"') : xml));
    const loose = await variant((name, xml) => (name === 'ppt/slideMasters/slideMaster1.xml' ? xml.replace('</p:spTree>', '<p:sp><p:nvSpPr><p:cNvPr id="99" name="n"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:fld id="{1}" type="slidenum"><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp></p:spTree>') : xml));
    for (const bytes of [hidden, jump, loose]) {
      expect(readSlidePack(bytes).divisible).toBe(false);
      expect(conversionJobs([{ name: 'pack.pptx', bytes }], 4096 * MB, 2)[0]).toHaveLength(1);
    }
    // numbered from another number: each part shows the pack's own
    const fromTen = await variant((name, xml) => (name === 'ppt/presentation.xml' ? xml.replace('<p:presentation ', '<p:presentation firstSlideNum="10" ') : xml));
    const part = await unzipPptx(slidePackPart(readSlidePack(fromTen), 3, 3));
    expect(part.xml.get(readSlidePack(fromTen).slides[2]?.part ?? '')).toMatch(/<a:t>12<\/a:t><\/a:r>/);
  });

  it('reads its own address back, and no other', () => {
    expect(slideOfLink(slideLinkUrl(43))).toBe(43);
    expect(slideOfLink('https://example.org/slide/43')).toBeUndefined();
    expect(slideOfLink(`${slideLinkUrl(0)}`)).toBeUndefined();
  });

  it('is cut where the pack is long to convert, by the cores, and by the memory each LibreOffice may hold', () => {
    const document = { name: 'pack.pptx', bytes: pack };
    const report = { name: 'report.docx', bytes: new Uint8Array() };
    const spans = (cores: number, memory: number) => conversionJobs([report, document], memory * MB, cores).map((jobs) => jobs.map((j) => j.name));
    // one core and room for it all: whole, as before
    expect(spans(1, 4096)).toEqual([['report.docx'], ['pack.pptx']]);
    const parts = spans(2, 4096)[1] ?? [];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, i) => `pack.part-${i + 1}.pptx`));
    // one core but little memory: parts one after another, each within the memory
    const small = conversionJobs([document], 1000 * MB, 1)[0] ?? [];
    expect(small.length).toBeGreaterThan(1);
    for (const job of small) expect(job.estimate).toBeLessThanOrEqual((1000 * MB) / 1.25);
    // memory too small to share out: whole, for the limit to decide, never a part a slide
    expect(spans(1, 250)).toEqual([['report.docx'], ['pack.pptx']]);
    // as many LibreOffices as the cores, while each has room for twice an empty office
    expect([officeLanes(4096 * MB, 2), officeLanes(4096 * MB, 16), officeLanes(2048 * MB, 8), officeLanes(250 * MB, 2)]).toEqual([2, 5, 2, 1]);
    // every slide in exactly one part, in order
    const counted = small.map((job) => ((new TextDecoder().decode(job.bytes).match(/<p:sldId\b[^>]*>/g) ?? []).length));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(readSlidePack(pack).slides.length);
  });

  it('holds at most some 1 GB of work in one part, however much memory there is: Impress slows a cell as a part grows', () => {
    // a long appendix: 200 slides of 375 cells (75,000 cells, some 7 GB converted whole)
    const slides = Array.from({ length: 200 }, (_, i) => ({ number: i + 1, part: `ppt/slides/slide${i + 1}.xml`, cells: 375, charts: 0 }));
    const sizes = (memoryMb: number, lanes: number) => slideRuns(slides, memoryMb * MB, lanes).map((run) => slidePackBytes(run.reduce((sum, s) => sum + s.cells, 0), 0));
    for (const [memoryMb, lanes] of [[65_536, 2], [65_536, 1], [250, 1]] as const) {
      const parts = sizes(memoryMb, lanes);
      expect(parts.length).toBeGreaterThan(6);
      for (const bytes of parts) expect(bytes).toBeLessThanOrEqual(1024 * MB);
    }
    // a pack within it on one core: whole
    expect(slideRuns(slides.slice(0, 10), 65_536 * MB, 1)).toHaveLength(1);
  });
});

/** What a reader of the slide pack's PDF meets: per page its links (text and the page each goes to), the bookmarks, and the structure. */
async function readerView(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index]));
  const resolve = (object: PDFObject | undefined): PDFObject | undefined => (object instanceof PDFRef ? pdf.context.lookup(object) : object);
  const text = (object: PDFObject | undefined): string => {
    const value = resolve(object);
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
  };
  const links = pages.map((page) => {
    const annotations = resolve(page.node.get(PDFName.of('Annots')));
    if (!(annotations instanceof PDFArray)) return [];
    return annotations
      .asArray()
      .map((a) => resolve(a))
      .filter((a): a is PDFDict => a instanceof PDFDict)
      .map((a) => {
        const dest = resolve(a.get(PDFName.of('Dest')));
        const action = resolve(a.get(PDFName.of('A')));
        const target = dest instanceof PDFArray ? `page ${pageIndex.get(dest.get(0).toString()) ?? '?'}` : action instanceof PDFDict ? text(action.get(PDFName.of('URI'))) : '';
        return `${text(a.get(PDFName.of('Contents')))} -> ${target}`;
      })
      .sort();
  });
  const bookmarks: string[] = [];
  for (let item = resolve(resolve(pdf.catalog.get(PDFName.of('Outlines'))) instanceof PDFDict ? (resolve(pdf.catalog.get(PDFName.of('Outlines'))) as PDFDict).get(PDFName.of('First')) : undefined); item instanceof PDFDict; item = resolve(item.get(PDFName.of('Next')))) {
    const dest = resolve(item.get(PDFName.of('Dest')));
    bookmarks.push(`${text(item.get(PDFName.of('Title')))} -> page ${dest instanceof PDFArray ? (pageIndex.get(dest.get(0).toString()) ?? '?') : '?'}`);
  }
  const root = resolve(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  const types: string[] = [];
  const visit = (node: PDFObject | undefined, depth: number): void => {
    const value = resolve(node);
    if (value instanceof PDFArray) for (const kid of value.asArray()) visit(kid, depth);
    else if (value instanceof PDFDict && value.has(PDFName.of('S'))) {
      const page = resolve(value.get(PDFName.of('Pg')));
      types.push(`${depth} ${text(value.get(PDFName.of('S'))) || String(value.get(PDFName.of('S')))} ${page === undefined ? '' : (pageIndex.get(String(value.get(PDFName.of('Pg')))) ?? '?')}`);
      visit(value.get(PDFName.of('K')), depth + 1);
    }
  };
  if (root instanceof PDFDict) visit(root.get(PDFName.of('K')), 0);
  // each page's marked content is found through the parent tree, under that page's elements
  const nums = root instanceof PDFDict ? resolve((resolve(root.get(PDFName.of('ParentTree'))) as PDFDict).get(PDFName.of('Nums'))) : undefined;
  const parents = new Map<number, PDFObject | undefined>();
  if (nums instanceof PDFArray) for (let at = 0; at + 1 < nums.size(); at += 2) parents.set((nums.get(at) as PDFNumber).asNumber(), nums.get(at + 1));
  const misplaced = pages.flatMap((page, index) => {
    const key = page.node.get(PDFName.of('StructParents'));
    const elements = resolve(parents.get(key instanceof PDFNumber ? key.asNumber() : -1));
    if (!(elements instanceof PDFArray)) return [`page ${index}: no parent tree entry`];
    return elements.asArray().flatMap((e) => {
      const element = resolve(e);
      const pg = element instanceof PDFDict ? element.get(PDFName.of('Pg')) : undefined;
      return pg === undefined || pageIndex.get(pg.toString()) === index ? [] : [`page ${index}: an element of page ${pageIndex.get(pg.toString()) ?? '?'}`];
    });
  });
  // a font subset's name names one subset in the file
  const subsets = new Map<string, number>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const base = object instanceof PDFDict && String(object.get(PDFName.of('Type'))) === '/Font' ? String(object.get(PDFName.of('BaseFont'))) : '';
    if (/^\/[A-Z]{6}\+/.test(base)) subsets.set(base, (subsets.get(base) ?? 0) + 1);
  }
  const sharedSubsetNames = [...subsets].filter(([, count]) => count > 1).map(([base]) => base);
  return { pages: pages.length, links, bookmarks, types, misplaced, sharedSubsetNames };
}

describe.skipIf(WITHOUT_LIBREOFFICE)("the slide pack's PDF converted in parts and merged", () => {
  let whole: Awaited<ReturnType<typeof readerView>>;
  let merged: Awaited<ReturnType<typeof readerView>>;

  beforeAll(async () => {
    const document = { name: 'pack.pptx', bytes: pack };
    expect(conversionJobs([document], 4096 * MB, 2)[0]?.length).toBeGreaterThan(1);
    const wholePdf = (await convertToPdf([document], { cores: 1 })).get('pack.pdf');
    const mergedPdf = (await convertToPdf([document], { cores: 2 })).get('pack.pdf');
    if (wholePdf === undefined || mergedPdf === undefined) throw new Error('no PDF');
    whole = await readerView(wholePdf);
    merged = await readerView(mergedPdf);
  }, 300_000);

  it('has a page for every slide, as the PDF of the whole pack does', () => {
    expect(merged.pages).toBe(whole.pages);
  });

  it('links each slide to the same pages, and has no address of a part left', () => {
    expect(merged.links).toEqual(whole.links);
    expect(merged.links.flat().filter((link) => link.includes('packsmith.invalid'))).toEqual([]);
    expect(merged.links.flat().length).toBeGreaterThan(0);
  });

  it('has the same bookmarks, each to its slide', () => {
    expect(merged.bookmarks).toEqual(whole.bookmarks);
  });

  it('gives each font subset a name of its own, as one conversion does', () => {
    expect(whole.sharedSubsetNames).toEqual([]);
    expect(merged.sharedSubsetNames).toEqual([]);
  });

  it('has the same structure, page by page, and every page finds its own elements through the parent tree', () => {
    expect(merged.types).toEqual(whole.types);
    expect(merged.misplaced).toEqual([]);
    expect(whole.misplaced).toEqual([]);
  });
});
