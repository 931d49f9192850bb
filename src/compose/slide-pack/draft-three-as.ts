import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, MetricView, PackModel, SpcView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';

/** The three boxes the figures can fill; "Update, risk and learning" is for officers only. */
export type DraftableBox = 'alert' | 'assure' | 'advise';

export interface DraftedItem {
  readonly box: DraftableBox;
  /** The metric the item is about; absent on the closing item that counts the rest. */
  readonly areaId?: string;
  readonly metricId?: string;
  readonly text: string;
}

/**
 * At most this many metrics are drafted into a box. An executive summary is read in minutes: on
 * a real pack the SPC rules alone can put thirty metrics in Alert, most of them consistently
 * failing. The rest are counted in one closing item; every metric is still on its area slide.
 */
export const DRAFTED_PER_BOX = 6;

/** The other levels (providers) rated amber or red while the headline is green. */
function levelsAtRisk(metric: MetricView): string[] {
  return metric.levels
    .filter((l) => l.level !== metric.headlineLevel && (l.rating.rating === 'red' || l.rating.rating === 'amber'))
    .map((l) => `${l.levelName} is ${l.rating.word.toLowerCase()}`);
}

/**
 * Where a metric's SPC icons put it (Making Data Count reads the process before the month):
 * - special cause concerning, or consistently failing the target -> Alert;
 * - special cause improving but not (yet) consistently passing -> Assure;
 * - consistently passing -> Advise.
 * Common cause with no assurance icon, or hit and miss, says nothing either way: the RAG rules
 * decide (see {@link draftBoxOf}).
 */
export function spcDraftBoxOf(spc: SpcView | undefined): DraftableBox | undefined {
  const variation = spc?.variation?.code;
  const assurance = spc?.assurance?.code;
  if (variation?.startsWith('concerning') === true || assurance === 'consistently-failing') return 'alert';
  if (variation?.startsWith('improving') === true && assurance !== 'consistently-passing') return 'assure';
  if (assurance === 'consistently-passing') return 'advise';
  return undefined;
}

/**
 * Where a metric's headline rating puts it, by the drafting rules:
 * - red and worsening -> Alert;
 * - red or amber but improving -> Assure;
 * - green at risk (another level, such as the acute trust, is amber or red) -> Assure;
 * - green and achieved (no level at risk) -> Advise.
 * Anything else (red or amber and unchanged, amber and worsening, not rated) is not drafted: it
 * is for the officers to judge.
 */
function ragDraftBoxOf(metric: MetricView): DraftableBox | undefined {
  const { rating } = metric.rating;
  if (rating === 'red' && metric.movement === 'worsened') return 'alert';
  if ((rating === 'red' || rating === 'amber') && metric.movement === 'improved') return 'assure';
  if (rating === 'green') return levelsAtRisk(metric).length > 0 ? 'assure' : 'advise';
  return undefined;
}

/** The box by the SPC icons where they say something (see {@link spcDraftBoxOf}), else by the RAG rules. */
export function draftBoxOf(metric: MetricView): DraftableBox | undefined {
  return spcDraftBoxOf(metric.spc) ?? ragDraftBoxOf(metric);
}

/** Why the SPC put the metric in its box: each icon that speaks, with its reason. */
function spcReasons(spc: SpcView): { readonly word: string; readonly because: string }[] {
  const reasons: { word: string; because: string }[] = [];
  const { variation, assurance } = spc;
  if (variation !== undefined && variation.code !== 'common-cause' && variation.because !== undefined) reasons.push({ word: variation.word, because: variation.because });
  if (assurance?.where !== undefined) reasons.push({ word: assurance.word.toLowerCase(), because: assurance.where });
  return reasons;
}

function draftedText(area: AreaView, metric: MetricView, box: DraftableBox): string {
  const headline = metric.levels.find((l) => l.level === metric.headlineLevel) ?? metric.levels[0];
  const atRisk = box === 'assure' && metric.rating.rating === 'green' ? levelsAtRisk(metric).join(' and ') : '';
  const bySpc = spcDraftBoxOf(metric.spc) !== undefined && metric.spc !== undefined;
  return renderTemplate('slide-pack/drafted-three-as-item', {
    spcReasons: bySpc ? spcReasons(metric.spc) : [],
    trial: bySpc && metric.spc?.status === 'trial',
    label: metric.label,
    area: area.name,
    level: headline?.levelName ?? '',
    word: metric.rating.word,
    worsening: metric.movement === 'worsened',
    improving: metric.movement === 'improved',
    atRisk,
    actual: headline?.actual?.display ?? NO_FIGURE,
    plan: headline?.plan?.display ?? metric.yearEndPlan?.display ?? NO_FIGURE,
    hasPlan: (headline?.plan?.display ?? metric.yearEndPlan?.display) !== undefined,
    period: metric.currentPeriod?.label ?? '',
  });
}

/**
 * How telling a metric is in its box, lower first: in Alert, special cause concerning before
 * consistently failing, and red before amber; in every box, metrics on the summary tables (the
 * committee's headline priorities) before the rest.
 */
function precedence(metric: MetricView, box: DraftableBox): number {
  const summary = metric.onSummary ? 0 : 10;
  if (box !== 'alert') return summary;
  const concerning = metric.spc?.variation?.code.startsWith('concerning') === true ? 0 : 2;
  const red = metric.rating.rating === 'red' ? 0 : 1;
  return summary + concerning + red;
}

/**
 * Items drafted from the figures for each box: the most telling {@link DRAFTED_PER_BOX} metrics,
 * in area and metric order among equals, then one item counting the rest.
 */
export function draftThreeAs(model: PackModel): Readonly<Record<DraftableBox, readonly DraftedItem[]>> {
  const candidates: Record<DraftableBox, { area: AreaView; metric: MetricView }[]> = { alert: [], assure: [], advise: [] };
  for (const area of model.areas) {
    for (const metric of area.metrics) {
      if (metric.currentPeriod === undefined) continue;
      const box = draftBoxOf(metric);
      if (box !== undefined) candidates[box].push({ area, metric });
    }
  }
  const drafted: Record<DraftableBox, DraftedItem[]> = { alert: [], assure: [], advise: [] };
  for (const box of ['alert', 'assure', 'advise'] as const) {
    const ranked = [...candidates[box]].sort((a, b) => precedence(a.metric, box) - precedence(b.metric, box));
    const kept = new Set(ranked.slice(0, DRAFTED_PER_BOX).map((c) => c.metric.id));
    for (const { area, metric } of candidates[box]) {
      if (kept.has(metric.id)) drafted[box].push({ box, areaId: area.id, metricId: metric.id, text: draftedText(area, metric, box) });
    }
    const more = candidates[box].length - kept.size;
    if (more > 0) drafted[box].push({ box, text: renderTemplate('slide-pack/drafted-three-as-more', { box, more }) });
  }
  return drafted;
}
