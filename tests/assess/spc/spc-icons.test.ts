import { describe, expect, it } from 'vitest';
import { assuranceOf, variationOf } from '../../../src/assess/spc/spc-icons.js';
import { limitsFor } from './limits-for.js';

describe('variation icon: common cause, or a special cause read with the direction', () => {
  it('common cause where no rule flags the point', () => {
    expect(variationOf(undefined, 'higher')).toEqual({ kind: 'common-cause' });
  });
  it('higher is better: high is improving, low is concerning', () => {
    expect(variationOf({ rule: 'shift', side: 'high' }, 'higher')).toEqual({ kind: 'improvement', side: 'high' });
    expect(variationOf({ rule: 'trend', side: 'low' }, 'higher')).toEqual({ kind: 'concern', side: 'low' });
  });
  it('lower is better: low is improving, high is concerning', () => {
    expect(variationOf({ rule: 'beyond-limit', side: 'low' }, 'lower')).toEqual({ kind: 'improvement', side: 'low' });
    expect(variationOf({ rule: 'two-of-three', side: 'high' }, 'lower')).toEqual({ kind: 'concern', side: 'high' });
  });
  it("no direction ('neither'): neutral, high or low", () => {
    expect(variationOf({ rule: 'shift', side: 'high' }, 'neither')).toEqual({ kind: 'neutral', side: 'high' });
    expect(variationOf({ rule: 'shift', side: 'low' }, 'neither')).toEqual({ kind: 'neutral', side: 'low' });
  });
});

describe('assurance icon: where the target lies against the process limits', () => {
  const limits = limitsFor(10, 4, 6); // process limits 4 and 16

  it('higher is better: a target below the lower limit is consistently passed, above the upper consistently failed', () => {
    expect(assuranceOf(limits, 3, 'higher')).toBe('consistently-passing');
    expect(assuranceOf(limits, 17, 'higher')).toBe('consistently-failing');
    expect(assuranceOf(limits, 12, 'higher')).toBe('hit-and-miss');
  });
  it('lower is better: a target above the upper limit is consistently passed, below the lower consistently failed', () => {
    expect(assuranceOf(limits, 17, 'lower')).toBe('consistently-passing');
    expect(assuranceOf(limits, 3, 'lower')).toBe('consistently-failing');
    expect(assuranceOf(limits, 8, 'lower')).toBe('hit-and-miss');
  });
  it('a target on a limit is hit and miss', () => {
    expect(assuranceOf(limits, 16, 'higher')).toBe('hit-and-miss');
    expect(assuranceOf(limits, 4, 'lower')).toBe('hit-and-miss');
  });
  it('no direction, no assurance', () => {
    expect(assuranceOf(limits, 17, 'neither')).toBeUndefined();
  });
});
