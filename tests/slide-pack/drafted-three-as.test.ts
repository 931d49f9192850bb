import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { draftBoxOf, draftThreeAs } from '../../src/compose/slide-pack/draft-three-as.js';
import type { MetricView } from '../../src/compose/pack-model.js';
import { DRAFT, FINAL, metricOf, samplePackModel, textBoxes, textOf, varied, type Mutable } from './sample-pack.js';

function withRating(metric: MetricView, rating: 'green' | 'amber' | 'red', movement: string, levels?: ('green' | 'amber' | 'red')[]): MetricView {
  const copy = structuredClone(metric) as Mutable<MetricView>;
  copy.rating.rating = rating;
  copy.rating.word = rating[0]?.toUpperCase() + rating.slice(1);
  copy.movement = movement;
  copy.levels.forEach((level, i) => {
    const r = levels?.[i] ?? rating;
    level.rating.rating = r;
    level.rating.word = r[0]?.toUpperCase() + r.slice(1);
  });
  return copy;
}

describe('drafting the 3As from the figures', () => {
  it('red and worsening -> Alert', async () => {
    expect(draftBoxOf(withRating(metricOf(await samplePackModel(), 'AE4HR'), 'red', 'worsened'))).toBe('alert');
  });

  it('red or amber but improving -> Assure', async () => {
    const metric = metricOf(await samplePackModel(), 'AE4HR');
    expect(draftBoxOf(withRating(metric, 'red', 'improved'))).toBe('assure');
    expect(draftBoxOf(withRating(metric, 'amber', 'improved'))).toBe('assure');
  });

  it('green at risk (another level amber or red) -> Assure', async () => {
    expect(draftBoxOf(withRating(metricOf(await samplePackModel(), 'AE4HR'), 'green', 'unchanged', ['green', 'red']))).toBe('assure');
  });

  it('green and achieved -> Advise', async () => {
    expect(draftBoxOf(withRating(metricOf(await samplePackModel(), 'AE4HR'), 'green', 'unchanged', ['green', 'green']))).toBe('advise');
  });

  it('red or amber and unchanged, and not rated, are left to the officers', async () => {
    const model = await samplePackModel();
    expect(draftBoxOf(withRating(metricOf(model, 'AE4HR'), 'red', 'unchanged'))).toBeUndefined();
    expect(draftBoxOf(withRating(metricOf(model, 'AE4HR'), 'amber', 'worsened'))).toBeUndefined();
    expect(draftBoxOf(metricOf(model, 'AE12HR'))).toBeUndefined();
  });

  it('drafts the sample by the rules: inpatients and GP appointments worsening to red alert, CAT2 improving to amber assures', async () => {
    const drafted = draftThreeAs(await samplePackModel());
    expect(drafted.alert.map((d) => d.metricId)).toEqual(['LDINPAT', 'AUTINPAT', 'GPAPPT']);
    expect(drafted.assure.map((d) => d.metricId)).toEqual(['CAT2', 'RTTTOTAL', 'DIAGNOUS', 'DIAGCOLON', 'DIAGFLEXI', 'DIAGGASTRO', 'DIAGDEXA', 'DIAGTOTAL']);
    expect(drafted.advise.map((d) => d.metricId)).toContain('MHTTRI');
    expect(drafted.alert.find((d) => d.metricId === 'LDINPAT')?.text).toBe('LD Inpatients - Adult (Learning Disabilities & Autism): Red and worsening, at 13 against a plan of 12 in Jan-26.');
    expect(drafted.assure.find((d) => d.metricId === 'DIAGTOTAL')?.text).toBe('Activity TOTAL (Diagnostics): Green for ICB, but NEUH is red, at 40,166 against a plan of 40,155 in Nov-25.');
  });

  it('in a draft, an empty box gets drafted items marked DRAFTED; a box the officers filled keeps theirs', async () => {
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.alert = [];
    });
    const summary = composeSlidePack(model, DRAFT).slides.filter((s) => s.kind === 'executive-summary');
    const alert = summary.flatMap(textBoxes).filter((b) => b.name === 'Alert items');
    expect(alert[0]?.paragraphs[0]?.runs[0]).toMatchObject({ text: 'DRAFTED: ', bold: true, italic: true });
    expect(alert.map(textOf).join('\n')).toContain('LD Inpatients - Adult (Learning Disabilities & Autism): Red and worsening');
    const assure = summary.flatMap(textBoxes).find((b) => b.name === 'Assure items');
    expect(textOf(assure!)).toContain('The cancer Faster Diagnosis Standard improved from the previous month.');
    expect(textOf(assure!)).not.toContain('DRAFTED');
  });

  it('a final pack drafts nothing: an empty box says so', async () => {
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.alert = [];
    });
    const alert = composeSlidePack(model, FINAL).slides.flatMap(textBoxes).find((b) => b.name === 'Alert items');
    expect(textOf(alert!)).toBe('None this month.');
  });

  it('many items continue on a second summary slide, nothing lost, nothing overflowing', async () => {
    const items = Array.from({ length: 14 }, (_, i) => ({ text: `Item ${i + 1}: the number of people waiting more than 52 weeks for treatment has fallen again this month but remains above plan.` }));
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.alert = items;
    });
    const summary = composeSlidePack(model, DRAFT).slides.filter((s) => s.kind === 'executive-summary');
    expect(summary.map((s) => s.title.text)).toEqual(summary.map((_, i) => `Executive summary (${i + 1} of ${summary.length})`));
    expect(summary.length).toBeGreaterThanOrEqual(2);
    const alert = summary.flatMap(textBoxes).filter((b) => b.name === 'Alert items');
    const shown = alert.map(textOf).join('\n');
    for (const item of items) expect(shown).toContain(item.text);
    for (const box of summary.flatMap(textBoxes)) expect(box.fitted.height).toBeLessThanOrEqual(box.h + 0.005);
    expect(summary[1]?.items.some((i) => i.kind === 'text' && textOf(i) === 'Alert (continued)')).toBe(true);
  });
});
