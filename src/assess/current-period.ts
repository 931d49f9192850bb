import type { MonthPeriod } from '../model/pack-workbook.js';
import { endMonth, startMonth, type Period } from '../model/period.js';

/** The figures of one metric a month's pack reports, and the one it was compared with. */
export interface ReportedPeriods {
  /** The period the pack reports; undefined when no figure has ended by the reporting month. */
  readonly current?: Period;
  /** The latest period with an actual before the current one: what the previous pack reported. */
  readonly previous?: Period;
}

/**
 * The period a metric is reported for in a month's pack: the latest period with an actual that
 * has ended by the reporting month. Metrics arrive at different lags, so a January pack shows
 * Dec-25, Nov-25 and Q2 side by side; a figure for a later period (a February actual typed before
 * the January pack is built) must not leak in.
 *
 * The previous pack is taken to have reported the figure before the current one. The workbook
 * does not record when each figure arrived, and the reporting month cannot stand in for it:
 * the December pack was built before Dec-25 was known, yet today's workbook holds Dec-25, so
 * rating "as of December" would show the January figure again and every movement would read
 * unchanged. Stepping back one figure is exact for a metric that arrives at a steady lag.
 *
 * Where a month and a longer period end together (Dec-25 and Q3), the longer one is taken, in
 * {@link comparePeriods} order.
 *
 * @param periodsWithActuals in {@link comparePeriods} order
 */
export function reportedPeriods(periodsWithActuals: readonly Period[], month: MonthPeriod): ReportedPeriods {
  const last = startMonth(month);
  // comparePeriods orders by end month first, so the periods that have ended form a prefix.
  let low = 0;
  let high = periodsWithActuals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const period = periodsWithActuals[middle];
    if (period !== undefined && endMonth(period) <= last) low = middle + 1;
    else high = middle;
  }
  const current = periodsWithActuals[low - 1];
  const previous = periodsWithActuals[low - 2];
  return { ...(current !== undefined && { current }), ...(previous !== undefined && { previous }) };
}
