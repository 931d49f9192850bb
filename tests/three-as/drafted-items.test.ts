import { describe, expect, it } from 'vitest';
import type { AreaView, MetricView, SpcAssuranceCode, SpcChangeView, SpcVariationCode } from '../../src/compose/pack-model.js';
import { draftBoxOf } from '../../src/compose/three-as/draft-box.js';
import { draftThreeAs } from '../../src/compose/three-as/draft-three-as.js';
import { draftedSentence } from '../../src/compose/three-as/drafted-sentence.js';
import { readMetric } from '../../src/compose/three-as/metric-reading.js';
import { threeAsItems } from '../../src/compose/three-as/three-as-items.js';
import { SPC_ASSURANCE_WORDS, SPC_VARIATION_WORDS } from '../../src/compose/spc-view.js';
import { metricOf, samplePackModel, type Mutable } from '../slide-pack/sample-pack.js';

/** The drafting rules and wording, on metrics of the sample varied one fact at a time. */
type Rag = 'green' | 'amber' | 'red';

interface Variation {
  readonly rating?: Rag;
  readonly levels?: readonly Rag[];
  readonly movement?: string;
  readonly variation?: SpcVariationCode;
  readonly rule?: 'beyond-limit' | 'two-of-three' | 'shift' | 'trend';
  readonly assurance?: SpcAssuranceCode;
  readonly change?: Pick<SpcChangeView, 'rule' | 'side' | 'since'>;
}

const word = (r: string) => `${r.charAt(0).toUpperCase()}${r.slice(1)}`;

/** The metric with the facts given; SPC with nothing to say (common cause, no assurance, no change) unless given. */
function varied(metric: MetricView, v: Variation): MetricView {
  const copy = structuredClone(metric) as Mutable<MetricView>;
  if (v.rating !== undefined) copy.rating = { ...copy.rating, rating: v.rating, word: word(v.rating) };
  copy.levels.forEach((level, i) => {
    const r = v.levels?.[i] ?? v.rating;
    if (r !== undefined) level.rating = { ...level.rating, rating: r, word: word(r) };
  });
  copy.movement = v.movement ?? 'unchanged';
  if (copy.spc !== undefined) {
    const code = v.variation ?? 'common-cause';
    copy.spc.variation = { code, word: SPC_VARIATION_WORDS[code], ...(v.rule === undefined ? {} : { rule: v.rule }), because: '' };
    delete copy.spc.assurance;
    delete copy.spc.change;
    if (v.assurance !== undefined) copy.spc.assurance = { code: v.assurance, word: SPC_ASSURANCE_WORDS[v.assurance], target: 0 };
    if (v.change !== undefined) copy.spc.change = { ...v.change, points: 7, words: '' };
  }
  return copy;
}

async function metric(id: string): Promise<{ area: AreaView; metric: MetricView }> {
  const model = await samplePackModel();
  const area = model.areas.find((a) => a.metrics.some((m) => m.id === id));
  if (area === undefined) throw new Error(id);
  return { area, metric: metricOf(model, id) };
}

async function boxOf(id: string, v: Variation): Promise<string | undefined> {
  const { area, metric: m } = await metric(id);
  const reading = readMetric(area, varied(m, v));
  return reading === undefined ? 'not drafted' : draftBoxOf(reading);
}

async function sentenceOf(id: string, v?: Variation): Promise<string> {
  const { area, metric: m } = await metric(id);
  const reading = readMetric(area, v === undefined ? m : varied(m, v));
  if (reading === undefined) throw new Error(`${id} is not drafted`);
  return draftedSentence(reading, '2026-01');
}

const JUNE: SpcChangeView['since'] = { key: '2025-06', label: 'Jun-25' };

