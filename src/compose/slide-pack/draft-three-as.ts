import type { AreaView, MetricView, PackModel } from '../pack-model.js';
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
 * Where a metric's headline rating puts it, by the drafting rules:
 * - red and worsening -> Alert;
 * - red or amber but improving -> Assure;
 * - green at risk (another level, such as the acute trust, is amber or red) -> Assure;
 * - green and achieved (no level at risk) -> Advise.
 * Anything else (red or amber and unchanged, amber and worsening, not rated) is not drafted: it
 * is for the officers to judge.
 */
export function draftBoxOf(metric: MetricView): DraftableBox | undefined {
  const { rating } = metric.rating;
  if (rating === 'red' && metric.movement === 'worsened') return 'alert';
  if ((rating === 'red' || rating === 'amber') && metric.movement === 'improved') return 'assure';
  if (rating === 'green') return levelsAtRisk(metric).length > 0 ? 'assure' : 'advise';
  return undefined;
}

function draftedText(area: AreaView, metric: MetricView, box: DraftableBox): string {
  const headline = metric.levels.find((l) => l.level === metric.headlineLevel) ?? metric.levels[0];
  const atRisk = box === 'assure' && metric.rating.rating === 'green' ? levelsAtRisk(metric).join(' and ') : '';
  return renderTemplate('slide-pack/drafted-three-as-item', {
    label: metric.label,
    area: area.name,
    level: headline?.levelName ?? '',
    word: metric.rating.word,
    worsening: metric.movement === 'worsened',
    improving: metric.movement === 'improved',
    atRisk,
    actual: headline?.actual?.display ?? '–',
    plan: headline?.plan?.display ?? metric.yearEndPlan?.display ?? '–',
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
