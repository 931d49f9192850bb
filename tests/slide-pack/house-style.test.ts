import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlidePackView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { packTemplate } from '../../src/house-style/pack-template.js';
import type { HouseStyle } from '../../src/model/house-style.js';
import { buildPack, slidesOnTemplate } from '../../src/pipeline.js';
import { PACKSMITH_TEMPLATE } from '../../scripts/slide-template/packsmith-template.js';
import { templateBytes } from '../../scripts/slide-template/template-parts.js';
import { HOUSE_STYLE_FIXTURES } from '../fixtures/house-style/house-style-fixtures.js';
import { PARTNER_TEXT, TEST_HOUSE_STYLE, TEST_LOGO, TEST_WIDE_STYLE, WIDE_PARTNER_TEXT } from '../fixtures/house-style/test-house-style.js';
import { WITHOUT_LIBREOFFICE, convertToPdf, type ConvertedPdf } from '../support/libreoffice.js';
import { slideParts, unzipPptx } from './sample-pack.js';

/*
 * The slide pack drawn on an organisation's own template: two test house styles, one 4:3 in
 * Georgia and Verdana, green and plum, the other widescreen in Cambria and Calibri, navy and teal
 * with a band behind the titles, each with a logo picture and partner wording on its master, unlike
 * packsmith's own (16:9, Arial, the organisation's blue). The pack must carry the template's
 * masters, layouts and theme, put each slide on the layout that fits, and lay its content out in
 * that layout's content area.
 */
const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));
const FIXTURES = new URL('../fixtures/house-style/', import.meta.url);
const TEMPLATE = readFileSync(new URL('test-house-style.potx', FIXTURES));
const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;

const inTestStyle: HouseStyle = { slideTemplate: { name: 'test-house-style.potx', bytes: TEMPLATE, source: 'Settings!B21' } };
const inWideStyle: HouseStyle = { slideTemplate: { name: 'test-wide-style.potx', bytes: readFileSync(new URL('test-wide-style.potx', FIXTURES)), source: 'Settings!B21' } };
const withLogo: HouseStyle = { logo: { name: 'logo.png', bytes: TEST_LOGO, type: 'png', widthPx: 240, heightPx: 80, source: 'Settings!B23' } };

async function slidePackWith(houseStyle: HouseStyle): Promise<{ bytes: Uint8Array; view: SlidePackView }> {
  const result = await buildPack({ workbook: SAMPLE, workbookName: 'example-icb.xlsx', month: JANUARY_2026, houseStyle });
  if (!result.ok || result.documents === undefined || result.model === undefined) throw new Error('the sample did not build');
  return { bytes: result.documents.slidePack.bytes, view: slidesOnTemplate(result.model, { mode: 'draft' }, houseStyle).view };
}

