import { describe, expect, it } from 'vitest';
import { BODY, SLIDE_HEIGHT, SLIDE_WIDTH } from '../support/slide-frame.js';
import type { LinkView, SlideItemView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { slidePackOutline } from '../support/outline.js';
import { FINAL, cellText, charts, samplePackModel, sampleView, tables, textBoxes, textOf } from './sample-pack.js';

function linksOf(item: SlideItemView): LinkView[] {
  const runs =
    item.kind === 'text'
      ? item.paragraphs.flatMap((p) => p.runs)
      : item.kind === 'table'
        ? [item.header, ...item.rows].flatMap((row) => row.cells.flatMap((c) => c.runs))
        : [];
  return runs.flatMap((r) => (r.link === undefined ? [] : [r.link]));
}

describe('the slide pack view model of the sample, January 2026', () => {
  it("matches its reviewed outline: each slide's title, its tables' header and first rows, its text by name", async () => {
    await expect(slidePackOutline(await sampleView())).toMatchFileSnapshot('../outlines/slide-pack-2026-01.txt');
  });

  it('matches its reviewed outline as a final pack', async () => {
    await expect(slidePackOutline(await sampleView(FINAL))).toMatchFileSnapshot('../outlines/slide-pack-2026-01-final.txt');
  });

  it('has the slides of a 3As pack in order, numbered from 1', async () => {
    const view = await sampleView();
    expect(view.slides.map((s) => s.number)).toEqual(view.slides.map((_, i) => i + 1));
    const kinds = view.slides.map((s) => s.kind).filter((k, i, all) => all[i - 1] !== k);
    // The main body as the committee's own pack runs, each area's charts to discuss after it; then the appendices.
    expect(kinds.slice(0, 7)).toEqual(['title', 'three-as-guide', 'executive-summary', 'contents', 'performance-notes', 'summary-table', 'area']);
    const divider = kinds.indexOf('divider');
    expect(kinds[divider - 1]).toBe('finance');
    expect(new Set(kinds.slice(6, divider - 1))).toEqual(new Set(['area', 'metric-chart']));
    expect(kinds.slice(divider)).toEqual(['divider', 'performance-notes', 'metric-chart', 'appendix']);
    expect(view.slides[0]?.title.text).toBe('Northshire and Eastdale ICB Performance Report');
    expect(textBoxes(view.slides[0] ?? { items: [] } as never).map(textOf)).toEqual(
      expect.arrayContaining(['Example Integrated Care Board', 'Quality, Performance and Outcomes Committee', 'January 2026']),
    );
  });

  it('every link points at the slide that carries its anchor', async () => {
    const view = await sampleView();
    const carrier = new Map(view.slides.flatMap((s) => s.anchors.map((a) => [a, s.number] as const)));
    const links = view.slides.flatMap((s) => s.items.flatMap(linksOf));
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(link.slide, link.anchor).toBe(carrier.get(link.anchor));
  });

  it('the contents lists every area with the number of its first slide', async () => {
    const view = await sampleView();
    const contents = view.slides.find((s) => s.kind === 'contents');
    const rows = tables(contents ?? view.slides[0]!).flatMap((t) => t.rows);
    const listed = new Map(rows.map((row) => [cellText(row.cells[0]!), Number(cellText(row.cells[1]!))]));
    const first = (title: string) => view.slides.find((s) => s.title.text.startsWith(title))?.number;
    expect(listed.get('Urgent Care')).toBe(first('Performance against plan: Urgent Care'));
    expect(listed.get('Cancer')).toBe(first('Performance against plan: Cancer'));
    expect(listed.get('Finance')).toBe(first('Use of resources: finance dashboard'));
    expect(listed.get('Executive summary: Alert, Assure, Advise')).toBe(3);
    expect(listed.get('Summary of performance against plan')).toBe(first('Summary of performance against plan'));
    // One entry for the appendices, at their divider.
    const appendices = [...listed].filter(([entry]) => entry.startsWith('Appendices'));
    expect(appendices.map(([, slide]) => slide)).toEqual([view.slides.find((s) => s.kind === 'divider')?.number]);
    expect(listed.size).toBe(3 + 10 + 1 + 1);
  });

  it('keeps every item on the slide and every body item below the title band', async () => {
    const view = await sampleView();
    for (const slide of view.slides) {
      for (const item of slide.items) {
        const w = item.kind === 'table' ? item.columns.reduce((a, b) => a + b, 0) : item.w;
        const h = item.h;
        expect(item.x + w, `${slide.number} ${item.kind}`).toBeLessThanOrEqual(SLIDE_WIDTH + 1e-6);
        expect(item.y + h, `${slide.number} ${item.kind}`).toBeLessThanOrEqual(slide.layout === 'title' ? SLIDE_HEIGHT : BODY.y + BODY.h + 1e-6);
        if (slide.layout === 'content') expect(item.y, `${slide.number} ${item.kind}`).toBeGreaterThanOrEqual(BODY.y - 1e-6);
      }
    }
  });

  it('every text box says how its text measured, and no text is taller than its box', async () => {
    const view = await sampleView();
    const boxes = view.slides.flatMap(textBoxes);
    expect(boxes.length).toBeGreaterThan(200);
    for (const box of boxes) expect(box.fitted.height, box.name).toBeLessThanOrEqual(box.h + 0.005);
  });

  it('gives every chart, sparkline and SPC icon alt text, the chart its latest value against plan and its SPC reading', async () => {
    const view = await sampleView();
    const ae = charts(view).find((c) => c.name === 'Chart AE4HR');
    expect(ae?.altText).toBe(
      "SPC chart of % of A&E attendances within 4 hours (all types) for ICB, Jan-24 to Dec-25: the actual with its mean and process limits (trial limits, from 9 points), the limits worked out afresh from Apr-25, and the target (the plan for each month a plan covers) as a long-dashed line. Higher is better. Latest, Dec-25: 78.9% against a plan of 76.1%, rated Green. Variation: Common cause: the latest point shows only the variation the process always has. Assurance: Hit and miss: the target of 76.1% lies between the process limits (75.8% to 80.3%), so the process will meet it in some months and miss it in others. Special-cause points: improvement (diamonds) in Jan-25 to Mar-25; concern (squares) in Mar-24 to Sep-24; the other points are common cause (circles).",
    );
    const quarterly = charts(view).find((c) => c.name === 'Chart DENTUDA');
    expect(quarterly?.altText).toMatch(/^Line chart of .*rated Green\. Over the periods shown the actual ranged from 350,117 \(Q1 23\/24\) to 365,959 \(Q2 25\/26\)\. No SPC limits: SPC needs a monthly series; this metric is reported each quarter, so it has no SPC chart or icons\.$/);
    for (const item of view.slides.flatMap((s) => s.items)) if (item.kind === 'line-chart' || item.kind === 'sparkline' || item.kind === 'icon') expect(item.altText, item.name).not.toBe('');
  });

  it('draws a chart for each metric that has one to draw, the actual solid and the plan dashed, over at most 24 periods', async () => {
    const view = await sampleView();
    const model = await samplePackModel();
    const drawn = charts(view);
    // Every metric with figures has its chart in the main body or Appendix A: drawn, or a sentence saying why not.
    const withFigures = model.areas.flatMap((a) => a.metrics).filter((m) => m.levels.some((l) => l.history.length > 0));
    const shown = view.slides.flatMap((s) => textBoxes(s).filter((t) => t.name.startsWith('Caption ') && s.kind !== 'appendix').map((t) => t.name.slice('Caption '.length)));
    expect(shown.sort()).toEqual(withFigures.map((m) => m.id).sort());
    expect(drawn.length).toBeGreaterThan(withFigures.length - 4);
    for (const chart of drawn) {
      expect(chart.categories.length).toBeLessThanOrEqual(24);
      const actual = chart.series.find((s) => s.name === 'Actual');
      const plan = chart.series.find((s) => s.name === 'Plan');
      expect(actual?.dash, chart.name).toBe('solid');
      if (plan !== undefined) expect(plan.dash, chart.name).not.toBe('solid');
    }
  });

  it('shades each rated actual in the area tables and gives it its letter, with a sparkline per row', async () => {
    const view = await sampleView();
    const urgent = view.slides.find((s) => s.anchors.includes('area:UEC'));
    const table = tables(urgent!)[0];
    expect(table?.header.cells.map(cellText)).toEqual(['UEC Measures', 'Plan Mar-26', 'Month', 'ICB plan', 'ICB actual', 'NEUH plan', 'NEUH actual', 'Variation', 'Assurance', '12-month trend']);
    const handover = table?.rows[3];
    expect(handover?.cells.map(cellText)).toEqual(['Ambulance handover monthly average time', '00:15:00', 'Nov-25', '00:15:00', '00:47:14 R', '00:15:00', '00:52:44 R', 'Common cause‡', 'Failing‡', '']);
    expect(handover?.cells[4]).toMatchObject({ fill: 'DA291C', colour: 'FFFFFF' });
    expect(handover?.cells[3]?.fill).toBeUndefined();
    const sparklines = urgent?.items.filter((i) => i.kind === 'sparkline') ?? [];
    expect(sparklines).toHaveLength(8);
  });

  it('states under each chart which direction is better', async () => {
    const view = await sampleView();
    const readings = view.slides.flatMap((s) => textBoxes(s).filter((t) => t.name.startsWith('Reading ')));
    expect(readings.length).toBeGreaterThan(40);
    for (const reading of readings) expect(textOf(reading), reading.name).toMatch(/(Higher is better|Lower is better|Neither direction is better)\./);
  });

  it('marks a draft DRAFT and a final pack not at all', async () => {
    expect((await sampleView()).draftMark?.text).toBe('DRAFT');
    const final = await sampleView(FINAL);
    expect(final.draftMark).toBeUndefined();
    const words = final.slides.flatMap((s) => s.items.flatMap((i) => (i.kind === 'text' ? [textOf(i)] : i.kind === 'table' ? i.rows.flatMap((r) => r.cells.map(cellText)) : [])));
    expect(words.filter((w) => /draft/i.test(w))).toEqual([]);
  });
});
