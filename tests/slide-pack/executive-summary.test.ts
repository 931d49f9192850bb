import { beforeAll, describe, expect, it } from 'vitest';
import type { PackModel } from '../../src/compose/pack-model.js';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import type { SlideView, TextBoxView } from '../../src/compose/slide-pack/slide-pack-view.js';
import { packModelOf, sampleWithoutJanuaryThreeAs } from '../three-as/support.js';
import { DRAFT, FINAL, samplePackModel, textBoxes, textOf, varied } from './sample-pack.js';

/** The executive summary slide(s): the 3As boxes as the pack model holds them. */
function summarySlides(model: PackModel, options = DRAFT): SlideView[] {
  return composeSlidePack(model, options).slides.filter((s) => s.kind === 'executive-summary');
}

function boxNamed(slide: SlideView, name: string): TextBoxView | undefined {
  return textBoxes(slide).find((b) => b.name === name);
}

const paragraphsOf = (box: TextBoxView | undefined) => box?.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) ?? [];

describe('the executive summary of a draft without the month\'s 3As', () => {
  let model: PackModel;
  beforeAll(async () => {
    model = await packModelOf(await sampleWithoutJanuaryThreeAs());
  });

  it('fits one slide, each drafted item whole in its box and marked DRAFTED, at 10 pt or more', () => {
    const slides = summarySlides(model);
    expect(slides.map((s) => s.title.text)).toEqual(['Executive summary']);
    const [slide] = slides as [SlideView];
    for (const [box, name] of [['alert', 'Alert items'], ['assure', 'Assure items'], ['advise', 'Advise items']] as const) {
      const shown = boxNamed(slide, name);
      expect(paragraphsOf(shown), box).toEqual(model.threeAs[box].map((item) => `DRAFTED: ${item.text}`));
      expect(shown?.paragraphs.every((p) => p.bullet && p.runs[0]?.bold === true), box).toBe(true);
      expect(shown?.fontSize, box).toBeGreaterThanOrEqual(10);
    }
    expect(paragraphsOf(boxNamed(slide, 'Update, risk and learning on plans items'))).toEqual(['None this month.']);
    for (const box of textBoxes(slide)) expect(box.fitted.height, box.name).toBeLessThanOrEqual(box.h + 0.005);
  });
});

describe('the executive summary', () => {
  it('prints the officers\' items as typed, not marked', async () => {
    const model = await samplePackModel();
    const [slide] = summarySlides(model) as [SlideView];
    expect(paragraphsOf(boxNamed(slide, 'Assure items'))).toEqual(model.threeAs.assure.map((i) => i.text));
  });

  it('says a box of a final pack with no items has none, once', async () => {
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.advise = [];
    });
    const slides = summarySlides(model, FINAL);
    expect(slides).toHaveLength(1);
    expect(textOf(boxNamed(slides[0] as SlideView, 'Advise items') as TextBoxView)).toBe('None this month.');
  });

  it('continues long boxes on further slides with whole items, showing only the boxes that continue', async () => {
    const item = (i: number) => ({ text: `Item ${i + 1}: the number of people waiting more than 52 weeks for treatment has fallen again this month but remains above plan, with the largest waits in trauma and orthopaedics, gynaecology and ENT, where referrals remain high.`, drafted: false });
    const items = Array.from({ length: 16 }, (_, i) => item(i));
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.alert = items;
    });
    const slides = summarySlides(model);
    expect(slides.length).toBeGreaterThanOrEqual(2);
    expect(slides.map((s) => s.title.text)).toEqual(slides.map((_, i) => `Executive summary (${i + 1} of ${slides.length})`));
    // every box's items whole, once and in order across the slides: none split between two
    for (const [box, name] of [['alert', 'Alert'], ['assure', 'Assure'], ['advise', 'Advise'], ['update', 'Update, risk and learning on plans']] as const) {
      expect(slides.flatMap((s) => textBoxes(s).filter((b) => b.name === `${name} items`).flatMap((b) => paragraphsOf(b))), box).toEqual(model.threeAs[box].map((i) => i.text));
    }
    // a further slide shows only the boxes that continue, in at most two columns, each with items, shared evenly
    for (const slide of slides.slice(1)) {
      const headings = textBoxes(slide).filter((b) => b.name.endsWith('heading'));
      expect(headings.length).toBeLessThanOrEqual(2);
      expect(headings.every((b) => b.name.endsWith('(continued) heading') && b.w < 6.5)).toBe(true);
      for (const box of textBoxes(slide).filter((b) => b.name.endsWith('items'))) expect(box.paragraphs.length, box.name).toBeGreaterThan(0);
      expect(textBoxes(slide).some((b) => /No further items|None this month/.test(textOf(b)))).toBe(false);
    }
    const alertColumns = slides.slice(1).flatMap((s) => textBoxes(s).filter((b) => b.name === 'Alert items').map((b) => b.paragraphs.length));
    expect(Math.max(...alertColumns) - Math.min(...alertColumns)).toBeLessThanOrEqual(1);
    for (const box of slides.flatMap(textBoxes)) expect(box.fitted.height, box.name).toBeLessThanOrEqual(box.h + 0.005);
  });
});
