import type { AreaView } from '../pack-model.js';
import { bySeverity, DRAFTABLE_BOXES, draftBoxOf, severityKey, type DraftableBox } from './draft-box.js';
import { draftedSentence } from './drafted-sentence.js';
import { readMetric, type MetricReading } from './metric-reading.js';

export { DRAFTABLE_BOXES, draftBoxOf, type DraftableBox } from './draft-box.js';

/** An item drafted from the figures: about one metric of one area. */
export interface DraftedItem {
  readonly box: DraftableBox;
  readonly area: string;
  readonly metric: string;
  readonly text: string;
}

/**
 * At most this many items are drafted into a box, the most severe first: "the three or four key
 * issues" the 3As format asks for, and what the executive summary holds on one slide. Every other
 * metric is on its area's slide.
 */
export const DRAFTED_PER_BOX = 4;

/**
 * Items drafted from the figures for Alert, Assure and Advise: one per metric, in the box its
 * rating and SPC put it in (see `draftBoxOf`), ranked by severity (see `severityKey`), at most
 * {@link DRAFTED_PER_BOX} a box. Unrated metrics are never drafted.
 */
export function draftThreeAs(areas: readonly AreaView[], packMonth: string): Readonly<Record<DraftableBox, readonly DraftedItem[]>> {
  const candidates: Record<DraftableBox, { reading: MetricReading; key: readonly number[]; order: number }[]> = { alert: [], assure: [], advise: [] };
  let order = 0;
  for (const area of areas) {
    for (const metric of area.metrics) {
      const reading = readMetric(area, metric);
      const box = reading === undefined ? undefined : draftBoxOf(reading);
      if (reading === undefined || box === undefined) continue;
      candidates[box].push({ reading, key: severityKey(reading, box), order: (order += 1) });
    }
  }
  const drafted = (box: DraftableBox): DraftedItem[] =>
    [...candidates[box]]
      .sort((a, b) => bySeverity(a.key, b.key) || a.order - b.order)
      .slice(0, DRAFTED_PER_BOX)
      .map(({ reading }) => ({ box, area: reading.area.id, metric: reading.metric.id, text: draftedSentence(reading, packMonth) }));
  return Object.fromEntries(DRAFTABLE_BOXES.map((box) => [box, drafted(box)])) as Record<DraftableBox, DraftedItem[]>;
}
