import type { XmrLimits } from '../../../src/assess/spc/xmr-limits.js';

/** Hand-set limits for rule tests: a mean, and the distances of the near line and the process limit. */
export function limitsFor(mean: number, near: number, limit: number): XmrLimits {
  return {
    mean,
    upperLimit: mean + limit,
    lowerLimit: mean - limit,
    upperNear: mean + near,
    lowerNear: mean - near,
    meanMovingRange: limit / 2.66,
    baselinePoints: 20,
    baselineStart: 0,
    movingRanges: 19,
    screenedOut: 0,
  };
}
