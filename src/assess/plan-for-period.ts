import type { MeasureType } from '../model/pack-workbook.js';
import { financialYearOfMonth, monthsIn, quarterOfMonth, startMonth, type Period } from '../model/period.js';
import type { PlanForPeriod } from './assessment.js';

/** Looks up the plan typed for exactly this period (at one level of one metric), if any. */
export type PlanGivenFor = (period: Period) => number | undefined;

/**
 * The plan a figure for `period` is rated against. A plan typed for the very period wins. Where
 * there is none, a monthly figure falls back to its quarter's plan, then its financial year's; a
 * quarterly figure to its financial year's. The reference pack splits a quarterly plan evenly
 * across the quarter's months: that holds for a flow (admissions in a month), while a snapshot
 * (a waiting list on the last day) applies the longer period's plan as it stands.
 *
 * `planGivenFor` must look at one level only: a system plan never stands in for a provider's.
 */
export function planForPeriod(period: Period, measureType: MeasureType, planGivenFor: PlanGivenFor): PlanForPeriod | undefined {
  const exact = planGivenFor(period);
  if (exact !== undefined) return { value: exact, source: 'period', givenFor: period };
  for (const longer of longerPeriodsContaining(period)) {
    const given = planGivenFor(longer);
    if (given === undefined) continue;
    if (measureType === 'snapshot') return { value: given, source: 'whole', givenFor: longer };
    const parts = monthsIn(longer) / monthsIn(period);
    return { value: given / parts, source: 'split', givenFor: longer };
  }
  return undefined;
}

/** The periods whose plan may stand in for `period`'s, nearest first. */
function longerPeriodsContaining(period: Period): readonly Period[] {
  switch (period.kind) {
    case 'month': {
      const month = startMonth(period);
      return [quarterOfMonth(month), { kind: 'financial-year', fyStart: financialYearOfMonth(month) }];
    }
    case 'quarter':
      return [{ kind: 'financial-year', fyStart: period.fyStart }];
    case 'financial-year':
    case 'calendar-year':
      return [];
  }
}
