import type { DocumentMode } from '../document-options.js';
import type { AreaView, ThreeAsItemView } from '../pack-model.js';
import type { ThreeAsBox, ThreeAsItem } from '../../model/pack-workbook.js';
import { periodKey } from '../../model/period.js';
import { DRAFTABLE_BOXES, draftThreeAs } from './draft-three-as.js';

const BOXES: readonly ThreeAsBox[] = ['alert', 'assure', 'advise', 'update'];

/**
 * The month's 3As, box by box: the officers' items from the 3As sheet, and in a draft, for each of
 * Alert, Assure and Advise they left empty, the items drafted from the figures (marked `drafted`),
 * so that the JSON, the slide pack and `accept-3as` all hold the same items. A final pack drafts
 * nothing.
 */
export function threeAsItems(typed: readonly ThreeAsItem[], areas: readonly AreaView[], monthKey: string, mode: DocumentMode): Record<ThreeAsBox, ThreeAsItemView[]> {
  const items = Object.fromEntries(
    BOXES.map((box) => [
      box,
      typed
        .filter((t) => t.box === box && periodKey(t.month) === monthKey)
        .map((t): ThreeAsItemView => ({ text: t.text, ...(t.areaId === undefined ? {} : { area: t.areaId }), ...(t.metricId === undefined ? {} : { metric: t.metricId }), drafted: false })),
    ]),
  ) as Record<ThreeAsBox, ThreeAsItemView[]>;
  if (mode !== 'draft' || DRAFTABLE_BOXES.every((box) => items[box].length > 0)) return items;
  const drafted = draftThreeAs(areas, monthKey);
  for (const box of DRAFTABLE_BOXES) {
    if (items[box].length === 0) items[box] = drafted[box].map((d) => ({ text: d.text, area: d.area, metric: d.metric, drafted: true }));
  }
  return items;
}
