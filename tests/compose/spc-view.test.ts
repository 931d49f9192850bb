import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import type { Metric, Observation } from '../../src/model/pack-workbook.js';
import { monthIndex, periodOfMonthIndex } from '../../src/model/period.js';
import { spcView } from '../../src/compose/spc-view.js';
import { aMetric, aRow, aWorkbook, JAN_26, metricIn, month, quarter, SETTINGS } from '../assess/workbook-builder.js';

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
    expect(view.assurance?.because).toMatch(/^the target of 40 lies above the upper process limit of 19\.8, so the process will not meet it without a change to it, though the latest point, a special cause of improvement, may be the start of one$/);
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
    const view = viewOf(aMetric('M'), monthly('M', [10, 12, 10, 12, 10, 12], 11));
    expect(view.status).toBe('trial');
    expect(view.note).toBe('Trial limits: set from only 6 points from Aug-25; 12 or more give firm limits, so read the icons with care.');
  });

  it('too few: no icons, and the note says so', () => {
    const view = viewOf(aMetric('M'), monthly('M', [10, 12, 10], 11));
    expect(view).toMatchObject({ status: 'too-few', points: 3, series: [] });
    expect(view.variation).toBeUndefined();
    expect(view.note).toBe('Too few points for SPC: 3 figures; limits need at least 6, so there is no SPC chart and no icons.');
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
    const view = viewOf(aMetric('M', { spc: { rebase: [month(2025, 8)] } }), monthly('M', [...STEADY, 30, 31, 30, 31, 30, 31]));
    expect(view.rebasedFrom).toEqual(['Aug-25']);
    expect(view.note).toContain('Trial limits: set from only 6 points since the rebase in Aug-25;');
  });

  it('no plan for the latest month: no assurance, and the note says so', () => {
    expect(viewOf(aMetric('M'), monthly('M', STEADY)).note).toContain('No plan for Jan-26, so there is no assurance icon.');
  });
});

describe('a changed process in words', () => {
  // STEADY, then eight months alternating 14 and 15 from Jun-25: mean 248 / 20 = 12.4
  const shifted = [...STEADY, 14, 15, 14, 15, 14, 15, 14, 15];

  it('the assurance says since when and why the limits cannot say; the note says where new limits start', () => {
    const view = viewOf(aMetric('M'), monthly('M', shifted, 15));
    expect(view.change).toEqual({ rule: 'shift', side: 'high', since: { key: '2025-06', label: 'Jun-25' }, points: 8, words: 'has run above its mean of 12.4 since Jun-25 (8 points)', rebaseFrom: '2025-06' });
    expect(view.assurance).toMatchObject({ code: 'process-changed', word: 'Process changed', target: 15 });
    expect(view.assurance?.because).toBe('it has run above its mean of 12.4 since Jun-25 (8 points), so its limits, set from Jun-24, describe a process it has left and cannot say whether it will meet the target of 15');
    expect(view.note).toBe('Limits set from 20 points from Jun-24. New limits can be worked out from Jun-25.');
  });

  it('with no target, the note itself says the process has changed', () => {
    expect(viewOf(aMetric('M'), monthly('M', shifted)).note).toContain('The process has changed: it has run above its mean of 12.4 since Jun-25 (8 points), so these limits no longer describe it. New limits can be worked out from Jun-25.');
  });

  it('a trend and a run beyond a limit, in words', () => {
    const rising = viewOf(aMetric('M'), monthly('M', [...STEADY, 13, 14, 15, 16, 17, 18, 19], 30));
    expect(rising.change?.words).toBe('has risen every month since May-25 (9 points)');
    const beyond = viewOf(aMetric('M', { direction: 'lower' }), monthly('M', [...STEADY, ...STEADY, 2, 1, 2], 5));
    expect(beyond.change?.words).toBe('has been below its lower process limit of 4.0 since Nov-25 (3 points)');
    expect(beyond.note).toContain('New limits can be worked out from Nov-25 once there are 6 points since then.');
  });

  it('limits worked out afresh automatically say so, and from when', () => {
    const spc = metricIn(assessPack({ ...aWorkbook({ metrics: [aMetric('M')], observations: monthly('M', shifted, 15) }), settings: { ...SETTINGS, spc: { ...SETTINGS.spc, autoRebase: true } } }, JAN_26), 'M').spc;
    const view = spcView(aMetric('M'), spc, 'icb', 7);
    expect(view.autoRebased?.since.label).toBe('Jun-25');
    expect(view.rebasedFrom).toEqual(['Jun-25']);
    expect(view.note).toContain('The limits were worked out afresh from Jun-25 automatically, where a change of process began: it ran above its earlier mean of 12.4 from Jun-25 on (8 points).');
  });

  it('a reading the latest six points disprove is withheld, and says why', () => {
    const values = [...STEADY, ...STEADY.slice(0, 11), 18];
    const first = monthIndex(2026, 1) - values.length + 1;
    const rows = values.map((actual, i) => aRow('M', periodOfMonthIndex(first + i), i >= 18 ? { actual, plan: i === 23 ? 18 : 9 } : { actual }));
    const view = viewOf(aMetric('M'), rows);
    expect(view.assurance).toBeUndefined();
    expect(view.assuranceWithheld?.because).toMatch(/^the target of 18 lies above the upper process limit of 17\.3, which says it will be missed every month, yet each of the latest 6 months met its plan/);
  });

  it('a constant series and an all-suppressed one get a sentence, no chart', () => {
    expect(viewOf(aMetric('M'), monthly('M', Array<number>(10).fill(0), 0)).note).toBe('No SPC chart: the figure is 0 in every month from Apr-25 to Jan-26 (10 figures), so there is no variation to chart and no SPC icons.');
    expect(viewOf(aMetric('M', { suppressBelow: 5 }), monthly('M', [0, '*', 0, 0, 0, 0, 0])).note).toBe(
      'No SPC chart: the figure is 0 in each of the 6 months with a figure from Jul-25 to Jan-26; 1 month is suppressed (under 5). With no variation among the figures shown, there are no SPC limits or icons.',
    );
    expect(viewOf(aMetric('M', { suppressBelow: 5 }), monthly('M', ['*', '*', '*'])).note).toBe('No SPC chart: every figure from Nov-25 to Jan-26 is suppressed (under 5), so there is nothing to chart and no SPC icons.');
  });
});
