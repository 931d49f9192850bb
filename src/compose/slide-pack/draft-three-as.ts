import type { AreaView, MetricView, PackModel, SpcView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';

/** The three boxes the figures can fill; "Update, risk and learning" is for officers only. */
export type DraftableBox = 'alert' | 'assure' | 'advise';

export interface DraftedItem {
  readonly box: DraftableBox;
  readonly areaId: string;
  readonly metricId: string;
  readonly text: string;
}

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
    actual: headline?.actual?.display ?? '–',
    plan: headline?.plan?.display ?? metric.yearEndPlan?.display ?? '–',
    hasPlan: (headline?.plan?.display ?? metric.yearEndPlan?.display) !== undefined,
    period: metric.currentPeriod?.label ?? '',
  });
}

/** Items drafted from the figures for each box, in area and metric order. */
export function draftThreeAs(model: PackModel): Readonly<Record<DraftableBox, readonly DraftedItem[]>> {
  const drafted: Record<DraftableBox, DraftedItem[]> = { alert: [], assure: [], advise: [] };
  for (const area of model.areas) {
    for (const metric of area.metrics) {
      if (metric.currentPeriod === undefined) continue;
      const box = draftBoxOf(metric);
      if (box !== undefined) drafted[box].push({ box, areaId: area.id, metricId: metric.id, text: draftedText(area, metric, box) });
    }
  }
  return drafted;
}
