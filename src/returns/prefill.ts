import type { Area, MonthPeriod, Narrative, PackWorkbook } from '../model/pack-workbook.js';
import { monthIndex, periodKey, periodOfMonthIndex } from '../model/period.js';

/** Where an area's text in a return comes from: the month's own, the month before's, or none. */
export type PrefillSource = 'this-month' | 'previous-month' | 'blank';

export interface AreaPrefill {
  readonly area: Area;
  readonly source: PrefillSource;
  /** The narrative the row starts with; absent when blank. */
  readonly narrative?: Narrative;
}

/** The month before: the narrative an author updates when the month has none yet. */
export function previousMonth(month: MonthPeriod): MonthPeriod {
  return periodOfMonthIndex(monthIndex(month.year, month.month) - 1);
}

/** The author's areas, in the pack's order. */
export function areasOfAuthor(workbook: PackWorkbook, authorId: string): Area[] {
  return workbook.areas.filter((a) => a.authorId === authorId);
}

function narrativeFor(workbook: PackWorkbook, areaId: string, month: MonthPeriod): Narrative | undefined {
  const key = periodKey(month);
  return workbook.narratives.find((n) => n.areaId === areaId && periodKey(n.month) === key);
}

/**
 * What each of the author's areas starts with: the month's narrative where some is already given,
 * else the previous month's to update, else nothing.
 */
export function prefillFor(workbook: PackWorkbook, month: MonthPeriod, authorId: string): AreaPrefill[] {
  return areasOfAuthor(workbook, authorId).map((area) => {
    const current = narrativeFor(workbook, area.id, month);
    if (current !== undefined) return { area, source: 'this-month', narrative: current };
    const previous = narrativeFor(workbook, area.id, previousMonth(month));
    if (previous !== undefined) return { area, source: 'previous-month', narrative: previous };
    return { area, source: 'blank' };
  });
}
