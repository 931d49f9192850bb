import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { CoverReportView } from '../../src/compose/cover-report/cover-report-view.js';
import type { LogoImage, TemplateFile } from '../../src/model/house-style.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { checkReportTemplate } from '../../src/render/docx/template/report-template.js';
import { TEST_LOGO } from '../fixtures/house-style/test-house-style.js';
import { notAPackage, presentationPackage, withoutPageSetup, withoutStyles, withoutStylesNamed } from '../fixtures/report-template/bad-report-templates.js';
import { TEST_TEMPLATE, testReportTemplate } from '../fixtures/report-template/test-report-template.js';
import { docxParts, part, samplePackModel, sectionFurniture, textOf } from './sample.js';

/**
 * The cover report drawn on an organisation's Word template (the test template: US Letter, wide
 * margins, its own fonts and heading colours, a logo and text in its header, text in its footer):
 * the styles, page setup, headers and footers are the template's, our content is written with its
 * styles, and the accessibility of the report is kept.
 */
let view: CoverReportView;
let templateBytes: Uint8Array;
let bytes: Uint8Array;
let parts: Map<string, string>;

const file = (bytes: Uint8Array, name = 'partnership.dotx'): TemplateFile => ({ name, bytes, source: 'Settings!B22' });

function style(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
}

beforeAll(async () => {
  view = composeCoverReport(await samplePackModel(), { mode: 'draft' });
  templateBytes = await testReportTemplate();
  bytes = await renderCoverReport(view, { reportTemplate: file(templateBytes) });
  parts = await docxParts(bytes);
});

