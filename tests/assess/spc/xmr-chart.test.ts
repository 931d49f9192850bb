import { describe, expect, it } from 'vitest';
import { xmrChart } from '../../../src/assess/spc/xmr-chart.js';

const OPTIONS = { screenMovingRanges: false, shiftLength: 7 };

describe('rebase: each segment gets its own mean, limits and special causes', () => {
  it('the limits change at the rebase', () => {
    const chart = xmrChart([1, 2, 1, 2, 10, 11, 10, 11], [4], OPTIONS);
    expect(chart.segments.map((s) => [s.start, s.end])).toEqual([[0, 4], [4, 8]]);
    expect(chart.points.map((p) => p.limits?.mean)).toEqual([1.5, 1.5, 1.5, 1.5, 10.5, 10.5, 10.5, 10.5]);
    expect(chart.points.map((p) => p.segment)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('without the rebase, the jump is a special cause; with it, it is not', () => {
    const values = [1, 2, 1, 2, 1, 2, 10, 11, 10, 11];
    expect(xmrChart(values, [], OPTIONS).points.some((p) => p.cause !== undefined)).toBe(true);
    expect(xmrChart(values, [6], OPTIONS).points.every((p) => p.cause === undefined)).toBe(true);
  });

  it('no pattern runs across a rebase', () => {
    const rising = [5, 6, 7, 8, 9, 10, 11];
    // the ends of a steady rise lie beyond its own limits; the points between are the trend
    expect(xmrChart(rising, [], OPTIONS).points.map((p) => p.cause?.rule)).toEqual(['beyond-limit', 'trend', 'trend', 'trend', 'trend', 'trend', 'beyond-limit']);
    expect(xmrChart(rising, [4], OPTIONS).points.some((p) => p.cause?.rule === 'trend')).toBe(false);
  });

  it('a baseline applies within each segment', () => {
    const chart = xmrChart([1, 2, 3, 50, 10, 11, 12, 90], [4], { ...OPTIONS, baseline: 3 });
    expect(chart.points.map((p) => p.limits?.mean)).toEqual([2, 2, 2, 2, 11, 11, 11, 11]);
  });

  it('a rebase at the first point, outside the series or given twice changes nothing', () => {
    const chart = xmrChart([1, 2, 3, 4], [0, -3, 9, 2, 2], OPTIONS);
    expect(chart.segments.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 4]]);
  });

  it('a segment with too few values has no limits, and its points none', () => {
    const chart = xmrChart([1, 5, 6, 5, 6], [1], OPTIONS);
    expect(chart.segments[0]?.limits).toEqual({ kind: 'too-few', reason: 'one-value', values: 1 });
    expect(chart.points[0]?.limits).toBeUndefined();
    expect(chart.points[1]?.limits?.mean).toBe(5.5);
  });
});
