import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { DRAFTED_PER_BOX, draftBoxOf, draftThreeAs } from '../../src/compose/slide-pack/draft-three-as.js';
import type { MetricView, SpcAssuranceCode, SpcVariationCode } from '../../src/compose/pack-model.js';
import { SPC_ASSURANCE_WORDS, SPC_VARIATION_WORDS } from '../../src/compose/spc-view.js';
import { DRAFT, FINAL, metricOf, samplePackModel, textBoxes, textOf, varied, type Mutable } from './sample-pack.js';

function withRating(metric: MetricView, rating: 'green' | 'amber' | 'red', movement: string, levels?: ('green' | 'amber' | 'red')[]): MetricView {
  const copy = structuredClone(quietSpc(metric)) as Mutable<MetricView>;
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

/** The metric with SPC that says nothing either way (common cause, no assurance icon): the RAG rules decide. */
function quietSpc(metric: MetricView): MetricView {
  const copy = structuredClone(metric) as Mutable<MetricView>;
  if (copy.spc !== undefined) copy.spc = { ...copy.spc, variation: { code: 'common-cause', word: 'Common cause' }, assurance: undefined };
  return copy;
}

/** The metric with the given SPC icons. */
function withSpc(metric: MetricView, variation: SpcVariationCode, assurance?: SpcAssuranceCode): MetricView {
  const copy = structuredClone(metric) as Mutable<MetricView>;
  const spc = copy.spc;
  if (spc === undefined) throw new Error(`${metric.id} has no SPC`);
  copy.spc = {
    ...spc,
    variation: { code: variation, word: SPC_VARIATION_WORDS[variation], because: 'the latest point is above the upper process limit' },
    assurance: assurance === undefined ? undefined : { code: assurance, word: SPC_ASSURANCE_WORDS[assurance], target: 1, where: 'the target lies where it lies', because: 'the target lies where it lies' },
  };
  return copy;
}

describe('drafting the 3As from the SPC icons, where they say something', () => {
  it('special cause concerning -> Alert, whatever the RAG', async () => {
    const metric = withRating(metricOf(await samplePackModel(), 'AE4HR'), 'green', 'improved');
    expect(draftBoxOf(withSpc(metric, 'concerning-low'))).toBe('alert');
    expect(draftBoxOf(withSpc(metric, 'concerning-high', 'consistently-passing'))).toBe('alert');
  });

  it('consistently failing -> Alert, even while improving', async () => {
    const metric = withRating(metricOf(await samplePackModel(), 'AE4HR'), 'green', 'unchanged', ['green', 'green']);
    expect(draftBoxOf(withSpc(metric, 'common-cause', 'consistently-failing'))).toBe('alert');
    expect(draftBoxOf(withSpc(metric, 'improving-high', 'consistently-failing'))).toBe('alert');
  });

  it('special cause improving but not consistently passing -> Assure', async () => {
    const metric = withRating(metricOf(await samplePackModel(), 'AE4HR'), 'red', 'worsened');
    expect(draftBoxOf(withSpc(metric, 'improving-high', 'hit-and-miss'))).toBe('assure');
    expect(draftBoxOf(withSpc(metric, 'improving-low'))).toBe('assure');
  });

  it('consistently passing -> Advise, improving or not', async () => {
    const metric = withRating(metricOf(await samplePackModel(), 'AE4HR'), 'red', 'worsened');
    expect(draftBoxOf(withSpc(metric, 'common-cause', 'consistently-passing'))).toBe('advise');
    expect(draftBoxOf(withSpc(metric, 'improving-high', 'consistently-passing'))).toBe('advise');
  });

  it('common cause and hit and miss, or a neutral special cause, fall back to the RAG rules', async () => {
    const metric = withRating(metricOf(await samplePackModel(), 'AE4HR'), 'red', 'worsened');
    expect(draftBoxOf(withSpc(metric, 'common-cause', 'hit-and-miss'))).toBe('alert');
    expect(draftBoxOf(withSpc(withRating(metric, 'red', 'unchanged'), 'neutral-high'))).toBeUndefined();
  });

  it('the drafted item says why in SPC words, with the figure and its plan', async () => {
    // only the metrics asked about, so that none is left out for the box's limit
    const only = ['CAN28', 'AE12HR', 'DIAGDEXA'];
    const drafted = draftThreeAs(varied(await samplePackModel(), (m) => {
      m.areas = m.areas.map((a) => ({ ...a, metrics: a.metrics.filter((x) => only.includes(x.id)) }));
    }));
    expect(drafted.alert.find((d) => d.metricId === 'CAN28')?.text).toBe(
      '% receiving diagnosis / confirmation within 28 days (Cancer): consistently failing, as the target of 77.0% lies above the upper process limit of 71.5% (trial limits); 69.5% against a plan of 77.0% in Nov-25.',
    );
    expect(drafted.alert.find((d) => d.metricId === 'AE12HR')?.text).toBe(
      '% of A&E attendances over 12 hours Type 1 (Urgent Care): Special cause concerning (high), as the latest point is above the upper process limit; 8.9% in Jan-26.',
    );
    expect(drafted.advise.find((d) => d.metricId === 'DIAGDEXA')?.text).toBe(
      'Activity - DEXA scans (Diagnostics): consistently passing, as the target of 1,018 lies below the lower process limit of 1,036; 1,335 against a plan of 1,018 in Nov-25.',
    );
  });
});

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
    expect(draftBoxOf(quietSpc(metricOf(model, 'AE12HR')))).toBeUndefined();
  });

  it('drafts the sample by the rules: SPC first; where it says nothing, autistic inpatients and GP appointments worsening to red alert', async () => {
    const model = await samplePackModel();
    const boxOf = (id: string) => draftBoxOf(metricOf(model, id));
    expect(['AE12HR', 'CAN28', 'LDINPAT', 'AUTINPAT', 'GPAPPT'].map(boxOf)).toEqual(['alert', 'alert', 'alert', 'alert', 'alert']);
    expect(boxOf('AE4HR')).toBe('advise');
    const drafted = draftThreeAs(model);
    expect(drafted.assure.map((d) => d.metricId)).toEqual(['RTT65', 'RTTU18', 'DIAGTOTAL', 'CAN62', 'MHCYP', 'MHIPS', undefined]);
    expect(drafted.assure.find((d) => d.metricId === 'DIAGTOTAL')?.text).toBe('Activity TOTAL (Diagnostics): Green for ICB, but NEUH is red, at 40,166 against a plan of 40,155 in Nov-25.');
    const autistic = draftThreeAs(varied(model, (m) => {
      m.areas = m.areas.map((a) => ({ ...a, metrics: a.metrics.filter((x) => x.id === 'AUTINPAT') }));
    }));
    expect(autistic.alert.map((d) => d.text)).toEqual(['Autistic Inpatients - Adult (Learning Disabilities & Autism): Red and worsening, at 16 against a plan of 15 in Jan-26.']);
  });

  it(`a box drafts at most ${DRAFTED_PER_BOX} metrics, the most telling first (summary tables, then concerning special cause, then red), and counts the rest`, async () => {
    const drafted = draftThreeAs(await samplePackModel());
    // 22 metrics qualify for Alert: the summary's concerning ones first, in area order, then the rest
    expect(drafted.alert.map((d) => d.metricId ?? d.text)).toEqual([
      'AE12HR',
      'AMBHO',
      'BEDOCC',
      'RTT52PCT',
      'RTT18',
      'COMMCYP52',
      '16 more metrics are consistently failing their target, showing concerning special cause, or red and worsening: see the area slides.',
    ]);
    expect(drafted.advise.map((d) => d.metricId ?? d.text)).toEqual([
      'AE4HR',
      'MHTTRI',
      'LDAHC',
      'COMMCON',
      'DENTUDA',
      'PHARMFIRST',
      '7 more metrics are consistently passing their target or achieving plan: see the area slides.',
    ]);
  });

  it('in a draft, an empty box gets drafted items marked DRAFTED; a box the officers filled keeps theirs', async () => {
    const model = varied(await samplePackModel(), (m) => {
      m.threeAs.alert = [];
    });
    const summary = composeSlidePack(model, DRAFT).slides.filter((s) => s.kind === 'executive-summary');
    const alert = summary.flatMap(textBoxes).filter((b) => b.name === 'Alert items');
    expect(alert[0]?.paragraphs[0]?.runs[0]).toMatchObject({ text: 'DRAFTED: ', bold: true, italic: true });
    expect(alert.map(textOf).join('\n')).toContain('Ave bed occupancy (inc escalation) (Urgent Care): Special cause concerning (high)');
    expect(alert.map(textOf).join('\n')).toContain('16 more metrics are consistently failing');
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
