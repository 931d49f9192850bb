import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/compose/format-figure.js';
import type { AreaView, HistoryPointView, MetricView, PackModel, ThreeAsItemView } from '../../src/compose/pack-model.js';
import { acceptThreeAs } from '../../src/accept/accept-three-as.js';
import { benchmarkWithoutThreeAs, JANUARY, packModelOf, sampleWithoutJanuaryThreeAs } from './support.js';

/**
 * The drafted 3As, checked item by item against the rules the committee was promised, from the
 * pack model's own fields (not from the drafting code): on the sample without its January 3As
 * and on the 1,000-metric benchmark workbook.
 */
type Box = 'alert' | 'assure' | 'advise';
const BOXES: readonly Box[] = ['alert', 'assure', 'advise'];
const PER_BOX = 4;

const higher = (m: MetricView) => m.direction === 'higher is better';
const headline = (m: MetricView) => m.levels.find((l) => l.level === m.headlineLevel) ?? m.levels[0];
const goodSide = (m: MetricView, side: 'high' | 'low') => (side === 'high') === higher(m);

function met(point: HistoryPointView, m: MetricView): boolean | undefined {
  const value = point.actual?.suppressed === false ? point.actual.value : undefined;
  if (value === undefined || point.plan === undefined) return undefined;
  return higher(m) ? value >= point.plan.value : value <= point.plan.value;
}

/** Consecutive months (or quarters) at the end of the headline history on the latest one's side of plan. */
function runOf(m: MetricView): { met: boolean; count: number; first: string } | undefined {
  const history = headline(m)?.history ?? [];
  const last = history[history.length - 1];
  const side = last === undefined ? undefined : met(last, m);
  if (last === undefined || side === undefined) return undefined;
  let count = 0;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const point = history[i] as HistoryPointView;
    const next = history[i + 1];
    if (next !== undefined && !consecutive(point.period.key, next.period.key)) break;
    if (met(point, m) !== side) break;
    count += 1;
  }
  return { met: side, count, first: history[history.length - count]?.period.key ?? '' };
}

function consecutive(a: string, b: string): boolean {
  const month = (k: string) => /^(\d{4})-(\d{2})$/.exec(k);
  const ma = month(a);
  const mb = month(b);
  if (ma !== null && mb !== null) return Number(mb[1]) * 12 + Number(mb[2]) - (Number(ma[1]) * 12 + Number(ma[2])) === 1;
  const quarter = (k: string) => /^(\d{4})\/\d{2}-Q(\d)$/.exec(k);
  const qa = quarter(a);
  const qb = quarter(b);
  return qa !== null && qb !== null && Number(qb[1]) * 4 + Number(qb[2]) - (Number(qa[1]) * 4 + Number(qa[2])) === 1;
}

const improving = (m: MetricView) => m.movement === 'improved' || m.spc?.variation?.code.startsWith('improving') === true || (m.spc?.change !== undefined && goodSide(m, m.spc.change.side));
const concerning = (m: MetricView) => m.spc?.variation?.code.startsWith('concerning') === true || (m.spc?.change !== undefined && !goodSide(m, m.spc.change.side));
const failing = (m: MetricView) => m.spc?.assurance?.code === 'consistently-failing';
const passing = (m: MetricView) => m.spc?.assurance?.code === 'consistently-passing';
const otherLevelsAtRisk = (m: MetricView) => m.levels.some((l) => l !== headline(m) && l.rating.basis === 'against-plan' && (l.rating.rating === 'red' || l.rating.rating === 'amber'));
const sustained = (m: MetricView) => passing(m) || (runOf(m)?.met === true && (runOf(m)?.count ?? 0) >= 3);
const draftable = (m: MetricView) => ['green', 'amber', 'red'].includes(m.rating.rating) && (m.rating.basis === 'against-plan' || m.rating.basis === 'manual') && headline(m)?.actual?.suppressed === false;

/** The box the promised rules allow a metric in, if any. */
function allowedBox(m: MetricView): Box | undefined {
  if (!draftable(m)) return undefined;
  switch (m.rating.rating) {
    case 'red':
      return failing(m) || !improving(m) ? 'alert' : 'assure';
    case 'amber':
      if (concerning(m) || (failing(m) && !improving(m))) return 'alert';
      return improving(m) ? 'assure' : undefined;
    default:
      if (otherLevelsAtRisk(m) || concerning(m)) return 'assure';
      return improving(m) || sustained(m) ? 'advise' : undefined;
  }
}

