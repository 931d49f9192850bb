import { TREND_LENGTH, type Side } from './special-causes.js';
import type { XmrLimits } from './xmr-limits.js';

/**
 * A change of process that reaches the latest point: the limits were set from months the process
 * has since left, so they cannot say whether it will meet its target (Making Data Count's
 * assurance). NHSRplotthedots and the Making Data Count tools read assurance from the current
 * limits whatever the recent run; the Power BI SPC visual's users have asked for re-baselining on
 * shift detection (nhs-bi-spc issue 81). Three runs count, each ending at the latest value:
 *
 * - shift: `shiftLength` or more points in a row on one side of the mean;
 * - beyond-limit: {@link BEYOND_LIMIT_RUN} or more points in a row beyond the same process limit
 *   (for a stable process each has a chance of about 1 in 740, so three in a row do not happen by
 *   chance);
 * - trend: {@link TREND_LENGTH} or more points each higher (or each lower) than the one before.
 *
 * The change began where its run began; where several runs reach the latest point, the one that
 * began first is the change (a shift that has pushed its last few points beyond the limit began
 * when it left the mean).
 */
export type ProcessChangeRule = 'shift' | 'beyond-limit' | 'trend';

export interface ProcessChange {
  readonly rule: ProcessChangeRule;
  /** Above the mean (or rising), or below it (or falling). */
  readonly side: Side;
  /** Position of the run's first point among the values given. */
  readonly start: number;
  /** Points in the run, the latest value included. */
  readonly points: number;
}

/** Points in a row beyond the same process limit that make a change of process. */
export const BEYOND_LIMIT_RUN = 3;

/** The run of values ending at `last` for which `keep(value, previous)` holds, walked backwards. */
function runBack(values: readonly (number | undefined)[], last: number, keep: (value: number, index: number) => boolean): number {
  let start = last;
  while (start > 0) {
    const value = values[start - 1];
    if (value === undefined || !keep(value, start - 1)) break;
    start -= 1;
  }
  return start;
}

/**
 * The change of process that reaches the last value of one segment (its points between two
 * rebases, oldest first, `undefined` for a gap), or undefined where the latest point sits in the
 * process its limits describe. A gap breaks a run, as it breaks the special-cause rules.
 */
export function processChange(values: readonly (number | undefined)[], limits: XmrLimits, shiftLength: number): ProcessChange | undefined {
  let last = values.length - 1;
  while (last >= 0 && values[last] === undefined) last -= 1;
  const latest = values[last];
  if (latest === undefined) return undefined;
  const found: ProcessChange[] = [];

  const sign = Math.sign(latest - limits.mean);
  if (sign !== 0) {
    const side: Side = sign > 0 ? 'high' : 'low';
    const sameSide = runBack(values, last, (v) => Math.sign(v - limits.mean) === sign);
    if (last - sameSide + 1 >= shiftLength) found.push({ rule: 'shift', side, start: sameSide, points: last - sameSide + 1 });
    const beyond = (v: number) => (sign > 0 ? v > limits.upperLimit : v < limits.lowerLimit);
    if (beyond(latest)) {
      const start = runBack(values, last, beyond);
      if (last - start + 1 >= BEYOND_LIMIT_RUN) found.push({ rule: 'beyond-limit', side, start, points: last - start + 1 });
    }
  }

  const previous = values[last - 1];
  const step = previous === undefined ? 0 : Math.sign(latest - previous);
  if (step !== 0) {
    const start = runBack(values, last - 1, (v, i) => {
      const next = values[i + 1];
      return next !== undefined && Math.sign(next - v) === step;
    });
    if (last - start + 1 >= TREND_LENGTH) found.push({ rule: 'trend', side: step > 0 ? 'high' : 'low', start, points: last - start + 1 });
  }
  // The earliest start wins; on a tie, the order pushed (shift, beyond-limit, trend).
  return found.reduce<ProcessChange | undefined>((best, change) => (best === undefined || change.start < best.start ? change : best), undefined);
}
