import { describe, expect, it } from 'vitest';
import { hasLimits, xmrLimits, type XmrLimits } from '../../../src/assess/spc/xmr-limits.js';

const OFF = { screenMovingRanges: false };

function limits(values: readonly (number | undefined)[], options: Parameters<typeof xmrLimits>[1] = OFF): XmrLimits {
  const result = xmrLimits(values, options);
  if (!hasLimits(result)) throw new Error(`no limits: ${result.reason}`);
  return result;
}

describe('XmR limits: mean ± 2.66 mean moving ranges, near lines at two thirds of that', () => {
  it('works a short series by hand: 1, 3, 2, 4, 5', () => {
    // mean 15/5 = 3; moving ranges 2, 1, 2, 1: mean 1.5; 2.66 x 1.5 = 3.99; 2/3 x 3.99 = 2.66
    const l = limits([1, 3, 2, 4, 5]);
    expect(l.mean).toBe(3);
    expect(l.meanMovingRange).toBe(1.5);
    expect(l.upperLimit).toBeCloseTo(6.99, 10);
    expect(l.lowerLimit).toBeCloseTo(-0.99, 10);
    expect(l.upperNear).toBeCloseTo(5.66, 10);
    expect(l.lowerNear).toBeCloseTo(0.34, 10);
    expect(l.baselinePoints).toBe(5);
    expect(l.movingRanges).toBe(4);
  });

  it('reproduces NHSRplotthedots ptd_spc_standard test: rnorm(20) with seed 123 gives mean 0.142, limits -3.01 and 3.29', () => {
    const y = [
      -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145,
      0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.7013559, -0.47279141,
    ];
    for (const screenMovingRanges of [false, true]) {
      const l = limits(y, { screenMovingRanges });
      expect(l.mean.toFixed(3)).toBe('0.142');
      expect(l.lowerLimit.toFixed(2)).toBe('-3.01');
      expect(l.upperLimit.toFixed(2)).toBe('3.29');
    }
  });

  it('baseline: the limits come from the first N values only', () => {
    // mean of 1, 2, 3 is 2; moving ranges 1, 1; the later 100 and 200 are charted but not counted
    const l = limits([1, 2, 3, 100, 200], { screenMovingRanges: false, baseline: 3 });
    expect(l.mean).toBe(2);
    expect(l.meanMovingRange).toBe(1);
    expect(l.upperLimit).toBeCloseTo(4.66, 10);
    expect(l.baselinePoints).toBe(3);
  });

  it('baseline counts values, not gaps', () => {
    const l = limits([undefined, 1, undefined, 2, 3, 100], { screenMovingRanges: false, baseline: 3 });
    expect(l.mean).toBe(2);
    expect(l.baselineStart).toBe(1);
    // only 2 -> 3 are neighbours: one moving range of 1
    expect(l.movingRanges).toBe(1);
  });

  it('a gap adds nothing to the mean and no moving range spans it', () => {
    // mean of 1, 3, 5 is 3; the only moving range is |5 - 3| = 2
    const l = limits([1, undefined, 3, 5]);
    expect(l.mean).toBe(3);
    expect(l.meanMovingRange).toBe(2);
    expect(l.movingRanges).toBe(1);
  });

  describe('screening of moving ranges (a setting, off by default)', () => {
    // moving ranges 1, 1, 1, 1, 1, 1, 20, 20: mean 46 / 8 = 5.75; 3.267 x 5.75 = 18.79
    const values = [10, 11, 10, 11, 10, 11, 10, 30, 10];

    it('off: every moving range counts', () => {
      const l = limits(values);
      expect(l.meanMovingRange).toBe(5.75);
      expect(l.screenedOut).toBe(0);
    });

    it('on: moving ranges at or above 3.267 times their mean are left out and the mean taken again', () => {
      const l = limits(values, { screenMovingRanges: true });
      expect(l.meanMovingRange).toBe(1);
      expect(l.screenedOut).toBe(2);
      expect(l.mean).toBeCloseTo(113 / 9, 12);
    });

    it('on: a series that never moves has nothing to screen', () => {
      const l = limits([4, 4, 4], { screenMovingRanges: true });
      expect(l.meanMovingRange).toBe(0);
      expect(l.upperLimit).toBe(4);
    });
  });

  describe('too few to compute: never a guess', () => {
    it('no values', () => expect(xmrLimits([], OFF)).toEqual({ kind: 'too-few', reason: 'no-values', values: 0 }));
    it('one value', () => expect(xmrLimits([undefined, 7], OFF)).toEqual({ kind: 'too-few', reason: 'one-value', values: 1 }));
    it('two values that are not neighbours: no moving range', () => expect(xmrLimits([1, undefined, 3], OFF)).toEqual({ kind: 'too-few', reason: 'no-moving-range', values: 2 }));
  });
});