/** How far the headline is from plan, as a fraction of it, positive better. */
function gap(m: MetricView): number {
  const level = headline(m);
  const actual = level?.actual?.value;
  const plan = level?.plan?.value;
  if (actual === undefined || plan === undefined) return 0;
  const better = higher(m) ? actual - plan : plan - actual;
  return plan === 0 ? better : better / Math.abs(plan);
}

const worstGap = (m: MetricView) => Math.min(gap(m), ...m.levels.filter((l) => l.rating.basis === 'against-plan' && l.actual?.value !== undefined && l.plan !== undefined).map((l) => {
  const better = higher(m) ? (l.actual?.value ?? 0) - (l.plan?.value ?? 0) : (l.plan?.value ?? 0) - (l.actual?.value ?? 0);
  return l.plan?.value === 0 ? better : better / Math.abs(l.plan?.value ?? 1);
}));

/** Severity as promised, most severe lowest: Alert red, concerning, failing, furthest below plan; Assure red, amber, green, furthest; Advise strongest. */
function severity(m: MetricView, box: Box): number[] {
  const flag = (on: boolean) => (on ? 0 : 1);
  switch (box) {
    case 'alert':
      return [flag(m.rating.rating === 'red'), flag(concerning(m)), flag(failing(m)), gap(m), -(runOf(m)?.count ?? 0)];
    case 'assure':
      return [['red', 'amber', 'green'].indexOf(m.rating.rating), worstGap(m)];
    case 'advise':
      return [passing(m) ? (improving(m) ? 0 : 1) : improving(m) ? 2 : 3, -(runOf(m)?.count ?? 0), -gap(m)];
  }
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

const NUMBER = /\d+(?::\d+)+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const tokens = (text: string) => text.match(NUMBER) ?? [];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Every figure the pack model holds for the metric, as printed: the numbers an item about it may quote. */
function figuresOf(m: MetricView): Set<string> {
  const spc = m.spc;
  const print = (v: number | undefined) => (v === undefined || spc === undefined ? '' : formatNumber(v, { unit: m.unitCode, decimals: spc.decimals, withUnit: true }));
  const texts = [
    ...m.levels.flatMap((l) => [l.actual?.display, l.plan?.display, ...l.history.flatMap((p) => [p.actual?.display, p.period.key])]),
    ...(spc?.series.flatMap((p) => [p.display, p.period.key]) ?? []),
    print(spc?.mean),
    print(spc?.upperLimit),
    print(spc?.lowerLimit),
    spc?.change?.words,
    spc?.change?.since.key,
    spc?.assurance?.where,
    m.currentPeriod?.key,
    m.currentPeriod?.label,
    m.rating.setByHand ? m.rating.because : '',
  ];
  return new Set(texts.flatMap((t) => tokens(t ?? '')));
}

interface Drafted {
  readonly box: Box;
  readonly item: ThreeAsItemView;
  readonly area: AreaView;
  readonly metric: MetricView;
}

function draftedItems(model: PackModel): Drafted[] {
  return BOXES.flatMap((box) =>
    model.threeAs[box].map((item) => {
      const area = model.areas.find((a) => a.id === item.area);
      const metric = area?.metrics.find((m) => m.id === item.metric);
      if (area === undefined || metric === undefined) throw new Error(`${box} item "${item.text}" names no metric of its area (${item.area}/${item.metric})`);
      return { box, item, area, metric };
    }),
  );
}

function checkRules(model: PackModel): void {
  const drafted = draftedItems(model);
  const all = model.areas.flatMap((area) => area.metrics.map((metric) => ({ area, metric })));
  for (const box of BOXES) {
    const items = drafted.filter((d) => d.box === box);
    expect(items.length, box).toBeLessThanOrEqual(PER_BOX);
    // ranked by severity, and none left out is more severe than the least severe drafted
    const keys = items.map((d) => severity(d.metric, box));
    for (let i = 1; i < keys.length; i += 1) expect(compare(keys[i - 1] ?? [], keys[i] ?? []), `${box}: ${items[i]?.metric.id} after ${items[i - 1]?.metric.id}`).toBeLessThanOrEqual(0);
    const last = keys[keys.length - 1];
    const leftOut = all.filter(({ metric }) => allowedBox(metric) === box && !items.some((d) => d.metric.id === metric.id));
    if (last !== undefined) for (const { metric } of leftOut) expect(compare(severity(metric, box), last), `${box}: ${metric.id} left out`).toBeGreaterThanOrEqual(0);
    if (leftOut.length > 0) expect(items.length, `${box}: full before any is left out`).toBe(PER_BOX);
    // a box is left empty only where no metric qualifies for it
    if (items.length === 0) expect(all.filter(({ metric }) => allowedBox(metric) === box).map(({ metric }) => metric.id), box).toEqual([]);
  }
  expect(new Set(drafted.map((d) => d.metric.id)).size, 'one item per metric').toBe(drafted.length);

  const sentences = new Map<string, string>();
  for (const { box, item, area, metric } of drafted) {
    const where = `${box} ${metric.id}: ${item.text}`;
    expect(item.drafted, where).toBe(true);
    expect(['green', 'amber', 'red'], where).toContain(metric.rating.rating);
    expect(allowedBox(metric), where).toBe(box);
    if (box === 'alert') expect(metric.rating.rating === 'red' || (metric.rating.rating === 'amber' && (concerning(metric) || failing(metric))), where).toBe(true);
    if (box === 'advise') expect(metric.rating.rating === 'green' && (sustained(metric) || improving(metric)), where).toBe(true);

    // the figures, as the pack model holds them for this metric
    // the area, unless the label begins with its name
    const prefix = metric.label.toLowerCase().startsWith(area.name.toLowerCase()) ? `${metric.label}: ` : `${area.name} – ${metric.label}: `;
    expect(item.text.startsWith(prefix), where).toBe(true);
    const level = headline(metric);
    expect(item.text, where).toContain(`at ${level?.actual?.display ?? '?'}`);
    if (!metric.rating.setByHand) expect(item.text, where).toContain(`against ${level?.plan?.display ?? '?'}`);
    let rest = item.text.slice(prefix.length);
    for (const l of metric.levels) rest = rest.split(l.levelName).join('');
    const run = runOf(metric);
    const running = /the (\w+) (?:month|quarter|year) running/.exec(rest);
    if (running !== null) {
      const said = ORDINALS.indexOf(running[1] ?? '') + 1 || Number.parseInt(running[1] ?? '', 10);
      expect(said, `${where}: the run`).toBe(run?.count);
      rest = rest.replace(running[0], '');
    }
    const known = figuresOf(metric);
    for (const token of tokens(rest)) expect(known.has(token) || /^(19|20)\d\d$/.test(token), `${where}: ${token}`).toBe(true);

    // no sentence said twice
    for (const sentence of item.text.split(/(?<=\.) /)) {
      expect(sentences.get(sentence), `"${sentence}" in ${metric.id} and ${sentences.get(sentence) ?? ''}`).toBeUndefined();
      sentences.set(sentence, metric.id);
    }
  }
}

describe('the drafted 3As of the sample without its January 3As', () => {
  let model: PackModel;
  beforeAll(async () => {
    model = await packModelOf(await sampleWithoutJanuaryThreeAs());
  });

  it('keep every rule on every item: box, one per metric, nothing unrated, ranking, every figure the pack model\'s', () => {
    checkRules(model);
    expect(BOXES.map((box) => model.threeAs[box].length)).toEqual([4, 4, 4]);
    expect(model.threeAs.update).toEqual([]);
  });

  it('are in the pack model with their metric and area, marked drafted', () => {
    expect(model.threeAs.alert[0]).toEqual({
      text: 'Urgent Care – Ambulance handover monthly average time: ICB above plan at 00:47:14 against 00:15:00 in November, the eighth month running; NEUH also above plan at 00:52:44 against 00:15:00. Its usual range, at best 00:44:22, falls short of plan.',
      area: 'UEC',
      metric: 'AMBHO',
      drafted: true,
    });
  });
});

describe('the drafted 3As of the 1,000-metric benchmark workbook', () => {
  let model: PackModel;
  beforeAll(async () => {
    model = await packModelOf(await benchmarkWithoutThreeAs());
  }, 600_000);

  it('keep every rule on every item', () => {
    checkRules(model);
    expect(BOXES.map((box) => model.threeAs[box].length)).toEqual([4, 4, 4]);
  });

  it('round-trip through accept-3as: the pack from the copy prints the same items, no longer drafted', async () => {
    const result = await acceptThreeAs({ workbook: await benchmarkWithoutThreeAs(), workbookName: 'benchmark.xlsx', month: JANUARY });
    expect(result.accepted.map((a) => a.box)).toEqual(BOXES);
    const copy = await packModelOf(result.copy ?? new Uint8Array());
    for (const box of BOXES) expect(copy.threeAs[box], box).toEqual(model.threeAs[box].map((item) => ({ ...item, drafted: false })));
  }, 600_000);
});
