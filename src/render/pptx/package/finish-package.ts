import type { LayoutView, LineChartView, SlidePackView } from '../../../compose/slide-pack/slide-pack-view.js';
import type { SlideTemplate } from '../../../house-style/slide-template.js';
import { chartPartXml } from './chart-xml.js';
import { chartWorkbook } from './embedded-workbook.js';
import { fillSlots } from './slots.js';
import { fixSlideXml, slideOnLayout, withLayoutPlaceholders } from './slide-xml.js';
import { contentTypesOnTemplate, isReplacedPart, placeholderListStyle, presentationOnTemplate, presentationRelsOnTemplate, slideRelsOnTemplate, templateParts, themeRelsOnTemplate } from './template-parts.js';
import { contentOf, readZip } from '../../zip/zip-archive.js';
import { inLanguage } from './text-language.js';
import { xmlEscape } from './xml-text.js';
import { ZipWriter } from './zip-writer.js';

const XML_PART = /\.(xml|rels)$/;
const PACKAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Alt texts of the shapes pptxgenjs writes without one (sparklines, SPC icons), by slide and name. */
function shapeAltTexts(view: SlidePackView): Map<number, Map<string, string>> {
  const bySlide = new Map<number, Map<string, string>>();
  for (const slide of view.slides) {
    const names = new Map<string, string>();
    for (const item of slide.items) if (item.kind === 'sparkline' || item.kind === 'icon') names.set(xmlEscape(item.name), item.altText);
    bySlide.set(slide.number, names);
  }
  return bySlide;
}

