import type { PackAssessment } from '../assess/assessment.js';
import { FEWEST_LIMIT_POINTS } from '../assess/spc/assess-spc.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { PackWorkbook } from '../model/pack-workbook.js';
import { periodKey } from '../model/period.js';
import { metricKey, type SourceMap } from '../model/source-map.js';
import { changeWords, spcFigureStyle } from './spc-view.js';

/**
 * Tells the officer where a change of process reaches the latest point: which cell to set so that
 * the limits are worked out for the changed process [spc/suggest-rebase] or, with "SPC auto
 * rebase", which rebase was worked out without asking and how to keep it [spc/auto-rebase]. Each
 * is placed at the metric's SPC rebase cell.
 */
export function warnSpcChanges(workbook: PackWorkbook, assessment: PackAssessment, sources: SourceMap, diagnostics: Diagnostics): void {
  const metrics = new Map(workbook.metrics.map((m) => [m.id, m]));
  for (const { metricId, spc } of assessment.metrics) {
    const metric = metrics.get(metricId);
    if (metric === undefined) continue;
    const place = sources.get(metricKey(metric.id, 'spcRebase')) ?? sources.get(metricKey(metric.id));
    const style = spcFigureStyle(metric);
    const setTo = (month: string) => (metric.spc.rebase.length === 0 ? `set SPC rebase to ${month}` : `add ${month} to SPC rebase (${[...metric.spc.rebase.map(periodKey), month].join(', ')})`);
    const { autoRebase, change } = spc;
    if (autoRebase?.rebaseFrom !== undefined) {
      const month = periodKey(autoRebase.rebaseFrom);
      diagnostics.warn(`${metric.id} (${metric.label}) ${changeWords(autoRebase, style, 'then')}, so its SPC limits were worked out afresh from ${month} (SPC auto rebase); to keep them when the setting is off, ${setTo(month)}`, place, 'spc/auto-rebase');
    }
    if (change?.rebaseFrom !== undefined) {
      const month = periodKey(change.rebaseFrom);
      const wait = change.points < FEWEST_LIMIT_POINTS ? ` (limits need ${FEWEST_LIMIT_POINTS} points, so it will show no SPC icons until there are ${FEWEST_LIMIT_POINTS} since then)` : '';
      diagnostics.warn(`${metric.id} (${metric.label}) ${changeWords(change, style, 'now')}; ${setTo(month)} to work out limits for the changed process${wait}`, place, 'spc/suggest-rebase');
    }
  }
}
