import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlidePackView } from '../../src/compose/slide-pack/slide-pack-view.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import { renderSlidePack } from '../../src/render/pptx/render-slide-pack.js';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import type { LineChartView } from '../../src/compose/slide-pack/slide-pack-view.js';
import type { MetricView } from '../../src/compose/pack-model.js';
import { handMadeSpc } from '../support/spc-fixtures.js';
import { charts, DRAFT, metricOf, samplePackModel, sampleView, slideParts, unzipPptx, varied } from './sample-pack.js';

let view: SlidePackView;
let model: PackModel;
let xml: Map<string, string>;
let binary: Map<string, Uint8Array>;

beforeAll(async () => {
  model = await samplePackModel();
  view = await sampleView();
  ({ xml, binary } = await unzipPptx(await renderSlidePack(view)));
}, 120_000);

/** The shapes of a slide's tree in document order, by name (the slide number placeholder aside). */
function shapeNames(slideXml: string): string[] {
  return [...slideXml.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1] ?? '').filter((name) => name !== '' && !name.startsWith('Slide Number'));
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of each cell of the table named `name` on a slide, row by row. */
function tableCells(slideXml: string, name: string): string[][] {
  const start = slideXml.indexOf(`name="${name}"`);
  const end = slideXml.indexOf('</a:tbl>', start);
  const table = slideXml.slice(start, end);
  return table
    .split('<a:tr ')
    .slice(1)
    .map((row) =>
      row
        .split('<a:tc>')
        .slice(1)
        .map((cell) => unescape([...cell.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))),
    );
}

function chartSeries(chartXml: string): Map<string, Map<number, number>> {
  const series = new Map<string, Map<number, number>>();
  for (const ser of chartXml.split('<c:ser>').slice(1)) {
    const name = /<c:tx>.*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
    const values = ser.slice(ser.indexOf('<c:val>'));
    series.set(name, new Map([...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), Number(m[2])])));
  }
  return series;
}

async function sheetOf(workbook: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(workbook)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}

/** The numbers in the column of an embedded sheet headed `header`, by category index (row 2 is 0). */
function sheetColumn(sheet: string, header: string): Map<number, number> {
  const column = [...sheet.matchAll(/<c r="([A-Z]+)1" t="inlineStr"><is><t>([^<]*)<\/t><\/is><\/c>/g)].find((m) => unescape(m[2] ?? '') === header)?.[1];
  if (column === undefined) return new Map();
  return new Map([...sheet.matchAll(new RegExp(`<c r="${column}(\\d+)"><v>([^<]*)</v></c>`, 'g'))].map((m) => [Number(m[1]) - 2, Number(m[2])]));
}

async function chartSheet(index: number): Promise<string> {
  return sheetOf(binary.get(`ppt/embeddings/Microsoft_Excel_Worksheet${index}.xlsx`) ?? new Uint8Array());
}

