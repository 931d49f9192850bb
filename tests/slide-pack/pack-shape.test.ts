import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { BODY } from '../support/slide-frame.js';
import type { SlidePackView, SlideView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { needsDiscussion } from '../../src/compose/needs-discussion.js';
import { FINAL, sampleView, samplePackModel, tables, textBoxes, varied } from './sample-pack.js';

/**
 * The pack's shape, computed from the composed view: as short as the committee's own pack, every
 * slide worth turning to, one size of narrative text, nothing too small to read.
 */

/** Share of the body a slide's content covers: tables, charts and the measured text (the links row aside). */
function fill(slide: SlideView): number {
  let used = 0;
  for (const item of slide.items) {
    if (item.kind === 'text' && item.name !== 'Links') used += item.w * Math.min(item.h, item.fitted.height);
    else if (item.kind === 'table') used += item.columns.reduce((sum, w) => sum + w, 0) * item.h;
    else if (item.kind === 'line-chart') used += item.w * item.h;
  }
  return used / (BODY.w * BODY.h);
}

/** The slides before the first divider: what the committee reads. */
function mainBody(view: SlidePackView): SlideView[] {
  const divider = view.slides.findIndex((s) => s.kind === 'divider');
  return divider === -1 ? [...view.slides] : view.slides.slice(0, divider);
}

/** The narrative panels' bodies: the text boxes of area and finance slides named for a panel. */
const PANELS = ['Updates since previous month', 'Current issues', 'Risks', 'Dependencies', 'Future actions & mitigations', 'Narrative'];
function panelSizes(view: SlidePackView): number[] {
  return view.slides
    .filter((s) => s.kind === 'area' || s.kind === 'finance')
    .flatMap((s) => textBoxes(s).filter((t) => PANELS.includes(t.name)).map((t) => t.fontSize));
}

describe('the shape of the sample pack, January 2026', () => {
  it('has a main body of at most 30 slides and at most 60 in all', async () => {
    for (const options of [undefined, FINAL]) {
      const view = await sampleView(options);
      expect(mainBody(view).length).toBeLessThanOrEqual(30);
      expect(view.slides.length).toBeLessThanOrEqual(60);
    }
  });

  it('fills a quarter of the body or more on every slide but the title and dividers', async () => {
    const view = await sampleView();
    const thin = view.slides.filter((s) => s.kind !== 'title' && s.kind !== 'divider' && fill(s) < 0.25).map((s) => `${s.number} ${s.title.text}: ${fill(s).toFixed(2)}`);
    expect(thin).toEqual([]);
  });

  it('sets every narrative panel at one size, 10 pt or more, and every table at 9 pt or more', async () => {
    const view = await sampleView();
    const sizes = new Set(panelSizes(view));
    expect(sizes.size).toBe(1);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    const tableSizes = view.slides.flatMap((s) => tables(s).map((t) => t.fontSize));
    expect(Math.min(...tableSizes)).toBeGreaterThanOrEqual(9);
    const textSizes = view.slides.flatMap((s) => textBoxes(s).map((t) => t.fontSize));
    expect(Math.min(...textSizes)).toBeGreaterThanOrEqual(9);
  });

  it('gives a chart slide in the main body only to the measures that need discussion, right after their area', async () => {
    const model = await samplePackModel();
    const view = await sampleView();
    const body = mainBody(view);
    const needing = new Set(model.areas.flatMap((a) => a.metrics.filter(needsDiscussion).map((m) => m.id)));
    const charted = body.flatMap((s) => s.items.filter((i) => i.kind === 'line-chart').map((i) => i.name));
    expect(charted.length).toBe(needing.size);
    for (const name of charted) expect([...needing].some((id) => name.includes(id))).toBe(true);
    // Each area's charts come after its own slide and before the next area's.
    let area = '';
    for (const slide of body) {
      if (slide.kind === 'area') area = slide.title.text.replace(/^Performance against plan: /, '').replace(/ \(\d+ of \d+\)$/, '');
      if (slide.kind === 'metric-chart') expect(slide.title.text.startsWith(`${area}:`)).toBe(true);
    }
  });

  it('draws every chart after its area with "all", and none at all with "none"', async () => {
    const model = await samplePackModel();
    const all = composeSlidePack(varied(model, (m) => { m.chartSlides = 'all'; }), { mode: 'draft' });
    const none = composeSlidePack(varied(model, (m) => { m.chartSlides = 'none'; }), { mode: 'draft' });
    const chartsOf = (slides: readonly SlideView[]) => slides.flatMap((s) => s.items.filter((i) => i.kind === 'line-chart'));
    expect(chartsOf(none.slides)).toEqual([]);
    expect(none.slides.some((s) => s.kind === 'metric-chart')).toBe(false);
    const drawable = model.areas.flatMap((a) => a.metrics).filter((m) => m.levels.some((l) => l.history.length > 0));
    // Each drawn, or its cell saying why it has no chart.
    const cells = mainBody(all).flatMap((s) => textBoxes(s).filter((t) => t.name.startsWith('Caption ')));
    expect(cells.length).toBe(drawable.length);
    expect(chartsOf(mainBody(all)).length).toBeGreaterThan(drawable.length - 4);
    expect(all.slides.some((s) => s.title.text.startsWith('Appendix A'))).toBe(false);
  });

  it('shows provider columns on an area table only where a metric of the area has a provider figure or plan', async () => {
    const model = await samplePackModel();
    const view = await sampleView();
    for (const area of model.areas) {
      const slide = view.slides.find((s) => s.kind === 'area' && s.anchors.includes(`area:${area.id}`));
      const header = tables(slide ?? ({ items: [] } as never))[0]?.header.cells.map((c) => c.runs.map((r) => r.text).join('')) ?? [];
      for (const level of model.levels.filter((l) => l.kind !== 'system')) {
        const has = area.metrics.some((m) => m.levels.some((l) => l.level === level.id && (l.actual !== undefined || l.plan !== undefined)));
        expect(header.some((h) => h.startsWith(`${level.shortName} `)), `${area.name}: ${level.shortName}`).toBe(has);
      }
    }
  });
});
