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

export type Assurance = 'consistently-passing' | 'consistently-failing' | 'hit-and-miss';

/**
 * Whether the target lies beyond a process limit: beyond the limit on the failing side, every
 * point the process makes passes; beyond the one on the passing side, every point fails; between
 * them, some pass and some fail. A metric with no direction has no assurance.
 */
export function assuranceOf(limits: XmrLimits, target: number, direction: Direction): Assurance | undefined {
  if (direction === 'neither') return undefined;
  const higherIsBetter = direction === 'higher';
  if (target > limits.upperLimit) return higherIsBetter ? 'consistently-failing' : 'consistently-passing';
  if (target < limits.lowerLimit) return higherIsBetter ? 'consistently-passing' : 'consistently-failing';
  return 'hit-and-miss';
}
