import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import type { Metric, Observation } from '../../src/model/pack-workbook.js';
import { monthIndex, periodOfMonthIndex } from '../../src/model/period.js';
import { spcView } from '../../src/compose/spc-view.js';
import { aMetric, aRow, aWorkbook, JAN_26, metricIn, month, quarter } from '../assess/workbook-builder.js';

/** Monthly counts ending in January 2026, oldest first; '*' is suppressed. */
function monthly(metricId: string, actuals: readonly (number | '*')[], plan?: number): Observation[] {
  const first = monthIndex(2026, 1) - actuals.length + 1;
  return actuals.map((actual, i) => aRow(metricId, periodOfMonthIndex(first + i), { actual, ...(plan === undefined ? {} : { plan }) }));
}

const STEADY = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

function viewOf(metric: Metric, observations: readonly Observation[]) {
  const spc = metricIn(assessPack(aWorkbook({ metrics: [metric], observations }), JAN_26), metric.id).spc;
  return spcView(metric, spc, 'icb', 7);
}

describe('the SPC view: icons in words, and a note on what the limits rest on', () => {
  it('special cause improving (high) beyond the limit, consistently failing a target above the limits', () => {
    const view = viewOf(aMetric('M'), monthly('M', [...STEADY, 25], 40));
    expect(view.variation).toEqual({ code: 'improving-high', word: 'Special cause improving (high)', rule: 'beyond-limit', because: 'the latest point is above the upper process limit' });
    expect(view.assurance?.word).toBe('Consistently failing');
    expect(view.assurance?.because).toMatch(/^the target of 40 lies above the upper process limit of 20, so the process will not meet it without a change to it$/);
    expect(view.note).toBe('Limits set from 13 points from Jan-25.');
    expect(view.series).toHaveLength(13);
    expect(view.series[12]).toMatchObject({ period: { key: '2026-01', label: 'Jan-26' }, value: 25, display: '25', rule: 'beyond-limit', side: 'high', variation: 'improvement', target: 40 });
  });

  it('special cause concerning (low) where lower is better is high; consistently passing', () => {
    const view = viewOf(aMetric('M', { direction: 'lower' }), monthly('M', [...STEADY, 25], 40));
    expect(view.variation?.word).toBe('Special cause concerning (high)');
    expect(view.assurance).toMatchObject({ code: 'consistently-passing', word: 'Consistently passing', target: 40, targetDisplay: '40' });
  });

  it('common cause and hit and miss', () => {
    const view = viewOf(aMetric('M'), monthly('M', STEADY, 11));
    expect(view.variation).toEqual({ code: 'common-cause', word: 'Common cause', because: 'the latest point shows only the variation the process always has' });
    expect(view.assurance?.word).toBe('Hit and miss');
  });

  it('a shift, in words', () => {
    const view = viewOf(aMetric('M'), monthly('M', [...STEADY, 10, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5]));
    expect(view.variation).toMatchObject({ code: 'improving-high', rule: 'shift', because: 'the latest point is in a run of 7 or more points in a row above the mean' });
  });

  it("neutral where the direction is neither, and the note says why there is no assurance", () => {
    const view = viewOf(aMetric('M', { direction: 'neither' }), monthly('M', [...STEADY, 25], 40));
    expect(view.variation?.word).toBe('Special cause neutral (high)');
    expect(view.assurance).toBeUndefined();
    expect(view.note).toContain('No direction is better, so there is no assurance icon.');
  });

  it('trial limits are said to be trial', () => {
    const view = viewOf(aMetric('M'), monthly('M', [10, 12, 10, 12], 11));
    expect(view.status).toBe('trial');
    expect(view.note).toBe('Trial limits: set from only 4 points from Oct-25; 12 or more give firm limits, so read the icons with care.');
  });

  it('too few: no icons, and the note says so', () => {
    const view = viewOf(aMetric('M'), monthly('M', [10], 11));
    expect(view).toMatchObject({ status: 'too-few', points: 1, series: [] });
    expect(view.variation).toBeUndefined();
    expect(view.note).toBe('Too few points for SPC: 1 figure; limits need at least 2 in consecutive months, so no SPC icons are shown.');
  });

  it('not monthly: no chart, the note names the frequency', () => {
    const view = viewOf(aMetric('Q', { frequency: 'quarter' }), [aRow('Q', quarter(2025, 3), { actual: 5 })]);
    expect(view).toMatchObject({ status: 'not-monthly', level: 'icb', series: [] });
    expect(view.note).toBe('SPC needs a monthly series; this metric is reported each quarter, so it has no SPC chart or icons.');
  });

  it('a suppressed latest month: a gap without a number, no variation icon, and the note says why', () => {
    const view = viewOf(aMetric('M', { suppressBelow: 5 }), monthly('M', [...STEADY, '*'], 30));
    const last = view.series[view.series.length - 1];
    expect(last).toMatchObject({ gap: 'suppressed', variation: 'common-cause' });
    expect(last?.value).toBeUndefined();
    expect(last?.display).toBeUndefined();
    expect(view.variation).toBeUndefined();
    expect(view.note).toContain('The latest month (Jan-26) has no figure (suppressed), so there is no variation icon.');
    expect(view.note).toContain('1 month has no figure (suppressed or not given) and is a gap in the chart.');
  });

  it('a rebase is named', () => {
    const view = viewOf(aMetric('M', { spc: { rebase: [month(2025, 11)] } }), monthly('M', [...STEADY, 30, 31, 30]));
    expect(view.rebasedFrom).toEqual(['Nov-25']);
    expect(view.note).toContain('Limits worked out afresh from Nov-25.');
  });

  it('no numeric target: no assurance, and the note says so', () => {
    expect(viewOf(aMetric('M'), monthly('M', STEADY)).note).toContain('No numeric target, so there is no assurance icon.');
  });
});
