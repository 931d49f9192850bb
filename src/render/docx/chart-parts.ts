import { LineRuleType, Paragraph, TextRun } from 'docx';
import type { ChartView } from '../../compose/cover-report/cover-report-view.js';
import { contentOf, writeZip, zipEntry, type ZipEntry } from '../zip/zip-archive.js';
import { chartDrawingXml, chartPartXml, chartWorkbookParts, type ChartLook } from './chart-xml.js';

/*
 * The report's charts are written by packsmith (see chart-xml.ts), not through the docx package's
 * object model: the package is given a paragraph holding a marker where each chart goes, and once
 * it has written the document, each marker is replaced by the chart's drawing and the chart's
 * parts are added to the package as the package adds them: the chart part and its relationships,
 * the embedded workbook, the document's relationship to the chart (in the document's order among
 * its links, before the images' and the font table's) and the content types.
 */

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CHART_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const PACKAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
/** The docx package's relationship ids: `rId` and 21 characters, made unique here, named in order later (see `deterministicPackage`). */
const PACKAGE_ID = /^rId[a-z0-9_-]{21}$/;
/** Private-use characters around a marker: no text of a workbook's can make one by chance. */
const MARK = '\uE000';
/** A marker's run, as the docx package writes the paragraph's one run of text. */
const MARKER_RUN = new RegExp(`<w:r><w:t xml:space="preserve">${MARK}chart (\\d+)${MARK}</w:t></w:r>`, 'g');

function relationshipId(kind: 'chart' | 'data', n: number): string {
  return `rId${`packsmith${kind}`.padEnd(14, '-')}${String(n).padStart(7, '0')}`;
}

/** A cover report's charts, collected as its paragraphs are made. */
export class ReportCharts {
  readonly #charts: { readonly chart: ChartView; readonly look: ChartLook }[] = [];