describe('the cover report on the organisation\'s Word template', () => {
  it('takes the template\'s heading and title styles, fonts and colours, and writes our headings in them', () => {
    const styles = part(parts, 'word/styles.xml');
    for (const [id, colour] of [['Title', TEST_TEMPLATE.heading1Colour], ['Heading1', TEST_TEMPLATE.heading1Colour], ['Heading2', TEST_TEMPLATE.heading2Colour]] as const) {
      expect(style(styles, id), id).toContain(`w:ascii="${TEST_TEMPLATE.headingFont}"`);
      expect(style(styles, id), id).toContain(`<w:color w:val="${colour}"/>`);
    }
    expect(styles).not.toContain('w:ascii="Arial"');
    const document = part(parts, 'word/document.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(document, id).toContain(`<w:pStyle w:val="${id}"/>`);
  });

  it('adds the styles the template lacks from packsmith\'s, in the template\'s fonts', () => {
    const tableText = style(part(parts, 'word/styles.xml'), 'TableText');
    expect(tableText).toContain('<w:basedOn w:val="Normal"/>');
    expect(tableText).toContain('<w:sz w:val="18"/>');
    expect(tableText).not.toContain('<w:rFonts');
  });

  it('numbers the paragraphs and bullets with the template\'s List Number and List Bullet styles and their numbering', () => {
    const document = part(parts, 'word/document.xml');
    const numberingOf = (styleId: string) => /<w:numId w:val="(\d+)"\/>/.exec(style(part(parts, 'word/styles.xml'), styleId))?.[1];
    const listNumber = numberingOf('ListNumber');
    const listBullet = numberingOf('ListBullet');
    const paragraphs = [...document.matchAll(/<w:pPr><w:pStyle w:val="(\w+)"\/><w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => ({ style: m[1], level: m[2], numId: m[3] }));
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs) expect(p.style === 'ListNumber' ? p.numId === listNumber : p.style === 'ListBullet' && p.numId === listBullet && p.level === '0', JSON.stringify(p)).toBe(true);
    expect(new Set(paragraphs.filter((p) => p.style === 'ListNumber').map((p) => p.level))).toEqual(new Set(['0', '1']));
    // the template's formats: 1), (i), an en dash
    const numbering = part(parts, 'word/numbering.xml');
    for (const text of Object.values(TEST_TEMPLATE.numberFormat)) expect(numbering).toContain(`<w:lvlText w:val="${text}"/>`);
  });

  it('shades the tables\' header rows in the template\'s Heading 1 colour, and keeps the pack\'s RAG colours', () => {
    const document = part(parts, 'word/document.xml');
    const header = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '')?.[0] ?? '';
    expect(header).toContain(`w:fill="${TEST_TEMPLATE.heading1Colour}"`);
    for (const rating of ['green', 'amber', 'red'] as const) expect(document, rating).toContain(`w:fill="${view.colours[rating]}"`);
  });

  it('labels the charts in the template\'s text font', () => {
    const charts = [...parts.entries()].filter(([name]) => /^word\/charts\/chart\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(charts.length).toBeGreaterThan(10);
    for (const chart of charts) expect(chart).toContain(`<a:latin typeface="${TEST_TEMPLATE.bodyFont}"/>`);
  });

  it('fits the charts into the template\'s text width', () => {
    const { page, margin } = TEST_TEMPLATE;
    const textWidthEmu = ((page.width - margin.left - margin.right) / 1440) * 914_400;
    const extents = [...part(parts, 'word/document.xml').matchAll(/<wp:inline\b[\s\S]*?<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<c:chart /g)].map((m) => Number(m[1]));
    expect(extents.length).toBeGreaterThan(10);
    for (const cx of extents) expect(cx).toBeLessThanOrEqual(textWidthEmu);
  });

  it('draws the tables\' borders with the template\'s Table Grid style', () => {
    expect(style(part(parts, 'word/styles.xml'), 'TableGrid')).toContain(`w:color="${TEST_TEMPLATE.tableBorder}"`);
    const tables = [...part(parts, 'word/document.xml').matchAll(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g)].map((t) => t[0]);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table).toContain('<w:tblStyle w:val="TableGrid"/>');
      expect(table).not.toContain('<w:tblBorders>');
    }
  });

  it('keeps the document in British English, whatever language the template was saved in', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0]).toContain('<w:lang w:val="en-GB"/>');
    expect(styles).not.toContain('en-US');
    expect(part(parts, 'word/settings.xml')).toContain('<w:themeFontLang w:val="en-GB"/>');
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('puts every section on the template\'s page and margins, landscape appendices turned', () => {
    const sections = [...part(parts, 'word/document.xml').matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((s) => s[0]);
    expect(sections).toHaveLength(view.sections.length);
    const { page, margin } = TEST_TEMPLATE;
    sections.forEach((section, i) => {
      const size = view.sections[i]?.orientation === 'landscape' ? `<w:pgSz w:w="${page.height}" w:h="${page.width}" w:orient="landscape"/>` : `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>`;
      expect(section).toContain(size);
      expect(section).toContain(`<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>`);
    });
    // the template's different first page (its big logo) on the report's first page only
    expect(sections[0]).toContain('<w:titlePg/>');
    for (const section of sections.slice(1)) expect(section).not.toContain('titlePg');
  });

  it('carries the template\'s headers (text and logo) and footers into every section, with the draft watermark', () => {
    const headers = sectionFurniture(parts, 'header');
    const footers = sectionFurniture(parts, 'footer');
    expect(headers[0]?.map((h) => h.type).sort()).toEqual(['default', 'first']);
    for (const section of headers.slice(1)) expect(section.map((h) => h.type)).toEqual(['default']);
    for (const header of headers.flat()) {
      expect(textOf(header.xml)).toContain(header.type === 'first' ? TEST_TEMPLATE.firstHeaderText : TEST_TEMPLATE.headerText);
      expect(header.xml).toMatch(/<v:textpath [^>]*string="DRAFT"/);
      const rels = part(parts, header.path.replace(/([^/]+)$/, '_rels/$1.rels'));
      const image = /Target="([^"]+\.png)"/.exec(rels)?.[1] ?? '';
      expect(header.xml).toMatch(/<wp:docPr [^>]*descr="Example Health Partnership logo"/);
      expect(bytesPart(header.path.replace(/[^/]+$/, image))).toBe(true);
    }
    for (const footer of footers.flat()) expect(textOf(footer.xml)).toContain(TEST_TEMPLATE.footerText);
  });

  it('is a valid document package: a document (not a template), every part typed, every relationship to a part that exists', () => {
    const types = part(parts, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>');
    expect(types).not.toContain('template.main');
    const names = [...zipNames];
    for (const name of names.filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml')) {
      const extension = name.slice(name.lastIndexOf('.') + 1);
      expect(types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`), name).toBe(true);
    }
    for (const rels of names.filter((n) => n.endsWith('.rels'))) {
      const source = rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
      for (const m of part(parts, rels).matchAll(/<Relationship [^>]*>/g)) {
        if (m[0].includes('TargetMode="External"')) continue;
        const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
        const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
        for (const segment of target.replace(/^\//, '').split('/')) if (segment === '..') base.pop(); else base.push(segment);
        expect(zipNames.has(base.join('/')), `${rels}: ${target}`).toBe(true);
      }
    }
    // every relationship id a part uses is one its relationships define
    const documentIds = new Set([...part(parts, 'word/_rels/document.xml.rels').matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of part(parts, 'word/document.xml').matchAll(/r:(?:id|embed)="([^"]+)"/g)) expect(documentIds.has(m[1]), m[1]).toBe(true);
  });

  it('keeps the report\'s accessibility: the title as its first heading, table header rows, alt text', () => {
    const document = part(parts, 'word/document.xml');
    const firstHeading = /<w:pStyle w:val="(Title|Heading\d)"\/>/.exec(document);
    expect(firstHeading?.[1]).toBe('Title');
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(/<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)?.[0]).toContain('<w:tblHeader/>');
    for (const m of document.matchAll(/<wp:docPr [^>]*>/g)) expect(m[0]).toMatch(/descr="[^"]+"/);
  });

  it('gives the same bytes twice from the same view and template', async () => {
    const again = await renderCoverReport(composeCoverReport(await samplePackModel(), { mode: 'draft' }), { reportTemplate: file(await testReportTemplate()) });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a final report has no watermark in the template\'s headers', async () => {
    const final = await docxParts(await renderCoverReport(composeCoverReport(await samplePackModel(), { mode: 'final' }), { reportTemplate: file(templateBytes) }));
    for (const header of sectionFurniture(final, 'header').flat()) expect(header.xml).not.toContain('<v:textpath');
  });
});

let zipNames: Set<string>;
beforeAll(async () => {
  const { default: JSZip } = await import('jszip');
  zipNames = new Set(Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => !n.endsWith('/')));
});
function bytesPart(name: string): boolean {
  return zipNames.has(name);
}

describe('packsmith\'s own template', () => {
  it('draws the title and headings, and the tables\' header rows, in the Settings sheet\'s primary colour; links keep theirs', async () => {
    const coloured = { ...view, colours: { ...view.colours, primary: 'AA3300' } };
    const built = await docxParts(await renderCoverReport(coloured));
    const styles = part(built, 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2']) expect(style(styles, id), id).toContain('<w:color w:val="AA3300"/>');
    expect(style(styles, 'Hyperlink')).toContain('<w:color w:val="005EB8"/>');
    expect(part(built, 'word/document.xml')).toContain('w:fill="AA3300"');
  });
});

describe('a logo named on the Settings sheet', () => {
  const logo: LogoImage = { name: 'logo.png', bytes: TEST_LOGO, type: 'png', widthPx: 240, heightPx: 80, source: 'Settings!B23' };

  it('stands at the top of the first page, with alt text, where no template is given', async () => {
    const document = part(await docxParts(await renderCoverReport(view, { logo })), 'word/document.xml');
    const first = /<w:body><w:p>[\s\S]*?<\/w:p>/.exec(document)?.[0] ?? '';
    expect(first).toMatch(/<wp:docPr [^>]*descr="Example Integrated Care Board logo"/);
    expect(document.indexOf('<wp:docPr')).toBeLessThan(document.indexOf('<w:pStyle w:val="Title"/>'));
  });

  it('is left to the template where one is given: its header carries the organisation\'s logo', async () => {
    const document = part(await docxParts(await renderCoverReport(view, { logo, reportTemplate: file(templateBytes) })), 'word/document.xml');
    expect(document).not.toContain('Integrated Care Board logo');
  });
});

describe('report templates that cannot be used, each with its message', () => {
  it('a file that is not a Word package, and a package that is not a Word document, are errors', () => {
    const notWord = (name: string) => ({ severity: 'error', rule: 'model/not-a-template', reason: `the report template "${name}" is not a Word file, so the cover report cannot be written in it; open it in Word and save it as a Word Template (.dotx)` });
    expect(checkReportTemplate(file(notAPackage(), 'brand.dotx'))).toEqual([notWord('brand.dotx')]);
    expect(checkReportTemplate(file(presentationPackage(), 'slides.dotx'))).toEqual([notWord('slides.dotx')]);
  });

  it('a template without styles or without a page size is an error', () => {
    expect(checkReportTemplate(file(withoutStyles(templateBytes)))).toEqual([
      { severity: 'error', rule: 'model/template-styles', reason: 'the report template "partnership.dotx" has no styles, so the cover report cannot be written in them; open it in Word, check its styles (Home > Styles) and save it as a Word Template (.dotx)' },
    ]);
    expect(checkReportTemplate(file(withoutPageSetup(templateBytes)))).toEqual([
      { severity: 'error', rule: 'model/template-page', reason: 'the report template "partnership.dotx" has no page size, so the cover report cannot be laid out on it; open it in Word, set its size and margins (Layout > Size, Layout > Margins) and save it as a Word Template (.dotx)' },
    ]);
  });

  it('a template without Heading 3 is warned of, by name and how to add it, and the report still draws with packsmith\'s Heading 3 in the template\'s fonts', async () => {
    const lacking = withoutStylesNamed(templateBytes, ['Heading3']);
    expect(checkReportTemplate(file(lacking))).toEqual([
      { severity: 'warning', rule: 'model/template-style-missing', reason: expect.stringMatching(/^the report template "partnership\.dotx" has no Heading 3 style, so the report uses packsmith's Heading 3 in the template's fonts\. To use your own, open the template in Word, right-click Heading 3/) },
    ]);
    const styles = part(await docxParts(await renderCoverReport(view, { reportTemplate: file(lacking) })), 'word/styles.xml');
    const heading3 = style(styles, 'Heading3');
    expect(heading3).toContain('<w:outlineLvl w:val="2"/>');
    expect(heading3).not.toContain('<w:rFonts');
  });

  it('packsmith\'s own template is the one its script makes, and the test template is the same bytes each time', async () => {
    const { readFileSync } = await import('node:fs');
    const { BUILT_IN_REPORT_TEMPLATE } = await import('../../src/render/docx/template/report-template.js');
    const { packsmithReportTemplate } = await import('../../scripts/report-template-document.js');
    expect(Buffer.from(await packsmithReportTemplate()).equals(readFileSync(BUILT_IN_REPORT_TEMPLATE)), 'run npx tsx scripts/build-report-template.ts').toBe(true);
    expect(Buffer.from(await testReportTemplate()).equals(Buffer.from(templateBytes))).toBe(true);
  });

  it('the test template and packsmith\'s own pass without a message', async () => {
    expect(checkReportTemplate(file(templateBytes))).toEqual([]);
    const { readFileSync } = await import('node:fs');
    const { BUILT_IN_REPORT_TEMPLATE } = await import('../../src/render/docx/template/report-template.js');
    expect(checkReportTemplate(file(readFileSync(BUILT_IN_REPORT_TEMPLATE), 'packsmith.dotx'))).toEqual([]);
  });
});