function fixedCore(xml: string, date: string, language: string): string {
  const dated = xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${date}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${date}$2`);
  return dated.includes('<dc:language>') ? dated : dated.replace('</cp:coreProperties>', `<dc:language>${xmlEscape(language)}</dc:language></cp:coreProperties>`);
}

function withContentTypes(xml: string, charts: number): string {
  const overrides = Array.from({ length: charts }, (_, i) => `<Override PartName="/ppt/charts/chart${i + 1}.xml" ContentType="${CHART_TYPE}"/>`).join('');
  const xlsx = charts > 0 && !xml.includes('Extension="xlsx"') ? `<Default Extension="xlsx" ContentType="${XLSX_TYPE}"/>` : '';
  return xml.replace('</Types>', `${xlsx}${overrides}</Types>`);
}

/** Chart `n`: its part, its relationship to its workbook, and the workbook. */
function addChartParts(out: ZipWriter, chart: LineChartView, n: number, date: Date, language: string): void {
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PACKAGE_RELATIONSHIP}" Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"/></Relationships>`;
  out.add(`ppt/charts/chart${n}.xml`, Buffer.from(inLanguage(chartPartXml(chart), language), 'utf8'));
  out.add(`ppt/charts/_rels/chart${n}.xml.rels`, Buffer.from(rels, 'utf8'));
  out.add(`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, chartWorkbook(chart, date));
}

/**
 * Turns pptxgenjs's output into the file we ship: tables and charts written into their slots;
 * accessible (header rows flagged, one title placeholder per slide, alt text on charts and
 * sparklines and SPC icons, every run in the pack's language); deterministic (fixed dates, charts numbered from 1 in slide order, their
 * workbooks built here); and deflated (pptxgenjs's in-memory output is stored, ~5x larger).
 * Parts are read, fixed and deflated one at a time, in pptxgenjs's order.
 */
export async function finishPackage(raw: Uint8Array, view: SlidePackView, template: SlideTemplate): Promise<Uint8Array> {
  // read with Node's zlib (zip-archive.ts): JSZip took a second to read a thousand-chart pack
  const entries = readZip(raw).filter((entry) => !entry.name.endsWith('/'));
  const date = new Date(view.documentDate);
  const iso = view.documentDate.replace(/\.\d+Z$/, 'Z');
  const altTexts = shapeAltTexts(view);
  const text = new TextDecoder('utf-8', { ignoreBOM: true });

  // Charts are numbered from 1 in slide order: each slide's first number is known beforehand.
  const charts: LineChartView[] = [];
  const firstChart = new Map<number, number>();
  for (const slide of view.slides) {
    firstChart.set(slide.number, charts.length + 1);
    for (const item of slide.items) if (item.kind === 'line-chart') charts.push(item);
  }
  const relationships = new Map<string, readonly string[]>();
  const onTemplate = templateParts(template);
  const layoutOf = new Map<number, LayoutView>();
  for (const slide of view.slides) {
    const layout = view.layouts.find((l) => l.name === slide.layout);
    if (layout === undefined) throw new Error(`slide ${slide.number}: the view has no ${slide.layout} layout`);
    layoutOf.set(slide.number, layout);
  }

  const out = new ZipWriter(date);
  for (const entry of entries) {
    const name = entry.name;
    if (isReplacedPart(name)) continue;
    if (!XML_PART.test(name)) {
      out.add(name, contentOf(entry));
      continue;
    }
    let xml = text.decode(contentOf(entry));
    const slideNumber = Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1] ?? 0);
    const slide = view.slides[slideNumber - 1];
    const layout = layoutOf.get(slideNumber);
    if (slide !== undefined && layout !== undefined) {
      const placed = withLayoutPlaceholders(xml, layout, { footer: view.footer, number: slide.number, language: view.language }, (type) => placeholderListStyle(template, layout.part, type));
      const fixed = inLanguage(slideOnLayout(fixSlideXml(placed, { number: slide.number, titleSize: slide.title.fontSize }, altTexts.get(slide.number) ?? new Map()), layout), view.language);
      // the tables and charts go in last, already in the pack's language (see fillSlots)
      const filled = fillSlots(fixed, slide, firstChart.get(slide.number) ?? 1, view.language);
      relationships.set(`ppt/slides/_rels/slide${slide.number}.xml.rels`, filled.relationships);
      out.add(name, Buffer.from(filled.xml, 'utf8'));
      continue;
    }
    const slideRels = /^ppt\/slides\/_rels\/slide(\d+)\.xml\.rels$/.exec(name);
    const relsLayout = slideRels === null ? undefined : layoutOf.get(Number(slideRels[1]));
    if (relsLayout !== undefined) xml = slideRelsOnTemplate(xml, name.replace('_rels/', '').replace(/\.rels$/, ''), relsLayout.part);
    const added = relationships.get(name);
    if (added !== undefined) {
      xml = xml.replace('</Relationships>', `${added.join('')}</Relationships>`);
      relationships.delete(name);
    }
    if (name === 'docProps/core.xml') xml = fixedCore(xml, iso, view.language);
    else if (name === '[Content_Types].xml') xml = contentTypesOnTemplate(withContentTypes(xml, charts.length), onTemplate);
    else if (name === 'ppt/presentation.xml') xml = presentationOnTemplate(xml, onTemplate);
    else if (name === 'ppt/_rels/presentation.xml.rels') xml = presentationRelsOnTemplate(xml, onTemplate);
    else if (name.startsWith('ppt/notesMasters/_rels/')) xml = themeRelsOnTemplate(xml, name.replace('_rels/', '').replace(/\.rels$/, ''), onTemplate);
    if (name.startsWith('ppt/')) xml = inLanguage(xml, view.language);
    out.add(name, Buffer.from(xml, 'utf8'));
  }
  if (relationships.size > 0) throw new Error(`pptxgenjs wrote a slide's relationships before the slide: ${[...relationships.keys()].join(', ')}`);
  // the template's masters, layouts, theme and what they show (logos, pictures), as the template
  // has them; their text in the pack's language
  for (const [name, bytes] of onTemplate.parts) {
    if (entries.some((entry) => entry.name === name && !isReplacedPart(name))) throw new Error(`the slide template's part ${name} has the name of one of the pack's own`);
    out.add(name, /\.xml$/.test(name) ? Buffer.from(inLanguage(text.decode(bytes), view.language), 'utf8') : bytes);
  }
  charts.forEach((chart, index) => addChartParts(out, chart, index + 1, date, view.language));
  return out.bytes();
}
