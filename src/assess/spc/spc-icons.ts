import type { Direction } from '../../model/pack-workbook.js';
import type { Side, SpecialCause } from './special-causes.js';
import type { XmrLimits } from './xmr-limits.js';

/**
 * The Making Data Count icons: variation (what the latest point says) and assurance (whether the
 * process can be relied on to meet its target), as NHSRplotthedots works them out
 * (`ptd_point_type`, `ptd_calculate_assurance_type`).
 */
export type Variation =
  | { readonly kind: 'common-cause' }
  | { readonly kind: 'improvement' | 'concern' | 'neutral'; readonly side: Side };

/** How a special cause reads for a metric: high is an improvement where higher is better. */
export function variationOf(cause: SpecialCause | undefined, direction: Direction): Variation {
  if (cause === undefined) return { kind: 'common-cause' };
  if (direction === 'neither') return { kind: 'neutral', side: cause.side };
  const better: Side = direction === 'higher' ? 'high' : 'low';
  return { kind: cause.side === better ? 'improvement' : 'concern', side: cause.side };
}

/** What the limits say of the target: the three Making Data Count assurance icons. */
export type LimitsAssurance = 'consistently-passing' | 'consistently-failing' | 'hit-and-miss';
/**
 * The assurance a metric is given: one of the limits' three, or `process-changed` where a change
 * of process reaches the latest point, so the limits describe months the process has left.
 */
export type Assurance = LimitsAssurance | 'process-changed';

/**
 * Whether the target lies beyond a process limit: beyond the limit on the failing side, every
 * point the process makes passes; beyond the one on the passing side, every point fails; between
 * them, some pass and some fail. A metric with no direction has no assurance.
 */
export function assuranceOf(limits: XmrLimits, target: number, direction: Direction): LimitsAssurance | undefined {
  if (direction === 'neither') return undefined;
  const higherIsBetter = direction === 'higher';
  if (target > limits.upperLimit) return higherIsBetter ? 'consistently-failing' : 'consistently-passing';
  if (target < limits.lowerLimit) return higherIsBetter ? 'consistently-passing' : 'consistently-failing';
  return 'hit-and-miss';
}

/** The latest points an assurance reading must agree with. */
export const RECENT_POINTS = 6;

/** A point of the series with the target it is judged against (its month's plan). */
export interface JudgedPoint {
  readonly value?: number;
  readonly target?: number;
}

/**
 * Whether the latest {@link RECENT_POINTS} points with a value disprove a reading: each met its
 * target where the limits say "consistently failing", or each missed it where they say
 * "consistently passing". A point with no target of its own neither proves nor disproves; with
 * fewer than six such points, nothing is disproved.
 */
export function recentPointsDisprove(kind: LimitsAssurance, points: readonly JudgedPoint[], direction: Direction): boolean {
  if (kind === 'hit-and-miss' || direction === 'neither') return false;
  const recent = points.filter((p) => p.value !== undefined).slice(-RECENT_POINTS);
  if (recent.length < RECENT_POINTS) return false;
  const meets = (p: JudgedPoint): boolean | undefined => {
    if (p.value === undefined || p.target === undefined) return undefined;
    return direction === 'higher' ? p.value >= p.target : p.value <= p.target;
  };
  const expected = kind === 'consistently-failing';
  return recent.every((p) => meets(p) === expected);
}
