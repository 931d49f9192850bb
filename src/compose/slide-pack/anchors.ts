import type { AreaView, MetricView } from '../pack-model.js';

/**
 * The names links use for slides whose numbers are not yet known. Fixed anchors: `title`,
 * `guide`, `executive-summary`, `contents`, `notes`, `summary`, `charts`, `finance`, `appendix`.
 */
export function areaAnchor(area: AreaView): string {
  return `area:${area.id}`;
}

export function chartAnchor(metric: MetricView): string {
  return `chart:${metric.id}`;
}
