import { specialCauses, type SpecialCause } from './special-causes.js';
import { hasLimits, xmrLimits, type NoLimits, type XmrLimits } from './xmr-limits.js';

/** How an XmR chart is drawn: the baseline, the screening of moving ranges and the shift length. */
export interface XmrOptions {
  /** Set each segment's limits from its first this-many values (all its values when absent). */
  readonly baseline?: number;
  readonly screenMovingRanges: boolean;
  /** 6 or 7 points in a row on one side of the mean make a shift. */
  readonly shiftLength: number;
}

/** The points between two rebases, with the limits set from them. */
export interface XmrSegment {
  /** Position of its first point in the series, and one past its last. */
  readonly start: number;
  readonly end: number;
  readonly limits: XmrLimits | NoLimits;
}

export interface XmrPoint {
  readonly value?: number;
  /** Index into {@link XmrChart.segments}. */
  readonly segment: number;
  /** Absent where the point's segment has too few values for limits. */
  readonly limits?: XmrLimits;
  readonly cause?: SpecialCause;
}

export interface XmrChart {
  readonly segments: readonly XmrSegment[];
  readonly points: readonly XmrPoint[];
}

/**
 * An XmR chart over a series, oldest first (`undefined` for a gap). `rebaseAt` holds the
 * positions where new limits start (NHSRplotthedots' rebase dates): each segment gets its own
 * mean, limits and special causes, and no pattern runs across a rebase.
 */
export function xmrChart(values: readonly (number | undefined)[], rebaseAt: readonly number[], options: XmrOptions): XmrChart {
  const starts = [...new Set([0, ...rebaseAt.filter((p) => p > 0 && p < values.length)])].sort((a, b) => a - b);
  const segments: XmrSegment[] = [];
  const points: XmrPoint[] = [];
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? values.length;
    const part = values.slice(start, end);
    const limits = xmrLimits(part, options);
    segments.push({ start, end, limits });
    const causes = hasLimits(limits) ? specialCauses(part, limits, options) : [];
    // Plain assignment rather than conditional spreads: this runs for every month of every metric.
    part.forEach((value, i) => {
      const point: { value?: number; segment: number; limits?: XmrLimits; cause?: SpecialCause } = { segment: index };
      if (value !== undefined) point.value = value;
      if (hasLimits(limits)) point.limits = limits;
      const cause = causes[i];
      if (cause !== undefined) point.cause = cause;
      points.push(point);
    });
  });
  return { segments, points };
}