describe('the PPTX is accessible as PowerPoint checks it', () => {
  it('every slide has one title placeholder, carrying the slide title', () => {
    const slides = slideParts(xml);
    expect(slides).toHaveLength(view.slides.length);
    for (const slide of slides) {
      // the title slide's layout has a centred title placeholder, as most title slides do
      expect(slide.xml.match(/<p:ph type="(?:title|ctrTitle)"\/>/g), `slide ${slide.number}`).toHaveLength(1);
      const title = slide.xml.slice(slide.xml.search(/<p:ph type="(?:title|ctrTitle)"\/>/));
      const text = [...title.slice(0, title.indexOf('</p:sp>')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      expect(unescape(text)).toBe(view.slides[slide.number - 1]?.title.text);
    }
  });

  it('every table flags its header row (firstRow="1")', () => {
    const slides = slideParts(xml);
    const tables = slides.flatMap((s) => [...s.xml.matchAll(/<a:tbl>(<a:tblPr[^>]*>)/g)].map((m) => m[1]));
    expect(tables).toHaveLength(view.slides.flatMap((s) => s.items.filter((i) => i.kind === 'table')).length);
    for (const tblPr of tables) expect(tblPr).toMatch(/firstRow="1"/);
    expect(slides.some((s) => s.xml.includes('<a:tblPr/>'))).toBe(false);
  });

  it('every chart, picture, drawn sparkline and SPC icon has alt text', () => {
    let frames = 0;
    let sparklines = 0;
    let circles = 0;
    for (const slide of slideParts(xml)) {
      for (const frame of slide.xml.split('<p:graphicFrame>').slice(1)) {
        if (!frame.includes('drawingml/2006/chart')) continue;
        frames += 1;
        expect(/descr="([^"]+)"/.exec(frame)?.[1], `slide ${slide.number}`).toBeTruthy();
      }
      for (const pic of slide.xml.split('<p:pic>').slice(1)) expect(/descr="([^"]+)"/.test(pic)).toBe(true);
      for (const shape of slide.xml.split('<p:sp>').slice(1)) {
        if (shape.includes('<a:prstGeom prst="ellipse">')) {
          circles += 1;
          expect(/descr="(Variation|Assurance): [^"]+"/.test(shape), `slide ${slide.number}`).toBe(true);
          continue;
        }
        if (!shape.includes('<a:custGeom>')) continue;
        sparklines += 1;
        expect(/descr="([^"]+)"/.exec(shape)?.[1], `slide ${slide.number}`).toBeTruthy();
      }
    }
    expect(frames).toBe(charts(view).length);
    expect(sparklines).toBe(view.slides.flatMap((s) => s.items.filter((i) => i.kind === 'sparkline')).length);
    expect(circles).toBe(view.slides.flatMap((s) => s.items.filter((i) => i.kind === 'icon')).length);
    expect(circles).toBeGreaterThan(100);
  });

  it('reads in a sensible order: the title, then the items as composed, then the DRAFT mark and the footer, on every slide', () => {
    for (const slide of slideParts(xml)) {
      const composed = view.slides[slide.number - 1];
      const names = shapeNames(slide.xml);
      const footer = composed?.layout === 'title' ? [] : ['Footer'];
      const expected = [...(composed?.items ?? []).map((i) => i.name), 'Draft mark', ...footer];
      expect(names.slice(1).map(unescape), `slide ${slide.number}`).toEqual(expected);
    }
  });

  it('puts every run, the presentation and its properties in British English', () => {
    const runs = [...xml.entries()].filter(([name]) => name.startsWith('ppt/')).flatMap(([, part]) => [...part.matchAll(/<a:(?:rPr|endParaRPr|defRPr)\b[^>]*>/g)].map((m) => m[0]));
    expect(runs.length).toBeGreaterThan(10_000);
    expect(runs.filter((run) => !run.includes(' lang="en-GB"'))).toEqual([]);
    expect(xml.get('ppt/presentation.xml')).toMatch(/<p:defaultTextStyle>.*<a:defRPr lang="en-GB"/s);
    expect(xml.get('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('gives the shapes of a slide distinct ids', () => {
    for (const slide of slideParts(xml)) {
      const ids = [...slide.xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, `slide ${slide.number}`).toBe(ids.length);
    }
  });

  it('is drawn on packsmith\'s own template in the organisation colour, with the footer and slide numbers on content slides', () => {
    const layouts = [...xml.entries()].filter(([name]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)).map(([, part]) => /<p:cSld name="([^"]+)"/.exec(part)?.[1]);
    expect(layouts).toEqual(['Title Slide', 'Title Only', 'Title and Content', 'Section Header', 'Blank']);
    // the band behind each content slide's title is the theme's first accent: the organisation colour
    expect(xml.get('ppt/theme/theme1.xml')).toMatch(/<a:accent1><a:srgbClr val="005EB8"\/><\/a:accent1>/);
    expect(xml.get('ppt/slideLayouts/slideLayout2.xml')).toContain('name="Title band"');
    const slides = slideParts(xml);
    for (const slide of slides.slice(1)) {
      expect(slide.xml, `slide ${slide.number}`).toMatch(/<p:ph type="sldNum" sz="quarter" idx="\d+"\/>/);
      expect(slide.xml, `slide ${slide.number}`).toContain('Quality, Performance and Outcomes Committee | Northshire and Eastdale ICB Performance Report | January 2026');
    }
  });

  it('every link lands on an existing slide', () => {
    for (const slide of slideParts(xml)) {
      for (const match of slide.xml.matchAll(/<a:hlinkClick r:id="([^"]+)"/g)) {
        const target = new RegExp(`Id="${match[1]}"[^>]*Target="slide(\\d+)\\.xml"`).exec(slide.rels)?.[1];
        expect(Number(target), `slide ${slide.number} ${match[1]}`).toBeGreaterThanOrEqual(1);
        expect(Number(target)).toBeLessThanOrEqual(view.slides.length);
      }
    }
  });
});

