import type { XmrLimits } from './xmr-limits.js';

/**
 * The Making Data Count special-cause rules over one segment of an XmR chart, as NHSRplotthedots
 * applies them (`ptd_calculate_point_type`, `ptd_special_cause_type`), with the 2023 change to the
 * two-of-three rule (its issue #194: points beyond the process limit count as beyond the near
 * line). Every point of a pattern is flagged, not only the one that completes it.
 */

/** The rules in their priority order: a point several rules flag reports the first. */
export const SPECIAL_CAUSE_RULES = ['beyond-limit', 'trend', 'two-of-three', 'shift'] as const;
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];

/** Which way a special cause lies: above the mean (or rising), or below it (or falling). */
export type Side = 'high' | 'low';

export interface SpecialCause {
  readonly rule: SpecialCauseRule;
  readonly side: Side;
}

/** Points in a trend: seven rising or seven falling (six steps the same way). */
export const TREND_LENGTH = 7;

export interface RuleOptions {
  /** Points in a row on one side of the mean that make a shift: 6 or 7. */
  readonly shiftLength: number;
}

/** +1 above the mean, -1 below, 0 on it or a gap. */
function sideOfMean(value: number | undefined, mean: number): number {
  return value === undefined ? 0 : Math.sign(value - mean);
}

/**
 * Marks every point of each window of `length` points for which `fires(start)` holds, with the
 * side it gives. A later window wins a point two windows share: NHSRplotthedots reads a point
 * between a rising and a falling trend by the trend to its right.
 */
function markWindows(count: number, length: number, fires: (start: number) => Side | undefined, mark: (index: number, side: Side) => void): void {
  for (let start = 0; start + length <= count; start++) {
    const side = fires(start);
    if (side === undefined) continue;
    for (let i = start; i < start + length; i++) mark(i, side);
  }
}

/**
 * Each point's highest-priority special cause, or undefined for common cause. `values` is one
 * segment, oldest first; a gap (`undefined`) breaks a trend, a shift and a two-of-three window,
 * since no window over a missing value fires in NHSRplotthedots either.
 */
export function specialCauses(values: readonly (number | undefined)[], limits: XmrLimits, options: RuleOptions): (SpecialCause | undefined)[] {
  const n = values.length;
  const found: (SpecialCause | undefined)[] = new Array<SpecialCause | undefined>(n).fill(undefined);
  // The rules run from the lowest priority up, so a later rule overwrites an earlier one.
  const flag = (rule: SpecialCauseRule) => (i: number, side: Side) => {
    found[i] = { rule, side };
  };
  const flagShift = flag('shift');
  const flagTwoOfThree = flag('two-of-three');
  const flagTrend = flag('trend');
  const value = (i: number) => values[i];
  const sides = values.map((v) => sideOfMean(v, limits.mean));
  const sideWord = (sign: number): Side => (sign > 0 ? 'high' : 'low');

  // Shift: `shiftLength` points in a row on the same side of the mean; a point on the mean breaks it.
  markWindows(n, options.shiftLength, (start) => {
    const sign = sides[start] ?? 0;
    if (sign === 0) return undefined;
    for (let i = start + 1; i < start + options.shiftLength; i++) if (sides[i] !== sign) return undefined;
    return sideWord(sign);
  }, flagShift);

  // Two of three: three points in a row on one side of the mean, at least two of them beyond the
  // near line on that side (beyond the process limit counts); only those beyond it are flagged.
  const beyondNear = (i: number, sign: number) => {
    const v = value(i);
    return v !== undefined && (sign > 0 ? v > limits.upperNear : v < limits.lowerNear);
  };
  for (let start = 0; start + 3 <= n; start++) {
    const sign = sides[start] ?? 0;
    if (sign === 0 || sides[start + 1] !== sign || sides[start + 2] !== sign) continue;
    const count = Number(beyondNear(start, sign)) + Number(beyondNear(start + 1, sign)) + Number(beyondNear(start + 2, sign));
    if (count < 2) continue;
    for (let i = start; i < start + 3; i++) if (beyondNear(i, sign)) flagTwoOfThree(i, sideWord(sign));
  }

  // Trend: seven points each higher (or each lower) than the one before; a repeat breaks it.
  markWindows(n, TREND_LENGTH, (start) => {
    let sign = 0;
    for (let i = start + 1; i < start + TREND_LENGTH; i++) {
      const a = value(i - 1);
      const b = value(i);
      if (a === undefined || b === undefined) return undefined;
      const step = Math.sign(b - a);
      if (step === 0 || (sign !== 0 && step !== sign)) return undefined;
      sign = step;
    }
    return sideWord(sign);
  }, flagTrend);

  // Beyond a process limit.
  for (let i = 0; i < n; i++) {
    const v = value(i);
    if (v !== undefined && v > limits.upperLimit) found[i] = { rule: 'beyond-limit', side: 'high' };
    else if (v !== undefined && v < limits.lowerLimit) found[i] = { rule: 'beyond-limit', side: 'low' };
  }
  return found;
}