/** The names PowerPoint shows for the package's layouts, in part order. */
function layoutNames(xml: ReadonlyMap<string, string>): string[] {
  return [...xml.entries()]
    .filter(([name]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
    .sort(([a], [b]) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
    .map(([, part]) => /<p:cSld name="([^"]+)"/.exec(part)?.[1] ?? '');
}

describe('the templates ship as made by their scripts', () => {
  it("packsmith's own template is the file its description makes", () => {
    expect(Buffer.from(templateBytes(PACKSMITH_TEMPLATE)).equals(readFileSync(new URL('../../templates/slide-pack/packsmith.potx', import.meta.url)))).toBe(true);
  });

  it('each house-style fixture is the file its description makes', () => {
    for (const [name, bytes] of Object.entries(HOUSE_STYLE_FIXTURES(templateBytes))) {
      expect(Buffer.from(bytes).equals(readFileSync(new URL(name, FIXTURES))), name).toBe(true);
    }
  });
});

/** The two test house styles: 4:3 and widescreen, each with its own fonts, colours, logo and wording. */
const STYLES = [
  { label: '4:3 test house style', spec: TEST_HOUSE_STYLE, partner: PARTNER_TEXT, houseStyle: inTestStyle },
  { label: 'widescreen test house style', spec: TEST_WIDE_STYLE, partner: WIDE_PARTNER_TEXT, houseStyle: inWideStyle },
] as const;

describe.each(STYLES)('the sample drawn on the $label', ({ spec, partner, houseStyle }) => {
  let bytes: Uint8Array;
  let view: SlidePackView;
  let xml: Map<string, string>;
  let binary: Map<string, Uint8Array>;
  let template: Map<string, string>;

  beforeAll(async () => {
    ({ bytes, view } = await slidePackWith(houseStyle));
    ({ xml, binary } = await unzipPptx(bytes));
    template = (await unzipPptx(houseStyle.slideTemplate?.bytes ?? new Uint8Array())).xml;
  }, 180_000);

  it("is the template's size and has the template's master, layouts and theme", () => {
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"\/>/.exec(xml.get('ppt/presentation.xml') ?? '');
    expect(size?.[0]).toBe(/<p:sldSz [^>]*\/>/.exec(template.get('ppt/presentation.xml') ?? '')?.[0]);
    expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(spec.width / spec.height, 3);
    expect(layoutNames(xml)).toEqual(layoutNames(template));
    const master = xml.get('ppt/slideMasters/slideMaster1.xml') ?? '';
    expect(master).toContain(partner);
    const logo = spec.masterShapes.find((shape) => shape.kind === 'picture');
    expect(master).toMatch(new RegExp(`<p:pic>.*descr="${logo?.kind === 'picture' ? logo.altText : ''}"`, 's'));
    // the master's picture is the template's own
    expect(Buffer.from(binary.get('ppt/media/image1.png') ?? []).equals(Buffer.from(logo?.kind === 'picture' ? logo.png : []))).toBe(true);
    const theme = xml.get('ppt/theme/theme1.xml') ?? '';
    expect(theme).toContain(`<a:majorFont><a:latin typeface="${spec.fonts.major}"/>`);
    expect(theme).toContain(`<a:minorFont><a:latin typeface="${spec.fonts.minor}"/>`);
    expect(theme).toContain(`<a:accent1><a:srgbClr val="${spec.colours.accents[0]}"/></a:accent1>`);
    // the template's parts as it has them, but for the language of their text
    const language = (part: string | undefined) => (part ?? '').replace(/ lang="[^"]*"/g, '');
    expect(language(master)).toBe(language(template.get('ppt/slideMasters/slideMaster1.xml')));
    expect(xml.get('ppt/theme/theme1.xml')).toBe(template.get('ppt/theme/theme1.xml'));
    // none of pptxgenjs's own masters or layouts is left
    expect([...xml.keys()].filter((name) => /^ppt\/slide(Masters|Layouts)\/[^/]+\.xml$/.test(name))).toHaveLength(6);
    expect([...xml.values()].some((part) => part.includes('PACKSMITH CONTENT'))).toBe(false);
  });

  it('puts each slide on the layout that fits: the title slide, the section header for the appendices, title only for the rest', () => {
    const layoutOfSlide = (rels: string) => /Target="\.\.\/slideLayouts\/(slideLayout\d+)\.xml"/.exec(rels)?.[1];
    const names = new Map(layoutNames(xml).map((name, index) => [`slideLayout${index + 1}`, name]));
    for (const slide of slideParts(xml)) {
      const kind = view.slides[slide.number - 1]?.kind;
      const expected = kind === 'title' ? 'Title Slide' : kind === 'divider' ? 'Section Header' : 'Title Only';
      expect(names.get(layoutOfSlide(slide.rels) ?? ''), `slide ${slide.number}`).toBe(expected);
    }
  });

  it("titles go into the layout's title placeholder, in the template's font and colour", () => {
    for (const slide of slideParts(xml)) {
      const title = /<p:sp>(?:(?!<\/p:sp>).)*<p:ph type="(?:title|ctrTitle)"\/>(?:(?!<\/p:sp>).)*<\/p:sp>/s.exec(slide.xml)?.[0] ?? '';
      expect(title, `slide ${slide.number}`).not.toBe('');
      expect(title, `slide ${slide.number}`).not.toMatch(/<a:latin|<a:solidFill/);
    }
    expect(slideParts(xml)[0]?.xml).toContain('<p:ph type="ctrTitle"/>');
  });

  it('text, tables and charts are set in the theme font; the footer and slide number fill the layout placeholders', () => {
    const typefaces = new Set([...xml.entries()].filter(([name]) => /^ppt\/(slides|charts)\//.test(name)).flatMap(([, part]) => [...part.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1])));
    expect([...typefaces]).toEqual(['+mn-lt']);
    for (const slide of slideParts(xml).slice(1)) {
      expect(slide.xml, `slide ${slide.number}`).toMatch(/<p:ph type="ftr" sz="quarter" idx="11"\/>/);
      expect(slide.xml, `slide ${slide.number}`).toMatch(/<p:ph type="sldNum" sz="quarter" idx="12"\/>/);
    }
  });

  it("lays every item out inside its layout's content area, and no text is taller than its box", () => {
    const frame = packTemplate(houseStyle, '#005EB8').frame;
    for (const slide of view.slides) {
      if (slide.layout === 'title') continue;
      const body = frame.layouts[slide.layout].body;
      for (const item of slide.items) {
        const w = item.kind === 'table' ? item.columns.reduce((sum, c) => sum + c, 0) : item.w;
        const where = `slide ${slide.number} ${item.kind} ${item.name}`;
        expect(item.x, where).toBeGreaterThanOrEqual(body.x - 1e-6);
        expect(item.y, where).toBeGreaterThanOrEqual(body.y - 1e-6);
        expect(item.x + w, where).toBeLessThanOrEqual(body.x + body.w + 1e-3);
        expect(item.y + item.h, where).toBeLessThanOrEqual(body.y + body.h + 1e-3);
        if (item.kind === 'text') expect(item.fitted.height, where).toBeLessThanOrEqual(item.h + 1e-6);
      }
    }
  });

  it("names every preparer in full on the title slide, however short the layout's subtitle area", () => {
    const prepared = view.slides[0]?.items.find((item) => item.kind === 'text' && item.name === 'Prepared by');
    const text = prepared?.kind === 'text' ? prepared.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join('\n') : '';
    for (const role of ['Senior Performance Manager, ICS Performance Service', 'Performance and Business Intelligence Analyst', 'Head of Performance and Assurance']) expect(text).toContain(role);
    expect(text).not.toContain('…');
  });

  it('is the same bytes when drawn again', async () => {
    const again = await slidePackWith(houseStyle);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  describe.skipIf(WITHOUT_LIBREOFFICE)('as LibreOffice prints it', () => {
    let pdf: ConvertedPdf;
    beforeAll(async () => {
      pdf = await convertToPdf(bytes, 'house-style.pptx');
    }, 180_000);

    it("prints one page per slide, each with the master's partner wording, and the pack's footer on every content slide", () => {
      expect(pdf.pages).toBe(view.slides.length);
      const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');
      pdf.pageTexts.forEach((text, index) => {
        expect(flat(text), `page ${index + 1}`).toContain(partner);
        if (index > 0) expect(flat(text), `page ${index + 1}`).toContain('January 2026');
      });
    });
  });
});

describe('a logo named on the Settings sheet', () => {
  it("goes on the title slide of packsmith's own template, with its alt text", async () => {
    const { bytes } = await slidePackWith(withLogo);
    const { xml, binary } = await unzipPptx(bytes);
    const [first, second] = slideParts(xml);
    expect(first?.xml).toMatch(/<p:pic>.*descr="Example Integrated Care Board logo"/s);
    expect(second?.xml).not.toContain('<p:pic>');
    const media = [...binary.entries()].filter(([name]) => name.startsWith('ppt/media/'));
    expect(media.map(([, data]) => Buffer.from(data).equals(Buffer.from(TEST_LOGO)))).toEqual([true]);
  });

  it('is left to the template where there is one: it carries its own', async () => {
    const { bytes } = await slidePackWith({ ...inTestStyle, ...withLogo });
    const { xml } = await unzipPptx(bytes);
    expect(slideParts(xml)[0]?.xml).not.toContain('<p:pic>');
  });
});
