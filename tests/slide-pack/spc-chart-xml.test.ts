import { describe, expect, it } from 'vitest';
import type { LineChartView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { chartPartXml } from '../../src/render/pptx/package/chart-xml.js';
import { chartWorkbook } from '../../src/render/pptx/package/embedded-workbook.js';
import JSZip from 'jszip';
import { charts, sampleView } from './sample-pack.js';

/** Each `c:ser` of a chart part: its name, line, marker and data points as written. */
function seriesOf(xml: string) {
  return xml
    .split('<c:ser>')
    .slice(1)
    .map((ser) => ({
      idx: Number(/<c:idx val="(\d+)"\/>/.exec(ser)?.[1]),
      name: /<c:tx>.*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '',
      dash: /<c:spPr><a:ln [^>]*>.*?<a:prstDash val="(\w+)"\/>/.exec(ser)?.[1],
      symbol: /<\/c:spPr><c:marker><c:symbol val="(\w+)"\/>/.exec(ser)?.[1],
      points: [...ser.matchAll(/<c:dPt><c:idx val="(\d+)"\/><c:marker><c:symbol val="(\w+)"\/><c:size val="\d+"\/><c:spPr><a:solidFill><a:srgbClr val="(\w+)"\/>/g)].map((m) => ({ index: Number(m[1]), symbol: m[2], fill: m[3] })),
      values: new Map([...ser.slice(ser.indexOf('<c:val>')).matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), Number(m[2])])),
    }));
}

function hiddenFromLegend(xml: string): number[] {
  return [...xml.matchAll(/<c:legendEntry><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:legendEntry>/g)].map((m) => Number(m[1]));
}

/** A small SPC chart as the composer makes one: two baselines, a target, three special causes. */
const CHART: LineChartView = {
  kind: 'line-chart',
  name: 'Chart TEST',
  x: 0.4,
  y: 1.15,
  w: 8.7,
  h: 5.45,
  altText: 'SPC chart of a test measure.',
  categories: ['Jan-25', 'Feb-25', 'Mar-25', 'Apr-25', 'May-25', 'Jun-25'],
  valueFormat: '#,##0',
  valueAxis: { minimum: 0, maximum: 30, interval: 5, numberFormat: '#,##0' },
  fontSize: 10,
  legend: true,
  series: [
    { name: 'Mean to Mar-25', values: [10, 10, 10, null, null, null], colour: '262626', dash: 'solid', width: 1.25, marker: { symbol: 'none', size: 2, fill: 'FFFFFF', line: 'FFFFFF' }, points: [], inLegend: false },
    { name: 'Mean', values: [null, null, null, 20, 20, 20], colour: '262626', dash: 'solid', width: 1.25, marker: { symbol: 'none', size: 2, fill: 'FFFFFF', line: 'FFFFFF' }, points: [], inLegend: true },
    { name: 'Upper process limit', values: [null, null, null, 26, 26, 26], colour: '8C8C8C', dash: 'sysDash', width: 1.5, marker: { symbol: 'none', size: 2, fill: 'FFFFFF', line: 'FFFFFF' }, points: [], inLegend: true },
    { name: 'Target', values: [15, 15, 15, 15, 15, 15], colour: 'DA291C', dash: 'lgDash', width: 2, marker: { symbol: 'none', size: 2, fill: 'FFFFFF', line: 'FFFFFF' }, points: [], inLegend: true },
    {
      name: 'Actual',
      values: [9, 11, null, 19, 27, 22],
      colour: '7F7F7F',
      dash: 'solid',
      width: 1.75,
      marker: { symbol: 'circle', size: 6, fill: 'A6A6A6', line: '7F7F7F' },
      points: [
        { index: 1, marker: { symbol: 'square', size: 7, fill: 'E46C0A', line: 'A0500A' }, label: 'Concern' },
        { index: 4, marker: { symbol: 'diamond', size: 9, fill: '00B0F0', line: '00709A' }, label: 'Improvement' },
        { index: 5, marker: { symbol: 'triangle', size: 8, fill: '490092', line: '490092' }, label: 'Neither' },
      ],
      inLegend: true,
    },
  ],
};

