import { needsDiscussion } from '../needs-discussion.js';
import type { MetricView, PackModel } from '../pack-model.js';

/** Where a metric's chart is in the slide pack: after its area's slide, in the appendix, or nowhere. */
export type ChartPlace = 'main' | 'appendix';

/**
 * Where a metric's chart goes (Settings, "Chart slides"): with `exceptions`, the metrics that need
 * discussion (see `needsDiscussion`) after their area's slide and the others in the appendix; with
 * `all`, every one after its area; with `none`, no chart slides. A metric with no figures yet has
 * no chart.
 */
export function chartPlace(model: Pick<PackModel, 'chartSlides'>, metric: MetricView): ChartPlace | undefined {
  const hasFigures = metric.levels.some((level) => level.history.length > 0);
  if (!hasFigures || model.chartSlides === 'none') return undefined;
  if (model.chartSlides === 'all') return 'main';
  return needsDiscussion(metric) ? 'main' : 'appendix';
}