describe('no count under the suppression threshold appears in any part of the file', () => {
  it('a suppressed count is * in every table that shows it (LD/A inpatients, CYP)', () => {
    const appendix = slideParts(xml).find((s) => s.xml.includes('name="Measures LDACYP"'));
    const rows = tableCells(appendix?.xml ?? '', 'Measures LDACYP');
    expect(rows[0]).toEqual(['Period', 'ICB actual', 'ICB plan']);
    const actuals = rows.slice(1).map((r) => r[1]);
    expect(actuals).toContain('*');
    for (const actual of actuals) expect(actual).toMatch(/^(\*|–|0|[5-9]|\d{2,})$/);
  });

  // The sample's suppressed counts are in series that are not charted (a single yearly figure, 0
  // every month), so these two give them a chart: maternal mortality two more yearly figures, adult
  // community waits SPC limits; every suppressed period must still be a gap.
  const charted = (): PackModel =>
    varied(model, (m) => {
      for (const metric of m.areas.flatMap((a) => a.metrics)) {
        if (metric.id === 'MATMAT') metric.levels[0]?.history.push({ period: { key: '2024/25', label: '2024/25' }, actual: { suppressed: false, value: 6, display: '6' } }, { period: { key: '2025/26', label: '2025/26' }, actual: { suppressed: false, value: 7, display: '7' } });
        if (metric.id === 'COMMADU52') metric.spc = structuredClone(handMadeSpc(metric as MetricView, { baselines: [{ from: 0, mean: 1, spread: 2 }], target: 0, leakSuppressed: 3 })) as typeof metric.spc;
      }
    });

  async function renderedChart(id: string): Promise<{ chart: LineChartView; series: Map<string, Map<number, number>>; sheet: string; metric: MetricView }> {
    const variedModel = charted();
    const variedView = composeSlidePack(variedModel, DRAFT);
    const parts = await unzipPptx(await renderSlidePack(variedView));
    const index = charts(variedView).findIndex((c) => c.name === `Chart ${id}`) + 1;
    expect(index).toBeGreaterThan(0);
    return {
      chart: charts(variedView)[index - 1]!,
      series: chartSeries(parts.xml.get(`ppt/charts/chart${index}.xml`) ?? ''),
      sheet: await sheetOf(parts.binary.get(`ppt/embeddings/Microsoft_Excel_Worksheet${index}.xlsx`) ?? new Uint8Array()),
      metric: metricOf(variedModel, id),
    };
  }

  it('a suppressed period is a gap in the chart and its embedded workbook, not a number (maternal mortality)', async () => {
    const { series, sheet: sheetXml, metric } = await renderedChart('MATMAT');
    const history = metric.levels[0]?.history ?? [];
    const suppressed = history.flatMap((p, i) => (p.actual?.suppressed === true ? [i] : []));
    expect(suppressed.length).toBeGreaterThan(0);
    const actual = series.get('Actual');
    for (const i of suppressed) expect(actual?.has(i)).toBe(false);
    const sheet = sheetColumn(sheetXml, 'Actual');
    expect(sheet.size).toBeGreaterThan(0);
    for (const i of suppressed) expect(sheet.has(i)).toBe(false);
  });

  it('a suppressed month is a gap in an SPC chart and its workbook, its limits drawn across it (community waits)', async () => {
    const { chart, series, sheet, metric } = await renderedChart('COMMADU52');
    const suppressed = new Set((metric.levels[0]?.history ?? []).filter((p) => p.actual?.suppressed === true).map((p) => p.period.label));
    const gaps = chart.categories.flatMap((c, i) => (suppressed.has(c) ? [i] : []));
    expect(gaps.length).toBeGreaterThan(0);
    for (const i of gaps) {
      expect(series.get('Actual')?.has(i)).toBe(false);
      expect(sheetColumn(sheet, 'Actual').has(i)).toBe(false);
      expect(series.get('Mean')?.has(i)).toBe(true);
    }
  });

  it('no chart of a count, nor its workbook, holds an actual from 1 to the threshold', async () => {
    const counts = new Set(model.areas.flatMap((a) => a.metrics).filter((m) => m.unit === 'count').map((m) => `Chart ${m.id}`));
    const drawn = charts(view);
    expect(binary.size).toBe(drawn.length);
    for (const [index, chart] of drawn.entries()) {
      if (!counts.has(chart.name)) continue;
      const actual = chartSeries(xml.get(`ppt/charts/chart${index + 1}.xml`) ?? '').get('Actual') ?? new Map<number, number>();
      for (const value of actual.values()) expect(value === 0 || value >= model.suppressBelow, chart.name).toBe(true);
      const sheet = sheetColumn(await chartSheet(index + 1), 'Actual');
      expect(sheet.size, chart.name).toBeGreaterThan(0);
      for (const value of sheet.values()) expect(value === 0 || value >= model.suppressBelow, chart.name).toBe(true);
    }
  });

  it('every embedded workbook opens and matches its chart, every series, gaps and all', async () => {
    const drawn = charts(view);
    for (const [index, chart] of drawn.entries()) {
      const sheet = await chartSheet(index + 1);
      for (const series of chart.series) {
        const expected = new Map(series.values.flatMap((v, i) => (v === null ? [] : [[i, v] as const])));
        expect(sheetColumn(sheet, series.name), `${chart.name} ${series.name}`).toEqual(expected);
      }
    }
  });
});