describe('an SPC chart as DrawingML', () => {
  const xml = chartPartXml(CHART);
  const series = seriesOf(xml);

  it('writes every series with its name, line pattern and values; a gap is an absent point', () => {
    expect(series.map((s) => [s.name, s.dash])).toEqual([
      ['Mean to Mar-25', 'solid'],
      ['Mean', 'solid'],
      ['Upper process limit', 'sysDash'],
      ['Target', 'lgDash'],
      ['Actual', 'solid'],
    ]);
    expect([...(series[0]?.values.keys() ?? [])]).toEqual([0, 1, 2]);
    expect([...(series[1]?.values.keys() ?? [])]).toEqual([3, 4, 5]);
    expect(series[4]?.values.has(2)).toBe(false);
    expect(series.slice(0, 4).every((s) => s.symbol === 'none')).toBe(true);
    expect(series[4]?.symbol).toBe('circle');
  });

  it('marks each special cause with a data point (c:dPt) in its colour and shape, the rest in the series marker', () => {
    expect(series[4]?.points).toEqual([
      { index: 1, symbol: 'square', fill: 'E46C0A' },
      { index: 4, symbol: 'diamond', fill: '00B0F0' },
      { index: 5, symbol: 'triangle', fill: '490092' },
    ]);
    expect(series.slice(0, 4).every((s) => s.points.length === 0)).toBe(true);
    // LibreOffice colours a line chart's point from the point's own line, so each dPt carries one.
    const points = xml.split('<c:dPt>').slice(1);
    expect(points.every((p) => /<c:spPr><a:ln w="22225"[^>]*><a:solidFill><a:srgbClr val="(E46C0A|00B0F0|490092)"\/>/.test(p))).toBe(true);
  });

  it('names each line once in the legend: an earlier baseline is left out of it', () => {
    expect(hiddenFromLegend(xml)).toEqual([0]);
    expect(series.map((s) => s.idx)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts every series in the embedded workbook under its name, gaps as empty cells', async () => {
    const sheet = (await (await JSZip.loadAsync(chartWorkbook(CHART, new Date('2026-01-01T00:00:00Z')))).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect([...sheet.matchAll(/<c r="([A-Z]+)1" t="inlineStr"><is><t>([^<]*)<\/t>/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['A:', 'B:Mean to Mar-25', 'C:Mean', 'D:Upper process limit', 'E:Target', 'F:Actual']);
    expect(sheet).toContain('<c r="F2"><v>9</v></c>');
    expect(sheet).not.toContain('<c r="F4">');
    // The formulas of the chart point at the same columns.
    expect(xml).toContain('<c:f>Sheet1!$F$2:$F$7</c:f>');
  });
});

describe('the sample pack: AE4HR, rebased in April 2025', () => {
  it('draws its limits as two baselines and its special causes as data points, with no legend of its own (the slide has one key for its charts)', async () => {
    const chart = charts(await sampleView()).find((c) => c.name === 'Chart AE4HR');
    const xml = chartPartXml(chart!);
    const series = seriesOf(xml);
    expect(series.map((s) => s.name)).toEqual(['Mean to Mar-25', 'Upper process limit to Mar-25', 'Lower process limit to Mar-25', 'Mean', 'Upper process limit (trial)', 'Lower process limit (trial)', 'Target', 'Actual']);
    expect(xml).not.toContain('<c:legend>');
    const actual = series[series.length - 1]!;
    expect(actual.points.length).toBeGreaterThan(0);
    expect(new Set(actual.points.map((p) => p.fill))).toEqual(new Set(['0090C5', 'DA670A']));
  });
});
