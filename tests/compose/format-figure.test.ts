import { describe, expect, it } from 'vitest';
import { formatDuration, formatFigure, formatNumber, formatYearEndPlan } from '../../src/compose/format-figure.js';

describe('figures are printed as the reference papers print them', () => {
  it('percentages to the metric\'s decimals: 57.3%, 78.20%', () => {
    expect(formatNumber(0.573, { unit: 'percent', decimals: 1 })).toBe('57.3%');
    expect(formatNumber(0.782, { unit: 'percent', decimals: 2 })).toBe('78.20%');
    expect(formatNumber(0.6596, { unit: 'percent', decimals: 2 })).toBe('65.96%');
  });

  it('counts with thousands separators: 18,815 and 1,126,352', () => {
    expect(formatNumber(18815, { unit: 'count', decimals: 0 })).toBe('18,815');
    expect(formatNumber(1126352, { unit: 'count', decimals: 0 })).toBe('1,126,352');
    expect(formatNumber(0, { unit: 'count', decimals: 0 })).toBe('0');
  });

  it('durations as hh:mm:ss: 00:32:34, with hours past 99 kept whole', () => {
    expect(formatDuration(32 * 60 + 34)).toBe('00:32:34');
    expect(formatNumber(47 * 60 + 14, { unit: 'duration', decimals: 0 })).toBe('00:47:14');
    expect(formatDuration(100 * 3600 + 1)).toBe('100:00:01');
  });

  it('money in £m: £85.65m with the unit, 2,385.70 under a £m heading', () => {
    expect(formatNumber(85.65, { unit: 'gbp-millions', decimals: 2, withUnit: true })).toBe('£85.65m');
    expect(formatNumber(2385.7, { unit: 'gbp-millions', decimals: 2 })).toBe('2,385.70');
    expect(formatNumber(1250, { unit: 'gbp-thousands', decimals: 0, withUnit: true })).toBe('£1,250k');
  });

  it('negative money in brackets, as finance papers print it: (41.91) under a £m heading, (£41.91m) with its unit', () => {
    expect(formatNumber(-41.91, { unit: 'gbp-millions', decimals: 2 })).toBe('(41.91)');
    expect(formatNumber(-41.91, { unit: 'gbp-millions', decimals: 2, withUnit: true })).toBe('(£41.91m)');
    expect(formatNumber(-51679, { unit: 'gbp-thousands', decimals: 0 })).toBe('(51,679)');
    expect(formatNumber(-51679, { unit: 'gbp-thousands', decimals: 0, withUnit: true })).toBe('(£51,679k)');
    expect(formatNumber(-1973611, { unit: 'gbp-thousands', decimals: 0 })).toBe('(1,973,611)');
  });

  it('other negatives keep their minus sign unless a finance table asks for brackets', () => {
    expect(formatNumber(-0.025, { unit: 'percent', decimals: 1 })).toBe('-2.5%');
    expect(formatNumber(-90, { unit: 'duration', decimals: 0 })).toBe('-00:01:30');
    expect(formatNumber(-4, { unit: 'rate-per-1000', decimals: 1, withUnit: true })).toBe('-4.0 per 1,000');
    expect(formatNumber(-0.025, { unit: 'percent', decimals: 2, negatives: 'brackets' })).toBe('(2.50%)');
    expect(formatNumber(-12, { unit: 'count', decimals: 0, negatives: 'brackets' })).toBe('(12)');
    expect(formatNumber(-41.91, { unit: 'gbp-millions', decimals: 2, negatives: 'minus' })).toBe('-41.91');
  });

  it('rates per 1,000 and ratios', () => {
    expect(formatNumber(4, { unit: 'rate-per-1000', decimals: 1, withUnit: true })).toBe('4.0 per 1,000');
    expect(formatNumber(1.255, { unit: 'ratio', decimals: 2 })).toBe('1.26');
  });

  it('a suppressed count prints as *', () => {
    expect(formatFigure({ kind: 'suppressed' }, { unit: 'count', decimals: 0 })).toBe('*');
  });

  it('a rounded negative zero prints without its sign', () => {
    expect(formatNumber(-0.0001, { unit: 'number', decimals: 1 })).toBe('0.0');
    expect(formatNumber(-0.001, { unit: 'gbp-millions', decimals: 2 })).toBe('0.00');
    expect(formatNumber(-0.3, { unit: 'duration', decimals: 0 })).toBe('00:00:00');
    expect(formatNumber(-0.0001, { unit: 'rate-per-1000', decimals: 1, withUnit: true })).toBe('0.0 per 1,000');
  });

  it('a year-end plan in words prints as typed', () => {
    expect(formatYearEndPlan({ kind: 'text', text: 'Reduction 2023 4' }, { unit: 'rate-per-1000', decimals: 1 })).toBe('Reduction 2023 4');
  });
});