describe('the box a metric is drafted into', () => {
  it('Alert: red that is not improving, or red and consistently failing even while improving', async () => {
    expect(await boxOf('AMBHO', { rating: 'red' })).toBe('alert');
    expect(await boxOf('AMBHO', { rating: 'red', variation: 'improving-low', rule: 'beyond-limit', assurance: 'consistently-failing' })).toBe('alert');
    expect(await boxOf('AMBHO', { rating: 'red', variation: 'improving-low', rule: 'beyond-limit', assurance: 'hit-and-miss' })).toBe('assure');
  });

  it('Alert for amber only with a concerning special cause, or consistently failing and not improving', async () => {
    expect(await boxOf('AMBHO', { rating: 'amber', variation: 'concerning-high', rule: 'beyond-limit' })).toBe('alert');
    expect(await boxOf('AMBHO', { rating: 'amber', change: { rule: 'shift', side: 'high', since: JUNE } })).toBe('alert');
    expect(await boxOf('AMBHO', { rating: 'amber', assurance: 'consistently-failing' })).toBe('alert');
    expect(await boxOf('AMBHO', { rating: 'amber', assurance: 'consistently-failing', movement: 'improved' })).toBe('assure');
    expect(await boxOf('AMBHO', { rating: 'amber', assurance: 'hit-and-miss', movement: 'worsened' })).toBeUndefined();
  });

  it('never Alert for green, however concerning its SPC: Assure', async () => {
    expect(await boxOf('AE4HR', { rating: 'green', variation: 'concerning-low', rule: 'beyond-limit', assurance: 'consistently-failing' })).toBe('assure');
  });

  it('Assure for green where another level (the trust) is amber or red', async () => {
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'red'], assurance: 'consistently-passing' })).toBe('assure');
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'amber'] })).toBe('assure');
  });

  it('Advise only for green that is sustained (three periods at plan, or consistently passing) or improving', async () => {
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'green'], assurance: 'consistently-passing' })).toBe('advise');
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'green'], movement: 'improved' })).toBe('advise');
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'green'], change: { rule: 'trend', side: 'high', since: JUNE } })).toBe('advise');
    // AE4HR met plan from April to December: sustained by its own history
    expect(await boxOf('AE4HR', { rating: 'green', levels: ['green', 'green'] })).toBe('advise');
    // LDAHC met plan in November only, after missing it in October
    expect(await boxOf('LDAHC', { rating: 'green' })).toBeUndefined();
  });

  it('never for a metric not rated, rated by another metric or without a figure', async () => {
    expect(await boxOf('AE12HR', {})).toBe('not drafted');
    expect(await boxOf('RTT18', { rating: 'red' })).toBe('not drafted');
    expect(await boxOf('LDACYP', {})).toBe('not drafted');
    expect(await boxOf('MATNEO', {})).toBe('not drafted');
  });
});

describe('the drafted sentence', () => {
  it('says the figure against plan, for how long, each level once and the SPC assurance with its limit', async () => {
    expect(await sentenceOf('CAN28')).toBe(
      'Cancer – % receiving diagnosis / confirmation within 28 days: ICB below plan at 69.5% against 77.0% in November, the eighth month running; NEUH also below plan at 69.0% against 78.0%. Its usual range, at best 71.5%, falls short of plan.',
    );
  });

  it('says a green headline and a red trust in one sentence, each with its figures', async () => {
    expect(await sentenceOf('DIAGTOTAL')).toBe('Diagnostics – Activity TOTAL: ICB above plan at 40,166 against 40,155 in November, the second month running; NEUH below plan at 31,887 against 34,018.');
  });

  it('says changes of process as a committee member would, with the figure that makes them the metric\'s own', async () => {
    expect(await sentenceOf('MHCYP')).toBe(
      "Mental Health – Children's & Young People's access to Mental Health services: above plan at 18,800 against 17,745 in November, the eighth month running. A sustained improvement since November 2024, every month above its average of 17,315.",
    );
    expect(await sentenceOf('CAN62')).toContain('A marked improvement since August, every month above the top of its usual range, 55.4%.');
    expect(await sentenceOf('MHALOS', { rating: 'red', change: { rule: 'shift', side: 'high', since: JUNE } })).toMatch(/\. A sustained deterioration since June, every month above its average of [\d.]+\.$/);
    expect(await sentenceOf('COMMCYP52')).toContain('Worsening steadily since January 2024, when it stood at');
    expect(await sentenceOf('RTT52')).toContain('December was unusually good, outside its usual range of 2,562 to 2,932, but that range falls short of plan throughout.');
  });

  it('counts quarters for a quarterly metric, and says a rise from red', async () => {
    expect(await sentenceOf('DENTADULT')).toBe('Primary Care – Unique patients seen - adult (rolling 12 months): below plan at 385,204 against 389,213 in Q2 25/26, the second quarter running.');
    expect(await sentenceOf('CAT2')).toContain('in January, the tenth month running, up from red the month before.');
  });

  it('says a rating set by hand as such, with the officer\'s reason', async () => {
    expect(await sentenceOf('CVDP007HYP')).toBe(
      'CVD/Hypertension – CVDP007HYP: BP below treatment threshold: rated red by hand at 68.95% in Q2 25/26. No local trajectory agreed; rated against the national ambition for 80% of patients to be treated to target, which the current rate of improvement will not reach.',
    );
  });
});

describe('the 3As in the pack model', () => {
  it('draft only the boxes the officers left empty, and only in a draft', async () => {
    const model = await samplePackModel();
    const typed = [{ month: { kind: 'month', year: 2026, month: 1 }, box: 'alert', text: 'Typed by an officer.', areaId: 'UEC' }] as const;
    const draft = threeAsItems(typed, model.areas, '2026-01', 'draft');
    expect(draft.alert).toEqual([{ text: 'Typed by an officer.', area: 'UEC', drafted: false }]);
    expect(draft.assure.map((i) => [i.metric, i.drafted])).toEqual(draftThreeAs(model.areas, '2026-01').assure.map((d) => [d.metric, true]));
    expect(draft.update).toEqual([]);
    const final = threeAsItems(typed, model.areas, '2026-01', 'final');
    expect(final).toEqual({ alert: draft.alert, assure: [], advise: [], update: [] });
  });
});
