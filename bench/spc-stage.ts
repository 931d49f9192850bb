import { performance } from 'node:perf_hooks';
import { indexObservations } from '../src/assess/observation-index.js';
import { rateHeadline } from '../src/assess/rate-metric.js';
import { createRatingContext } from '../src/assess/rating-context.js';
import { assessSpc } from '../src/assess/spc/assess-spc.js';
import { spcView } from '../src/compose/spc-view.js';
import type { MonthPeriod, PackWorkbook } from '../src/model/pack-workbook.js';

/**
 * The SPC stage alone: every metric's XmR chart, special causes and icons (assess), and its view
 * in words (compose), timed cold in a fresh process, so the time is an upper bound of what SPC
 * adds to a pack build. The headline levels it needs come from the ratings, which are not timed.
 */
export function timeSpcStage(workbook: PackWorkbook, month: MonthPeriod): { spcMs: number; charted: number } {
  const observations = indexObservations(workbook.observations, workbook.levels);
  const context = createRatingContext(workbook, observations, month, 'this-pack');
  const headlines = workbook.metrics.map((metric) => rateHeadline(context, metric).headlineLevelId);
  const start = performance.now();
  let charted = 0;
  workbook.metrics.forEach((metric, i) => {
    const levelId = headlines[i];
    const rows = levelId === undefined ? undefined : observations.get(metric.id)?.byLevel.get(levelId);
    const spc = assessSpc(metric, levelId, rows, month, workbook.settings.spc);
    if (spcView(metric, spc, workbook.levels[0]?.id ?? '', workbook.settings.spc.shiftLength).series.length > 0) charted++;
  });
  return { spcMs: performance.now() - start, charted };
}
