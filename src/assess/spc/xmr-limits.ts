/**
 * The limits of an XmR (individuals and moving range) chart, as Making Data Count draws them and
 * NHSRplotthedots (the NHS-R community's reference implementation, `ptd_spc_standard`) computes
 * them: the centre line is the mean of the baseline, the process limits lie 2.66 mean moving
 * ranges either side of it, and the "near the limits" lines two thirds of the way out.
 */

/** 3 / d2 for moving ranges of two points (d2 = 1.128): the process limits' distance in mean moving ranges. */
export const PROCESS_LIMIT_FACTOR = 2.66;
/** Two sigma: the near-the-limit lines, written as NHSRplotthedots writes it so the floating point agrees. */
export const NEAR_LIMIT_FACTOR = 2 * (PROCESS_LIMIT_FACTOR / 3);
/** D4 for moving ranges of two points: a moving range at or above this many mean moving ranges is screened out. */
export const MOVING_RANGE_SCREEN_FACTOR = 3.267;

export interface XmrLimits {
  readonly mean: number;
  readonly upperLimit: number;
  readonly lowerLimit: number;
  readonly upperNear: number;
  readonly lowerNear: number;
  /** The mean moving range the limits were set from (after any screening). */
  readonly meanMovingRange: number;
  /** Values the mean was taken over. */
  readonly baselinePoints: number;
  /** Position (within the values given) of the first baseline value. */
  readonly baselineStart: number;
  /** Moving ranges the mean moving range was taken over, and those screened out. */
  readonly movingRanges: number;
  readonly screenedOut: number;
}

export interface LimitOptions {
  /** Set the limits from the first this-many values only (all values when absent). */
  readonly baseline?: number;
  /** Leave out moving ranges at or above 3.267 times their mean, then take the mean again. */
  readonly screenMovingRanges: boolean;
}

/** Why there are no limits: fewer than two values, or no two values next to each other. */
export type NoLimits = { readonly kind: 'too-few'; readonly reason: 'no-values' | 'one-value' | 'no-moving-range'; readonly values: number };

function mean(numbers: readonly number[]): number {
  let sum = 0;
  for (const n of numbers) sum += n;
  return sum / numbers.length;
}

/**
 * The limits of one segment of a series (the points between two rebases), oldest first. A gap
 * (`undefined`: a missing or suppressed figure) keeps its place: it adds nothing to the mean, and
 * no moving range spans it, as NHSRplotthedots treats `NA`.
 */
export function xmrLimits(values: readonly (number | undefined)[], options: LimitOptions): XmrLimits | NoLimits {
  const baseline: number[] = [];
  const movingRanges: number[] = [];
  let baselineStart = -1;
  let previous: number | undefined;
  for (let i = 0; i < values.length && baseline.length < (options.baseline ?? Infinity); i++) {
    const value = values[i];
    if (value !== undefined) {
      if (baselineStart < 0) baselineStart = i;
      baseline.push(value);
      if (previous !== undefined) movingRanges.push(Math.abs(value - previous));
    }
    previous = value;
  }
  if (baseline.length < 2) return { kind: 'too-few', reason: baseline.length === 0 ? 'no-values' : 'one-value', values: baseline.length };
  if (movingRanges.length === 0) return { kind: 'too-few', reason: 'no-moving-range', values: baseline.length };
  const centre = mean(baseline);
  const firstMean = mean(movingRanges);
  // With every moving range 0 there is nothing to screen (and 0 < 0 would screen them all).
  const kept = options.screenMovingRanges && firstMean > 0 ? movingRanges.filter((mr) => mr < MOVING_RANGE_SCREEN_FACTOR * firstMean) : movingRanges;
  const meanMovingRange = mean(kept);
  return {
    mean: centre,
    upperLimit: centre + PROCESS_LIMIT_FACTOR * meanMovingRange,
    lowerLimit: centre - PROCESS_LIMIT_FACTOR * meanMovingRange,
    upperNear: centre + NEAR_LIMIT_FACTOR * meanMovingRange,
    lowerNear: centre - NEAR_LIMIT_FACTOR * meanMovingRange,
    meanMovingRange,
    baselinePoints: baseline.length,
    baselineStart,
    movingRanges: movingRanges.length,
    screenedOut: movingRanges.length - kept.length,
  };
}

export function hasLimits(limits: XmrLimits | NoLimits): limits is XmrLimits {
  return !('kind' in limits);
}
