import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { docxParts, part, samplePackModel, sectionFurniture, tableRows, textOf, unescapeXml } from './sample.js';

let model: PackModel;
let draft: Map<string, string>;
let draftBytes: Uint8Array;

beforeAll(async () => {
  model = await samplePackModel();
  draftBytes = await renderCoverReport(composeCoverReport(model, { mode: 'draft' }));
  draft = await docxParts(draftBytes);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Each chart drawing of document.xml, in order: its name, its alt text and its chart part. */
function charts(parts: Map<string, string>): { name: string; description: string; xml: string; workbook: string }[] {
  const document = part(parts, 'word/document.xml');
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const targetOf = (rels: string, id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return [...document.matchAll(/<wp:docPr ([^>]*)\/>[\s\S]*?<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => {
    const attributes = m[1] ?? '';
    const chartPath = `word/${targetOf(rels, m[2] ?? '')}`;
    const chartRels = part(parts, chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'));
    return {
      name: unescapeXml(/name="([^"]*)"/.exec(attributes)?.[1] ?? ''),
      description: unescapeXml(/descr="([^"]*)"/.exec(attributes)?.[1] ?? ''),
      xml: part(parts, chartPath),
      workbook: targetOf(chartRels, /<c:externalData r:id="([^"]+)"/.exec(part(parts, chartPath))?.[1] ?? ''),
    };
  });
}

/** The values of a chart's series by name, as (index, value) in its cache. */
function seriesPoints(chartXml: string, name: string): Map<number, number> {
  const series = [...chartXml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((s) => s[0]).find((s) => s.includes(`<c:v>${name}</c:v>`)) ?? '';
  const values = /<c:val>[\s\S]*?<\/c:val>/.exec(series)?.[0] ?? '';
  return new Map([...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => [Number(p[1]), Number(p[2])]));
}

/** An embedded chart workbook's column headed `header`: its numbers by row (row 2 first). */
async function workbookColumn(workbook: JSZip, header: string): Promise<Map<number, number>> {
  const strings = [...((await workbook.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => unescapeXml(m[1] ?? ''));
  const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const column = [...sheet.matchAll(/<c r="([A-Z]+)1" t="s"><v>(\d+)<\/v><\/c>/g)].find((m) => strings[Number(m[2])] === header)?.[1];
  if (column === undefined) throw new Error(`no column ${header}`);
  return new Map([...sheet.matchAll(new RegExp(`<c r="${column}(\\d+)"><v>([^<]*)</v></c>`, 'g'))].map((m) => [Number(m[1]), Number(m[2])]));
}

describe('the cover report DOCX of the bundled sample', () => {
  it('uses real heading styles: Title, Heading 1, 2 and 3', () => {
    const document = part(draft, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(document, style).toContain(`<w:pStyle w:val="${style}"/>`);
    const styles = part(draft, 'word/styles.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(styles, style).toContain(`w:styleId="${style}"`);
  });

  it('every table has a header row that repeats on each page, fixed column widths and alt text', () => {
    const tables = [...part(draft, 'word/document.xml').matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>)+<\/w:tblGrid>/);
      expect(table).toMatch(/<w:tblCaption w:val="[^"]+"\/><w:tblDescription w:val="[^"]+"\/>/);
    }
  });

  it('table text is at least 9 pt: every table paragraph in the Table Text style (9 pt), no run made smaller', () => {
    const document = part(draft, 'word/document.xml');
    const styles = part(draft, 'word/styles.xml');
    const tableText = /<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(/<w:sz w:val="(\d+)"\/>/.exec(tableText)?.[1]).toBe('18');
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables) {
      const paragraphs = [...table.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((p) => p[0]);
      expect(paragraphs.length).toBe((table.match(/<w:tc>/g) ?? []).length);
      for (const paragraph of paragraphs) expect(paragraph).toContain('<w:pStyle w:val="TableText"/>');
      const sizes = [...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(18);
    }
  });

  it('gives each metric its SPC variation and assurance in Appendix A: a circle in the Making Data Count colour, then the word', () => {
    const appendixA = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(part(draft, 'word/document.xml'))?.[0] ?? '';
    const rows = [...appendixA.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]));
    const byPriority = (start: string) => rows.find((cells) => unescapeXml(textOf(cells[1] ?? '')).trim().startsWith(start)) ?? [];
    /** The circle's colour and the cell's words, as a reader of the XML sees them. */
    const spcCell = (cell: string | undefined) => ({
      circle: /<w:r><w:rPr><w:color w:val="(\w{6})"\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">●<\/w:t><\/w:r>/.exec(cell ?? '')?.[1],
      text: unescapeXml(textOf(cell ?? '')).trim(),
    });
    const handover = byPriority('Reduce ambulance handover delays');
    expect(handover.slice(7).map(spcCell)).toEqual([
      { circle: '888888', text: '● Common cause, trial' },
      { circle: 'DA670A', text: '● Failing, trial' },
    ]);
    const occupancy = byPriority('Keep average general and acute bed occupancy');
    expect(occupancy.slice(7).map(spcCell)).toEqual([
      { circle: 'DA670A', text: '● Concerning (high)' },
      { circle: '404040', text: '● Process changed' },
    ]);
    // No circle where SPC gives no reading: the words say why.
    const dental = byPriority('Improve access to NHS dentistry: units of dental activity');
    expect(dental.slice(7).map(spcCell)).toEqual([
      { circle: undefined, text: 'Not monthly' },
      { circle: undefined, text: '–' },
    ]);
    // Every circle has its word beside it, so black-and-white print loses nothing.
    const circles = [...appendixA.matchAll(/<w:t xml:space="preserve">●<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> ([^<]+)<\/w:t>/g)].map((m) => m[1]);
    const expected = model.areas.flatMap((a) => a.metrics).reduce((n, m) => n + (m.spc?.variation === undefined ? 0 : 1) + (m.spc?.assurance === undefined ? 0 : 1), 0);
    expect(circles).toHaveLength(expected);
    expect(circles.every((word) => /^(Common cause|Improving|Concerning|Neutral|Passing|Failing|Hit and miss|Process changed)/.test(word ?? ''))).toBe(true);
  });

  it('shades each rating cell in the pack\'s colour and prints its word', () => {
    const appendixA = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(part(draft, 'word/document.xml'))?.[0] ?? '';
    const rows = tableRows(appendixA);
    expect(rows[0]).toEqual(['Area', 'Priority', 'Level', 'Current period', 'Plan', 'Actual', 'Rating', 'Variation', 'Assurance']);
    expect(rows[1]?.slice(0, 7)).toEqual(['Urgent Care', expect.stringMatching(/^Improve A&E waiting times/), 'ICB', 'Dec-25', '76.1%', '78.9%', 'Green']);
    const cells = [...appendixA.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]);
    // The word, marked † where the rating was set by hand.
    const shaded = (word: string) => cells.filter((c) => new RegExp(`<w:t(?: xml:space="preserve")?>${word}†?</w:t>`).test(c));
    expect(shaded('Green').every((c) => c.includes('w:fill="00A499"'))).toBe(true);
    expect(shaded('Amber').every((c) => c.includes('w:fill="FFB81C"'))).toBe(true);
    expect(shaded('Red').every((c) => c.includes('w:fill="DA291C"'))).toBe(true);
    expect(shaded('Red').length).toBe(model.counts.red);
  });

  it('every chart has alt text, and is a native chart with its data in an embedded workbook', () => {
    const found = charts(draft);
    expect(found.length).toBeGreaterThanOrEqual(50);
    for (const chart of found) {
      expect(chart.description.length, chart.name).toBeGreaterThan(40);
      expect(chart.name).not.toBe('');
      expect(chart.xml).toContain('<c:lineChart>');
      expect(chart.workbook).toMatch(/^\.\.\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/);
    }
  });

  it('sets the document\'s title, subject, author and language (en-GB)', () => {
    const core = part(draft, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Northshire and Eastdale ICB Performance Report</dc:title>');
    expect(core).toContain('<dc:creator>Example Integrated Care Board</dc:creator>');
    expect(core).toContain('<dc:subject>Quality, Performance and Outcomes Committee, 5 February 2026: health system performance, January 2026</dc:subject>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:created>');
    expect(part(draft, 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/);
    expect(part(draft, 'word/settings.xml')).toContain('<w:themeFontLang w:val="en-GB"/>');
    for (const chart of charts(draft)) expect(chart.xml).toContain('<c:lang val="en-GB"/>');
  });

  it('numbers paragraphs 1, 2, 3 through the report with one numbering, letters under them, and bullets', () => {
    const numbering = part(draft, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    const document = part(draft, 'word/document.xml');
    const numbered = [...document.matchAll(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    // numbered paragraphs and bullets: two numbering instances, the numbered ones all share one
    expect(new Set(numbered).size).toBe(2);
  });

  it('has the committee and month in the header and "Page X of Y" in the footer, and DRAFT across the page, from the built-in template', () => {
    const headers = sectionFurniture(draft, 'header');
    const footers = sectionFurniture(draft, 'footer');
    expect(headers).toHaveLength(4);
    for (const header of headers.flat()) {
      expect(textOf(header.xml)).toContain('Quality, Performance and Outcomes Committee – January 2026');
      expect(header.xml).toMatch(/<v:textpath [^>]*string="DRAFT"/);
    }
    expect(footers).toHaveLength(4);
    for (const footer of footers.flat()) {
      expect(footer.xml).toMatch(/Page [\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]* of [\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }
    for (const section of [...headers, ...footers]) expect(section.map((s) => s.type)).toEqual(['default']);
  });

  it('no count under the suppression threshold appears anywhere: tables, charts or their workbooks', async () => {
    const below = (text: string) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) < model.suppressBelow;
    const counts = model.areas.flatMap((a) => a.metrics).filter((m) => m.unit === 'count');
    const document = part(draft, 'word/document.xml');
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
    // Appendix A: the Actual column of every count metric
    const appendixA = tableRows(tables[0] ?? '');
    for (const metric of counts) {
      const row = appendixA.find((r) => r[1]?.replace(/ \(\d+\)$/, '') === metric.priority.replace(/\s+/g, ' ').trim());
      expect(row, metric.id).toBeDefined();
      expect(below(row?.[5] ?? ''), `${metric.id} actual ${row?.[5]}`).toBe(false);
    }
    // Appendix C: the tables of periods of count metrics, and every count metric's chart
    const periodTables = tables.filter((t) => /<w:tblCaption w:val="[^"]+ by period"/.test(t));
    const countTitles = new Set(counts.map((m) => `${m.label} (ICB) by period`));
    for (const table of periodTables.filter((t) => countTitles.has(unescapeXml(/<w:tblCaption w:val="([^"]+)"/.exec(t)?.[1] ?? '')))) {
      for (const row of tableRows(table).slice(1)) expect(below(row[2] ?? ''), row.join(' | ')).toBe(false);
    }
    const countCharts = new Set(counts.map((m) => `${m.label} (${m.levels.find((l) => l.level === m.headlineLevel)?.levelName ?? ''})`));
    const zip = await JSZip.loadAsync(draftBytes);
    const chartsOfCounts = charts(draft).filter((c) => countCharts.has(c.name));
    expect(chartsOfCounts.length).toBeGreaterThan(20);
    expect(periodTables.length).toBeGreaterThanOrEqual(1);
    for (const chart of chartsOfCounts) {
      for (const value of seriesPoints(chart.xml, 'Actual').values()) expect(value >= 1 && value < model.suppressBelow, `${chart.name}: ${value}`).toBe(false);
      const workbook = await JSZip.loadAsync((await zip.file(`word/${chart.workbook.replace('../', '')}`)?.async('uint8array')) ?? new Uint8Array());
      for (const value of (await workbookColumn(workbook, 'Actual')).values()) expect(value >= 1 && value < model.suppressBelow, `${chart.name} workbook: ${value}`).toBe(false);
    }
  });

  it('leaves a suppressed count out of the chart and its workbook: a gap', async () => {
    const changed: PackModel = {
      ...model,
      areas: model.areas.map((a) => ({
        ...a,
        metrics: a.metrics.map((m) =>
          m.id !== 'LDINPAT' ? m : { ...m, levels: m.levels.map((l) => ({ ...l, history: l.history.map((p, i) => (i === 3 ? { ...p, actual: { suppressed: true, display: '*' } } : p)) })) },
        ),
      })),
    };
    const bytes = await renderCoverReport(composeCoverReport(changed, { mode: 'draft' }));
    const parts = await docxParts(bytes);
    const chart = charts(parts).find((c) => c.name === 'LD Inpatients - Adult (ICB)');
    const points = seriesPoints(chart?.xml ?? '', 'Actual');
    expect(points.has(2)).toBe(true);
    expect(points.has(3)).toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await JSZip.loadAsync((await zip.file(`word/${(chart?.workbook ?? '').replace('../', '')}`)?.async('uint8array')) ?? new Uint8Array());
    const actuals = await workbookColumn(workbook, 'Actual');
    expect(actuals.has(4)).toBe(true);
    expect(actuals.has(5)).toBe(false);
  });
});

describe('draft and final documents', () => {
  it('a final report has no watermark and no highlighted awaited marks', async () => {
    const withoutNarrative: PackModel = { ...model, areas: model.areas.map((a) => (a.id === 'MH' ? { ...a, narrative: undefined } : a)) };
    const final = await docxParts(await renderCoverReport(composeCoverReport(withoutNarrative, { mode: 'final' })));
    const all = [...final.values()].join('\n');
    expect(all).not.toContain('PowerPlusWaterMarkObject');
    expect(all).not.toContain('<w:highlight');
    expect(all).not.toMatch(/awaited/i);
    const draftWithout = await docxParts(await renderCoverReport(composeCoverReport(withoutNarrative, { mode: 'draft' })));
    expect(part(draftWithout, 'word/document.xml')).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?\[Narrative awaited from Head of Mental Health Commissioning\]/);
  });

  it('two runs give identical bytes, whatever the clock says', async () => {
    const view = composeCoverReport(model, { mode: 'draft' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-06-01T12:34:56Z'));
    const first = await renderCoverReport(view);
    vi.setSystemTime(new Date('2031-01-02T03:04:07Z'));
    const second = await renderCoverReport(composeCoverReport(model, { mode: 'draft' }));
    vi.useRealTimers();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(draftBytes))).toBe(true);
  });
});
