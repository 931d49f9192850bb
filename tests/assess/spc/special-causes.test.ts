import { describe, expect, it } from 'vitest';
import { specialCauses, type SpecialCause } from '../../../src/assess/spc/special-causes.js';
import { limitsFor } from './limits-for.js';

/** Mean 10, near lines at 6 and 14, process limits at 4 and 16. */
const LIMITS = limitsFor(10, 4, 6);
const SEVEN = { shiftLength: 7 };

/** Each point as `rule:side`, or `-` for common cause. */
function flags(values: readonly (number | undefined)[], options = SEVEN, limits = LIMITS): string[] {
  return specialCauses(values, limits, options).map((c: SpecialCause | undefined) => (c === undefined ? '-' : `${c.rule}:${c.side}`));
}

describe('special cause: a point beyond a process limit', () => {
  it('above the upper limit is high, below the lower is low', () => {
    expect(flags([10, 17, 10, 3, 10])).toEqual(['-', 'beyond-limit:high', '-', 'beyond-limit:low', '-']);
  });
  it('a point on the limit is not beyond it', () => {
    expect(flags([10, 16, 10])).toEqual(['-', '-', '-']);
  });
});

describe('special cause: a trend of 7 points all rising or all falling', () => {
  it('seven rising points are all flagged, high, even where they cross the mean', () => {
    expect(flags([7, 8, 9, 10.5, 11, 12, 13])).toEqual(Array(7).fill('trend:high'));
  });
  it('seven falling points are all flagged, low', () => {
    expect(flags([13, 12, 11, 9.5, 9, 8, 7])).toEqual(Array(7).fill('trend:low'));
  });
  it('six rising points are not a trend', () => {
    expect(flags([10, 7, 8, 9, 10.5, 11, 12])).toEqual(Array(7).fill('-'));
  });
  it('a repeated value breaks a trend', () => {
    expect(flags([7, 8, 9, 9, 11, 12, 13])).toEqual(Array(7).fill('-'));
  });
  it('a gap breaks a trend', () => {
    expect(flags([7, 8, 9, undefined, 10.5, 11, 12, 13])).toEqual([...Array(3).fill('-'), '-', ...Array(4).fill('-')]);
  });
  it('a point between a rising and a falling trend reads by the trend to its right, as NHSRplotthedots does', () => {
    const up = [5, 6, 7, 8, 9, 10.5, 11];
    const down = [10.5, 9, 8, 7, 6.5, 5];
    expect(flags([...up, ...down], SEVEN, limitsFor(8, 40, 60))).toEqual([...Array(6).fill('trend:high'), ...Array(7).fill('trend:low')]);
  });

  describe("NHSRplotthedots' own cases (test-ptd_calculate_point_type.R, ptd_seven_point_trend)", () => {
    const wide = limitsFor(4, 40, 60);
    it('c(1:3, 3:6): no trend', () => expect(flags([1, 2, 3, 3, 4, 5, 6], SEVEN, wide)).toEqual(Array(7).fill('-')));
    it('c(2, 1:7, 3): the seven points 1 to 7 are a rising trend', () => {
      expect(flags([2, 1, 2, 3, 4, 5, 6, 7, 3], SEVEN, wide)).toEqual(['-', ...Array(7).fill('trend:high'), '-']);
    });
    it('c(2, 7:1, 3): the seven points 7 to 1 are a falling trend', () => {
      expect(flags([2, 7, 6, 5, 4, 3, 2, 1, 3], SEVEN, wide)).toEqual(['-', ...Array(7).fill('trend:low'), '-']);
    });
  });
});