  /** The paragraph the chart goes in, holding its marker for now. */
  paragraph(chart: ChartView, look: ChartLook): Paragraph {
    const marker = `${MARK}chart ${this.#charts.push({ chart, look })}${MARK}`;
    // single spacing: a proportional line spacing would stretch the chart's line beyond the chart
    return new Paragraph({ keepLines: true, spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 120 }, children: [new TextRun(marker)] });
  }

  /** The package's entries with each marker replaced by its chart, and the charts' parts added; `date`: the document's, for the workbooks' zip entries. */
  addTo(entries: readonly ZipEntry[], date: Date): ZipEntry[] {
    if (this.#charts.length === 0) return [...entries];
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const text = (name: string): string => {
      const entry = entries.find((e) => e.name === name);
      if (entry === undefined) throw new Error(`the document has no ${name}`);
      return decoder.decode(contentOf(entry));
    };
    const document = text('word/document.xml');
    // each marker's run replaced by its chart's drawing, in one pass over the document
    const positions: number[] = [];
    const pieces: string[] = [];
    let from = 0;
    for (const match of document.matchAll(MARKER_RUN)) {
      const index = Number(match[1]) - 1;
      const found = this.#charts[index];
      if (found === undefined || positions[index] !== undefined) throw new Error(`the document has a stray chart marker: ${match[0]}`);
      positions[index] = match.index;
      pieces.push(document.slice(from, match.index), chartDrawingXml(found.chart, found.look, relationshipId('chart', index + 1)));
      from = match.index + match[0].length;
    }
    pieces.push(document.slice(from));
    const missing = this.#charts.findIndex((_, i) => positions[i] === undefined);
    if (missing >= 0) throw new Error(`the document has no place for the chart ${this.#charts[missing]?.chart.name ?? missing + 1}`);
    const filled = pieces.join('');
    const { rels, renumbered } = withChartRelationships(text('word/_rels/document.xml.rels'), document, positions);
    const referred = filled.replace(/(\sr:(?:id|embed)=")(rId\d+)(")/g, (_all, before: string, id: string, after: string) => `${before}${renumbered.get(id) ?? id}${after}`);
    const changed = new Map<string, string>([
      ['word/document.xml', referred],
      ['word/_rels/document.xml.rels', rels],
      ['[Content_Types].xml', withChartTypes(text('[Content_Types].xml'), this.#charts.length)],
    ]);
    const edited = entries.map((entry) => {
      const xml = changed.get(entry.name);
      return xml === undefined ? entry : zipEntry(entry.name, encoder.encode(xml), false);
    });
    const chartParts = this.#charts.flatMap(({ chart, look }, i) => {
      const n = i + 1;
      const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${relationshipId('data', n)}" Type="${PACKAGE_RELATIONSHIP}" Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"/></Relationships>`;
      return [zipEntry(`word/charts/chart${n}.xml`, encoder.encode(chartPartXml(chart, look.font, relationshipId('data', n))), false), zipEntry(`word/charts/_rels/chart${n}.xml.rels`, encoder.encode(rels), false)];
    });
    const workbooks = this.#charts.map(({ chart }, i) => {
      const parts = chartWorkbookParts(chart).map((part) => zipEntry(part.name, encoder.encode(part.xml), true));
      return zipEntry(`word/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`, writeZip(parts, date), false);
    });
    // where the docx package puts them: after the package's own parts, before its media
    const media = edited.findIndex((entry) => entry.name.startsWith('word/media/'));
    const at = media < 0 ? edited.length : media;
    return [...edited.slice(0, at), ...chartParts, ...workbooks, ...edited.slice(at)];
  }
}

/** The relationships the docx package adds after the document's own, numbered by their place: the images' and the font table's. */
const ADDED_LAST = /\/relationships\/(?:image|fontTable)"/;

/**
 * The document's relationships with one to each chart, placed as the docx package places them: its
 * own ids (links) in the order the document first refers to them, each chart's among them at its
 * place; then the images' and the font table's, numbered by their new places (`renumbered`: their
 * ids before and after).
 */
function withChartRelationships(rels: string, document: string, chartPositions: readonly number[]): { readonly rels: string; readonly renumbered: ReadonlyMap<string, string> } {
  const elements = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]);
  const idOf = (element: string): string => /\sId="([^"]*)"/.exec(element)?.[1] ?? '';
  const own = elements.filter((e) => PACKAGE_ID.test(idOf(e)));
  const after = elements.filter((e) => !own.includes(e) && ADDED_LAST.test(e));
  const before = elements.filter((e) => !own.includes(e) && !after.includes(e));
  const placed = [
    ...own.map((element) => ({ at: document.indexOf(`"${idOf(element)}"`), element })),
    ...chartPositions.map((at, i) => ({ at, element: `<Relationship Id="${relationshipId('chart', i + 1)}" Type="${CHART_RELATIONSHIP}" Target="charts/chart${i + 1}.xml"/>` })),
  ].sort((a, b) => a.at - b.at);
  const ordered = [...before, ...placed.map((p) => p.element)];
  const renumbered = new Map(after.map((element, i) => [idOf(element), `rId${ordered.length + i + 1}`]));
  const last = after.map((element) => element.replace(/\sId="[^"]*"/, ` Id="${renumbered.get(idOf(element)) ?? idOf(element)}"`));
  const head = rels.slice(0, rels.indexOf('<Relationship '));
  return { rels: `${head}${[...ordered, ...last].join('')}</Relationships>`, renumbered };
}

/** The content types with the charts' parts, then their workbooks', after the rest, as the docx package lists them. */
function withChartTypes(types: string, charts: number): string {
  const numbers = Array.from({ length: charts }, (_, i) => i + 1);
  const overrides = [...numbers.map((n) => `<Override ContentType="${CHART_TYPE}" PartName="/word/charts/chart${n}.xml"/>`), ...numbers.map((n) => `<Override ContentType="${XLSX_TYPE}" PartName="/word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx"/>`)];
  return types.replace('</Types>', `${overrides.join('')}</Types>`);
}
