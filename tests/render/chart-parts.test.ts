import { Document, ExternalHyperlink, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { ChartRun, type ChartLineDash, type ChartSeries } from 'docx/charts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartSeriesView, LineDash } from '../../src/compose/charts/chart-series.js';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { ChartView } from '../../src/compose/cover-report/cover-report-view.js';
import { ReportCharts } from '../../src/render/docx/chart-parts.js';
import { deterministicPackage } from '../../src/render/docx/deterministic-package.js';
import { documentEntries } from '../../src/render/docx/document-parts.js';
import { contentOf, readZip } from '../../src/render/zip/zip-archive.js';
import { TEST_LOGO } from '../fixtures/house-style/test-house-style.js';
import { samplePackModel } from '../cover-report/sample.js';

/*
 * The report's charts are written by packsmith, in place of the docx package's ChartRun, and are
 * meant to be the same parts, byte for byte, as ChartRun writes with the options the report used to
 * give it. So that is what is checked: the sample's every chart, and one with the awkward cases
 * (text to escape, gaps, an axis title on two lines, one category), among links and an image,
 * whose relationships must keep their places and ids.
 */

const DASHES: Readonly<Record<LineDash, ChartLineDash>> = { solid: 'solid', dash: 'dash', sysDash: 'shortDash', sysDot: 'shortDot', lgDash: 'longDash' };
const LOOK = { font: 'Arial', width: 605, height: 340 };
const DATE = new Date(Date.UTC(2026, 1, 5));

/** The chart as the report gave it to ChartRun. */
function chartRun(chart: ChartView): Paragraph {
  const line = (s: ChartSeriesView): ChartSeries => ({ name: s.name, values: s.values, color: s.colour, line: { color: s.colour, width: s.width, dash: DASHES[s.dash] }, markers: s.marker.symbol === 'none' ? false : { shape: s.marker.symbol, size: s.marker.size } });
  const points = (s: ChartSeriesView): ChartSeries[] =>
    [...new Set(s.points.map((p) => p.label))].flatMap((label) => {
      const of = s.points.filter((p) => p.label === label);
      const first = of[0];
      if (first === undefined) return [];
      const at = new Set(of.map((p) => p.index));
      return [{ name: label, values: s.values.map((v, i) => (at.has(i) ? v : null)), color: first.marker.fill, line: { color: first.marker.fill, width: s.width }, markers: { shape: first.marker.symbol === 'none' ? 'circle' : first.marker.symbol, size: first.marker.size } }];
    });
  const { minimum, maximum, interval, numberFormat, title } = chart.valueAxis;
  const hidden = chart.series.filter((s) => !s.inLegend).map((s) => s.name);
  return new Paragraph({
    keepLines: true,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 120 },
    children: [
      new ChartRun({
        type: 'line',
        categories: chart.categories,
        series: chart.series.flatMap((s) => [line(s), ...points(s)]),
        emptyValues: 'gap',
        font: { name: LOOK.font },
        legend: { position: 'bottom', font: { size: 8 }, ...(hidden.length === 0 ? {} : { hiddenEntries: hidden }) },
        categoryAxis: { labelRotation: -45, font: { size: 8 } },
        valueAxis: { minimum, maximum, interval, numberFormat, font: { size: 8 }, ...(title === undefined ? {} : { title: { text: title, font: { size: 8 } } }) },
        transformation: { width: LOOK.width, height: LOOK.height },
        altText: { name: chart.name, title: chart.name, description: chart.altText },
      }),
    ],
  });
}

const link = (n: number) => new Paragraph({ children: [new ExternalHyperlink({ link: `https://example.org/paper-${n}`, children: [new TextRun(`Paper ${n}`)] })] });
const logo = new Paragraph({ children: [new ImageRun({ type: 'png', data: TEST_LOGO, transformation: { width: 100, height: 50 }, altText: { name: 'Logo', title: 'Logo', description: 'Logo' } })] });

/** A document of links, the logo and the charts, as the given paragraph makes each chart, its parts by name, ids settled. */
async function partsOf(charts: readonly ChartView[], paragraph: (chart: ChartView) => Paragraph, finish: (entries: Awaited<ReturnType<typeof documentEntries>>) => Awaited<ReturnType<typeof documentEntries>>): Promise<Map<string, string>> {
  const children = [logo, link(1), ...charts.flatMap((chart, i) => (i === 1 ? [paragraph(chart), link(2)] : [paragraph(chart)])), link(3)];
  const bytes = deterministicPackage(finish(await documentEntries(new Document({ sections: [{ children }] }))), { date: DATE, language: 'en-GB' });
  const decoder = new TextDecoder();
  const parts = new Map<string, string>();
  for (const entry of readZip(bytes)) {
    if (entry.name.endsWith('.xlsx')) for (const inner of readZip(contentOf(entry))) parts.set(`${entry.name} > ${inner.name}`, decoder.decode(contentOf(inner)));
    else parts.set(entry.name, decoder.decode(contentOf(entry)));
  }
  return parts;
}

const AWKWARD: ChartView = {
  kind: 'chart',
  name: "Children's & young people's <access> (ICB)",
  altText: 'Line chart of "access": a gap in Feb-25, no plan.',
  categories: ['Jan-25'],
  series: [
    { name: ' Actual & target ', values: [0.5], colour: '005EB8', dash: 'solid', width: 1.75, marker: { symbol: 'circle', size: 6, fill: '005EB8', line: '005EB8' }, points: [{ index: 0, label: 'Improvement', marker: { symbol: 'none', size: 9, fill: '0090C5', line: '0090C5' } }], inLegend: true },
    { name: 'Lower limit', values: [null], colour: '8C8C8C', dash: 'sysDash', width: 1.5, marker: { symbol: 'none', size: 2, fill: '8C8C8C', line: '8C8C8C' }, points: [], inLegend: false },
  ],
  valueAxis: { minimum: 0, maximum: 1, interval: 0.25, numberFormat: '0%', title: 'Per cent\nof people' },
};

describe("the report's charts, written by packsmith", () => {
  let charts: ChartView[];
  beforeAll(async () => {
    const view = composeCoverReport(await samplePackModel(), { mode: 'draft' });
    charts = view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : [])));
  });

  it('are the parts the docx package writes for them, byte for byte, among links and an image', async () => {
    const all = [...charts, AWKWARD];
    expect(charts.length).toBeGreaterThan(40);
    const theirs = await partsOf(all, chartRun, (entries) => entries);
    const reportCharts = new ReportCharts();
    const ours = await partsOf(all, (chart) => reportCharts.paragraph(chart, LOOK), (entries) => reportCharts.addTo(entries, DATE));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [name, xml] of theirs) expect(ours.get(name), name).toBe(xml);
    expect([...ours.keys()].filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(all.length);
  });

  it('leave a document without charts as it is', async () => {
    const entries = await documentEntries(new Document({ sections: [{ children: [link(1)] }] }));
    expect(new ReportCharts().addTo(entries, DATE)).toEqual(entries);
  });
});
