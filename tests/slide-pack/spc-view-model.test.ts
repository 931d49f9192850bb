import { beforeAll, describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { BODY } from '../support/slide-frame.js';
import type { IconView, LineChartView, SlidePackView, SlideView, TableView } from '../../src/compose/slide-pack/slide-pack-view.js';
import type { MetricView, PackModel, SpcAssuranceCode, SpcVariationCode, SpcView } from '../../src/compose/pack-model.js';
import { handMadeSpc, type SpcSpec } from '../support/spc-fixtures.js';
import { DRAFT, cellText, charts, metricOf, samplePackModel, tables, textBoxes, textOf, varied } from './sample-pack.js';

/** MDC's colours as the pack model carries them, in the renderers' form. */
const BLUE = '0090C5';
const ORANGE = 'DA670A';
const GREY = '888888';
const PURPLE = '490092';
const DARK = '404040';

let sample: PackModel;

beforeAll(async () => {
  sample = await samplePackModel();
}, 120_000);

/** The sample with each named metric's SPC replaced by a hand-made one (or removed). */
function withSpc(readings: Readonly<Record<string, (metric: MetricView) => SpcView | undefined>>): PackModel {
  return varied(sample, (model) => {
    for (const area of model.areas) {
      for (const metric of area.metrics) {
        const make = readings[metric.id];
        if (make === undefined) continue;
        const spc = make(metric as MetricView);
        if (spc === undefined) delete metric.spc;
        else metric.spc = structuredClone(spc) as typeof metric.spc;
      }
    }
  });
}

const spec = (s: SpcSpec) => (metric: MetricView) => handMadeSpc(metric, s);
const steady = (metric: MetricView, extra: SpcSpec = {}): SpcView => {
  const plan = metric.levels.find((l) => l.level === metric.headlineLevel)?.plan?.value ?? 1;
  return handMadeSpc(metric, { baselines: [{ from: 0, mean: plan, spread: Math.abs(plan) * 0.1 || 1 }], target: plan, ...extra });
};

function icons(slide: SlideView): IconView[] {
  return slide.items.filter((i): i is IconView => i.kind === 'icon');
}

function iconNamed(view: SlidePackView, name: string): IconView | undefined {
  return view.slides.flatMap(icons).find((icon) => icon.name === name);
}

/** A summary row by its metric's priority, with the table and slide it is on. */
function summaryRow(view: SlidePackView, metric: MetricView) {
  for (const slide of view.slides.filter((s) => s.kind === 'summary-table')) {
    const table = tables(slide)[0] as TableView;
    const index = table.rows.findIndex((row) => cellText(row.cells[1]!).replace(/ \(\d+\)$/, '') === metric.label);
    if (index >= 0) return { slide, table, index, row: table.rows[index]! };
  }
  throw new Error(`${metric.id} is not on the summary`);
}

function chartOf(view: SlidePackView, id: string): LineChartView {
  const chart = charts(view).find((c) => c.name === `Chart ${id}`);
  if (chart === undefined) throw new Error(`no chart for ${id}`);
  return chart;
}

/** The slide that shows a metric's chart (or says why it has none): the one with its caption. */
function slideOf(view: SlidePackView, id: string): SlideView {
  const slide = view.slides.find((s) => textBoxes(s).some((t) => t.name === `Caption ${id}`));
  if (slide === undefined) throw new Error(`no chart cell for ${id}`);
  return slide;
}

/** The words under a metric's chart. */
function readingOf(view: SlidePackView, id: string): string {
  const box = textBoxes(slideOf(view, id)).find((t) => t.name === `Reading ${id}`);
  if (box === undefined) throw new Error(`no reading for ${id}`);
  return textOf(box);
}

/** Summary metrics that are monthly and rated, to hang hand-made readings on. */
function monthlyOnSummary(count: number): MetricView[] {
  const found = sample.areas.flatMap((a) => a.metrics).filter((m) => m.onSummary && m.frequency === 'month' && m.rating.rating !== 'not-rated');
  expect(found.length).toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** `short` is the word in the cell (the circle's letter says high or low); `word` the alt text's. */
const VARIATIONS: readonly { code: SpcVariationCode; word: string; short: string; letter: string; colour: string }[] = [
  { code: 'common-cause', word: 'Common cause', short: 'Common cause', letter: '', colour: GREY },
  { code: 'improving-high', word: 'Improving (high)', short: 'Improving', letter: 'H', colour: BLUE },
  { code: 'improving-low', word: 'Improving (low)', short: 'Improving', letter: 'L', colour: BLUE },
  { code: 'concerning-high', word: 'Concerning (high)', short: 'Concerning', letter: 'H', colour: ORANGE },
  { code: 'concerning-low', word: 'Concerning (low)', short: 'Concerning', letter: 'L', colour: ORANGE },
  { code: 'neutral-high', word: 'Neutral (high)', short: 'Neutral', letter: 'H', colour: PURPLE },
  { code: 'neutral-low', word: 'Neutral (low)', short: 'Neutral', letter: 'L', colour: PURPLE },
];

const ASSURANCES: readonly { code: SpcAssuranceCode; word: string; letter: string; colour: string }[] = [
  { code: 'consistently-passing', word: 'Passing', letter: 'P', colour: BLUE },
  { code: 'consistently-failing', word: 'Failing', letter: 'F', colour: ORANGE },
  { code: 'hit-and-miss', word: 'Hit and miss', letter: '?', colour: GREY },
  { code: 'process-changed', word: 'Process changed', letter: 'C', colour: DARK },
];

describe('the SPC icons in the summary and area tables', () => {
  it('every variation and assurance icon: its word in the cell, its circle over the cell in its colour with its letter, its alt text', () => {
    const metrics = monthlyOnSummary(VARIATIONS.length);
    const readings = Object.fromEntries(metrics.map((m, i) => [m.id, (metric: MetricView) => steady(metric, { variation: VARIATIONS[i]!.code, assurance: ASSURANCES[i % 3]!.code })]));
    const view = composeSlidePack(withSpc(readings), DRAFT);
    metrics.forEach((metric, i) => {
      const variation = VARIATIONS[i]!;
      const assurance = ASSURANCES[i % 3]!;
      const { table, index, row } = summaryRow(view, metric);
      expect(table.header.cells.slice(6).map(cellText)).toEqual(['Variation', 'Assurance']);
      expect(row.cells.slice(6).map(cellText), metric.id).toEqual([variation.short, assurance.word]);
      for (const [column, expected, family] of [[6, variation, 'Variation'], [7, assurance, 'Assurance']] as const) {
        const cell = row.cells[column]!;
        expect(cell.indent, metric.id).toBeGreaterThan(0);
        const icon = view.slides.find((s) => s.items.includes(table))!.items.find((item): item is IconView => item.kind === 'icon' && item.name === `${family} icon ${metric.id}`);
        expect(icon, `${family} ${metric.id}`).toMatchObject({ fill: expected.colour, letter: expected.letter, altText: `${family}: ${expected.word}` });
        // The icon lies inside its cell: within the column, and within the row's height.
        const left = table.x + table.columns.slice(0, column).reduce((a, b) => a + b, 0);
        const top = table.y + table.header.h + table.rows.slice(0, index).reduce((a, r) => a + r.h, 0);
        expect(icon!.x).toBeGreaterThanOrEqual(left);
        expect(icon!.x + icon!.w).toBeLessThanOrEqual(left + (cell.indent ?? 0) + table.insetX + 1e-3);
        expect(icon!.y).toBeGreaterThanOrEqual(top - 1e-3);
        expect(icon!.y + icon!.h).toBeLessThanOrEqual(top + row.h + 1e-3);
      }
      // A letter reads on its circle: black on blue, orange and grey, white on purple.
      expect(iconNamed(view, `Variation icon ${metric.id}`)?.letterColour).toBe(variation.colour === PURPLE ? 'FFFFFF' : '000000');
    });
  });

  it('the area table carries the same cells and icons beside the levels, before the trend', () => {
    const metric = metricOf(sample, 'AMBHO');
    const view = composeSlidePack(withSpc({ AMBHO: (m) => steady(m, { variation: 'concerning-high', assurance: 'consistently-failing' }) }), DRAFT);
    const slide = view.slides.find((s) => s.anchors.includes('area:UEC'))!;
    const table = tables(slide)[0]!;
    const row = table.rows.find((r) => cellText(r.cells[0]!) === metric.label)!;
    expect(row.cells.slice(-3).map(cellText)).toEqual(['Concerning', 'Failing', '']);
    expect(icons(slide).filter((i) => i.name.endsWith(' AMBHO')).map((i) => [i.name, i.letter, i.fill])).toEqual([
      ['Variation icon AMBHO', 'H', ORANGE],
      ['Assurance icon AMBHO', 'F', ORANGE],
    ]);
  });

  it('trial limits keep their icons and are marked ‡ with a note under the table; too few points, not monthly, no target and no direction say so without an icon', () => {
    const [trial, tooFew, noTarget] = monthlyOnSummary(3);
    const quarterly = sample.areas.flatMap((a) => a.metrics).find((m) => m.onSummary && m.frequency === 'quarter')!;
    const view = composeSlidePack(
      withSpc({
        [trial!.id]: (m) => steady(m, { status: 'trial', points: 9, variation: 'improving-high', assurance: 'hit-and-miss' }),
        [tooFew!.id]: spec({ status: 'too-few' }),
        [noTarget!.id]: (m) => handMadeSpc(m, { baselines: [{ from: 0, mean: 1, spread: 1 }], variation: 'common-cause' }),
        [quarterly.id]: spec({ status: 'not-monthly' }),
      }),
      DRAFT,
    );
    const cells = (m: MetricView) => summaryRow(view, m).row.cells.slice(6);
    expect(cells(trial!).map(cellText)).toEqual(['Improving‡', 'Hit and miss‡']);
    const notes = textBoxes(summaryRow(view, trial!).slide).find((t) => t.name === 'Notes to the table');
    expect(textOf(notes!)).toContain('‡ SPC read from trial limits, set from fewer than 12 points');
    expect(cells(tooFew!).map(cellText)).toEqual(['Too few points', '–']);
    expect(cells(noTarget!).map(cellText)).toEqual(['Common cause', 'No target']);
    expect(cells(quarterly).map(cellText)).toEqual(['Not monthly', '–']);
    for (const m of [tooFew!, quarterly]) {
      expect(iconNamed(view, `Variation icon ${m.id}`), m.id).toBeUndefined();
      expect(cells(m).every((c) => c.indent === undefined), m.id).toBe(true);
    }
    expect(iconNamed(view, `Assurance icon ${noTarget!.id}`)).toBeUndefined();
    expect(iconNamed(view, `Variation icon ${trial!.id}`)?.altText).toBe('Variation: Improving (high), trial');
  });

  it('a metric where neither direction is better has a dash for assurance, not "No target"', () => {
    const metric = monthlyOnSummary(1)[0]!;
    const model = withSpc({ [metric.id]: (m) => handMadeSpc(m, { baselines: [{ from: 0, mean: 1, spread: 1 }], variation: 'neutral-low' }) });
    const neither = varied(model, (m) => {
      for (const area of m.areas) for (const x of area.metrics) if (x.id === metric.id) x.direction = 'neither';
    });
    expect(summaryRow(composeSlidePack(neither, DRAFT), metric).row.cells.slice(6).map(cellText)).toEqual(['Neutral', '–']);
  });

  it('the tables still fit their slides with the SPC columns, every icon inside the body', () => {
    const view = composeSlidePack(sample, DRAFT);
    for (const slide of view.slides.filter((s) => s.kind === 'summary-table' || s.kind === 'area')) {
      for (const table of tables(slide)) expect(table.y + table.h, `slide ${slide.number}`).toBeLessThanOrEqual(BODY.y + BODY.h + 1e-6);
      for (const icon of icons(slide)) {
        expect(icon.y + icon.h, icon.name).toBeLessThanOrEqual(BODY.y + BODY.h);
        expect(icon.x + icon.w, icon.name).toBeLessThanOrEqual(BODY.x + BODY.w + 1e-6);
      }
    }
    // Every summary metric with an icon has its circle drawn, one per reading.
    const drawn = view.slides.filter((s) => s.kind === 'summary-table').flatMap(icons).length;
    const expected = sample.areas.flatMap((a) => a.metrics).filter((m) => m.onSummary).reduce((n, m) => n + (m.spc?.variation === undefined || m.spc.status === 'too-few' ? 0 : 1) + (m.spc?.assurance === undefined || m.spc.status === 'too-few' ? 0 : 1), 0);
    expect(drawn).toBe(expected);
  });
});

describe('the SPC chart slides', () => {
  it('draw the mean, the process limits and the target under the actual, special causes marked in their colour and shape', () => {
    const metric = metricOf(sample, 'AE4HRT12');
    const view = composeSlidePack(
      withSpc({ AE4HRT12: (m) => steady(m, { variation: 'improving-high', assurance: 'consistently-passing', special: { 20: 'improvement', 21: 'improvement', 22: 'improvement', 23: 'improvement', 3: 'concern', 7: 'neutral' } }) }),
      DRAFT,
    );
    const chart = chartOf(view, metric.id);
    expect(chart.series.map((s) => s.name)).toEqual(['Mean', 'Upper process limit', 'Lower process limit', 'Target', 'Actual']);
    expect(chart.series.map((s) => s.dash)).toEqual(['solid', 'sysDash', 'sysDash', 'lgDash', 'solid']);
    const actual = chart.series[4]!;
    // each kind of point has its own shape, and an outline of 3:1 or more against white
    expect(actual.points.map((p) => [p.index, p.marker.symbol, p.marker.fill, p.marker.line])).toEqual([
      [3, 'square', ORANGE, 'A0500A'],
      [7, 'triangle', PURPLE, PURPLE],
      [20, 'diamond', BLUE, '00709A'],
      [21, 'diamond', BLUE, '00709A'],
      [22, 'diamond', BLUE, '00709A'],
      [23, 'diamond', BLUE, '00709A'],
    ]);
    expect(actual.marker).toMatchObject({ symbol: 'circle', fill: GREY, line: '595959' });
    expect(chart.altText).toContain('Special-cause points: improvement (diamonds) in');
    expect(chart.altText).toMatch(/concern \(squares\) in \w{3}-\d{2}; neither improvement nor concern \(triangles\) in \w{3}-\d{2}; the other points are common cause \(circles\)\.$/);
    expect(readingOf(view, metric.id)).toContain('SPC: improving (high); passing.');
    const key = textBoxes(slideOf(view, metric.id)).find((t) => t.name === 'Key');
    expect(textOf(key!)).toMatch(/◆\u00a0improvement +■\u00a0concern +▲\u00a0neither +●\u00a0common\u00a0cause/);
  });

  it('every reading under a chart of the sample is in full and gives the SPC reading in words', () => {
    const view = composeSlidePack(sample, DRAFT);
    const readings = view.slides.flatMap((s) => textBoxes(s).filter((t) => t.name.startsWith('Reading ')));
    expect(readings.length).toBeGreaterThan(40);
    for (const box of readings) {
      const text = textOf(box);
      expect(text.endsWith('.'), text).toBe(true);
      expect(box.fontSize).toBeGreaterThanOrEqual(9);
      const id = box.name.slice('Reading '.length);
      if (charts(view).some((c) => c.name === `Chart ${id}` && c.series.some((x) => x.name === 'Mean'))) expect(text, id).toMatch(/ SPC: .+; .+\./);
    }
    // Limits of a small count close together are described with a decimal; those of a large one are not.
    expect(chartOf(view, 'LDINPAT').altText).toContain('the target of 12 lies below the lower process limit of 12.9');
    expect(chartOf(view, 'RTT52').altText).toMatch(/process limit of [\d,]+\D/);
    expect(chartOf(view, 'RTT52').altText).not.toMatch(/process limit of [\d,]+\.\d/);
  });

  it('limits recalculated at a rebase step there: a series per baseline, the earlier ones out of the legend', () => {
    const metric = metricOf(sample, 'RTT52');
    const model = withSpc({
      RTT52: (m) =>
        handMadeSpc(m, {
          baselines: [
            { from: 0, mean: 2000, spread: 300 },
            { from: 12, mean: 1500, spread: 200 },
          ],
          variation: 'improving-low',
          target: 1000,
        }),
    });
    const view = composeSlidePack(model, DRAFT);
    const chart = chartOf(view, metric.id);
    const before = chart.categories[11];
    const from = chart.categories[12];
    expect(chart.series.map((s) => [s.name, s.inLegend])).toEqual([
      [`Mean to ${before}`, false],
      [`Upper process limit to ${before}`, false],
      [`Lower process limit to ${before}`, false],
      ['Mean', true],
      ['Upper process limit', true],
      ['Lower process limit', true],
      ['Target', true],
      ['Actual', true],
    ]);
    const [oldMean, , , newMean, newUpper] = chart.series;
    // Each baseline's line runs over its own months only, so the line steps instead of sloping.
    expect(oldMean!.values.slice(0, 12).every((v) => v === 2000)).toBe(true);
    expect(oldMean!.values.slice(12).every((v) => v === null)).toBe(true);
    expect(newMean!.values.slice(0, 12).every((v) => v === null)).toBe(true);
    expect(newMean!.values.slice(12).every((v) => v === 1500)).toBe(true);
    expect(newUpper!.values[12]).toBe(1700);
    expect(chart.altText).toContain(`the limits worked out afresh from ${from}`);
  });

  it('trial limits are said so in the series names, the reading and the alt text', () => {
    const view = composeSlidePack(withSpc({ CAT2: (m) => steady(m, { status: 'trial', points: 10, variation: 'common-cause', assurance: 'hit-and-miss' }) }), DRAFT);
    const chart = chartOf(view, 'CAT2');
    expect(chart.categories).toHaveLength(10);
    expect(chart.series.filter((s) => s.inLegend).map((s) => s.name)).toEqual(['Mean', 'Upper process limit (trial)', 'Lower process limit (trial)', 'Target', 'Actual']);
    expect(readingOf(view, 'CAT2')).toContain('SPC: common cause, trial; hit and miss, trial.');
    expect(chart.altText).toContain('(trial limits, from 10 points)');
  });

  it('a series that is not monthly: actual against plan, no limits, the reason given', () => {
    const view = composeSlidePack(withSpc({ DENTUDA: spec({ status: 'not-monthly' }) }), DRAFT);
    const chart = chartOf(view, 'DENTUDA');
    expect(chart.series.map((s) => s.name)).toEqual(['Actual', 'Plan']);
    expect(chart.series.every((s) => s.points.length === 0)).toBe(true);
    expect(readingOf(view, 'DENTUDA')).not.toContain('SPC:');
    expect(chart.altText).toMatch(/^Line chart of .* No SPC limits: SPC needs a monthly series\.$/);
  });

  it('too few points or the same figure every month: no chart, the sentence saying why, the periods as a table where few', () => {
    const view = composeSlidePack(withSpc({ RTT65: spec({ status: 'too-few' }) }), DRAFT);
    expect(charts(view).some((c) => c.name === 'Chart RTT65')).toBe(false);
    const why = (id: string) => textOf(textBoxes(slideOf(view, id)).find((t) => t.name === `Why there is no chart ${id}`)!);
    expect(why('RTT65')).toBe('Too few points to work out limits.');
    // the sample's adult community waits: 0 in every month shown, the rest suppressed
    expect(charts(view).some((c) => c.name === 'Chart COMMADU52')).toBe(false);
    expect(why('COMMADU52')).toContain('No SPC chart: the figure is 0 in each of the 16 months with a figure from Jan-24 to Oct-25; 6 months are suppressed (under 5).');
    // maternal mortality: one yearly figure shown (0) and three suppressed: a table of its four years
    expect(charts(view).some((c) => c.name === 'Chart MATMAT')).toBe(false);
    expect(why('MATMAT')).toBe('Too few figures for a chart: one figure in 2020/21 to 2023/24 (3 more suppressed).');
    const byPeriod = tables(slideOf(view, 'MATMAT')).find((t) => t.name === `${metricOf(sample, 'MATMAT').label} by period`);
    expect(byPeriod?.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['2020/21', '–', '*'],
      ['2021/22', '–', '*'],
      ['2022/23', '–', '*'],
      ['2023/24', '–', '0'],
    ]);
  });

  it('a suppressed month stays a gap even if the SPC series carries a number for it, and is never marked', () => {
    const metric = metricOf(sample, 'COMMADU52');
    const view = composeSlidePack(withSpc({ COMMADU52: (m) => steady(m, { leakSuppressed: 3, special: Object.fromEntries(Array.from({ length: 24 }, (_, i) => [i, 'concern' as const])) }) }), DRAFT);
    const chart = chartOf(view, metric.id);
    const suppressed = new Set((metric.levels[0]?.history ?? []).filter((p) => p.actual?.suppressed === true).map((p) => p.period.label));
    const gaps = chart.categories.flatMap((c, i) => (suppressed.has(c) ? [i] : []));
    expect(gaps.length).toBeGreaterThan(0);
    const actual = chart.series.find((s) => s.name === 'Actual')!;
    for (const i of gaps) {
      expect(actual.values[i]).toBeNull();
      expect(actual.points.some((p) => p.index === i)).toBe(false);
    }
    expect(JSON.stringify(chart.series.map((s) => s.values))).not.toMatch(/\b3\b/);
    expect(readingOf(view, metric.id)).toMatch(/Gaps in the line: counts under 5 suppressed \(\*\) in /);
  });
});

describe('the notes slide on SPC', () => {
  it('explains SPC and gives the legend of every icon, drawn as the tables draw it', () => {
    const view = composeSlidePack(sample, DRAFT);
    const slide = view.slides.find((s) => s.anchors.includes('spc-notes'))!;
    // The first of the appendices, after their divider; the notes for the tables carry the icons' legend in brief.
    expect(slide.number).toBe(view.slides.find((s) => s.kind === 'divider')!.number + 1);
    expect(slide.title.text).toBe('Appendix: how to read SPC (Making Data Count charts and icons)');
    expect(textBoxes(slide).map(textOf).join('\n')).toMatch(/Common cause[\s\S]*Special cause[\s\S]*variation[\s\S]*assurance[\s\S]*trial/);
    const [variation, assurance] = tables(slide);
    expect(variation?.rows.map((r) => cellText(r.cells[0]!))).toEqual(VARIATIONS.map((v) => v.word));
    expect(assurance?.rows.map((r) => cellText(r.cells[0]!))).toEqual(ASSURANCES.map((a) => a.word));
    expect(icons(slide).map((i) => [i.letter, i.fill])).toEqual([...VARIATIONS, ...ASSURANCES].map((v) => [v.letter, v.colour]));
    expect(assurance!.y).toBeGreaterThan(variation!.y + variation!.h);
    expect(assurance!.y + assurance!.h).toBeLessThanOrEqual(BODY.y + BODY.h);
  });
});