describe('special cause: two of three points beyond the same near-the-limit line', () => {
  it('two of three above the upper near line: those two are flagged, the third is not', () => {
    expect(flags([10, 15, 11, 15, 10])).toEqual(['-', 'two-of-three:high', '-', 'two-of-three:high', '-']);
  });
  it('two in a row below the lower near line, low', () => {
    expect(flags([9, 5, 5, 9])).toEqual(['-', 'two-of-three:low', 'two-of-three:low', '-']);
  });
  it('a point beyond the process limit counts towards two of three (Making Data Count, 2023)', () => {
    // 15 is beyond the near line and 17 beyond the limit: 15 is flagged by two of three, 17 by the limit
    expect(flags([10, 9, 15, 17, 11])).toEqual(['-', '-', 'two-of-three:high', 'beyond-limit:high', '-']);
  });
  it('all three points must be on the same side of the mean', () => {
    expect(flags([9, 15, 15, 9])).toEqual(['-', '-', '-', '-']);
    expect(flags([10.5, 15, 15, 9])).toEqual(['-', 'two-of-three:high', 'two-of-three:high', '-']);
  });
  it('two points beyond opposite near lines are common cause', () => {
    expect(flags([11, 15, 5, 9])).toEqual(['-', '-', '-', '-']);
  });
  it("NHSRplotthedots' test: 1, -1 alternating, then 5.5 and -5.5: the last two are common cause", () => {
    // mean 0; moving ranges 2 (x13), 6.5, 11: mean 2.9; near lines at ±5.14, limits at ±7.71
    const values = [...Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 1 : -1)), 5.5, -5.5];
    const mmr = 43.5 / 15;
    const found = flags(values, SEVEN, limitsFor(0, 2 * (2.66 / 3) * mmr, 2.66 * mmr));
    expect(found.slice(-2)).toEqual(['-', '-']);
  });
});

describe('special cause: a shift of 7 points on one side of the mean', () => {
  it('seven points above the mean are all flagged, high', () => {
    expect(flags([9, 11, 11, 11, 11, 11, 11, 11, 9])).toEqual(['-', ...Array(7).fill('shift:high'), '-']);
  });
  it('seven points below the mean, low', () => {
    expect(flags([9, 9, 9, 9, 9, 9, 9])).toEqual(Array(7).fill('shift:low'));
  });
  it('a point on the mean breaks a shift', () => {
    expect(flags([11, 11, 11, 10, 11, 11, 11])).toEqual(Array(7).fill('-'));
  });
  it('a gap breaks a shift', () => {
    expect(flags([11, 11, 11, undefined, 11, 11, 11, 11])).toEqual(Array(8).fill('-'));
  });
  it('shift length 6 (a setting): six points are a shift', () => {
    const six = [9, 11, 11, 11, 11, 11, 11, 9];
    expect(flags(six)).toEqual(Array(8).fill('-'));
    expect(flags(six, { shiftLength: 6 })).toEqual(['-', ...Array(6).fill('shift:high'), '-']);
  });

  describe("NHSRplotthedots' own cases (ptd_seven_point_one_side_mean)", () => {
    const atZero = limitsFor(0, 40, 60);
    it('c(rep(1, 8), -1): the eight points above are a shift', () => {
      expect(flags([1, 1, 1, 1, 1, 1, 1, 1, -1], SEVEN, atZero)).toEqual([...Array(8).fill('shift:high'), '-']);
    });
    it('c(rep(1, 6), -1): six are not', () => expect(flags([1, 1, 1, 1, 1, 1, -1], SEVEN, atZero)).toEqual(Array(7).fill('-')));
    it('c(1, rep(-1, 8), 1): the eight points below are a shift', () => {
      expect(flags([1, -1, -1, -1, -1, -1, -1, -1, -1, 1], SEVEN, atZero)).toEqual(['-', ...Array(8).fill('shift:low'), '-']);
    });
  });
});

describe('special cause priority: beyond a limit, then trend, then two of three, then shift', () => {
  it('a point beyond the limit within a shift reports the limit', () => {
    expect(flags([11, 11, 11, 17, 11, 11, 11])).toEqual(['shift:high', 'shift:high', 'shift:high', 'beyond-limit:high', 'shift:high', 'shift:high', 'shift:high']);
  });
  it('a rising run above the mean is a trend before it is a shift', () => {
    expect(flags([10.5, 11, 11.5, 12, 12.5, 13, 13.5])).toEqual(Array(7).fill('trend:high'));
  });
  it('two of three within a shift reports two of three', () => {
    expect(flags([11, 11, 14.5, 14.5, 11, 11, 11])).toEqual(['shift:high', 'shift:high', 'two-of-three:high', 'two-of-three:high', 'shift:high', 'shift:high', 'shift:high']);
  });
  it('a trend ending beyond the limit: the last point reports the limit', () => {
    expect(flags([8, 9, 10.5, 11, 12, 13, 17])).toEqual([...Array(6).fill('trend:high'), 'beyond-limit:high']);
  });
});
