import type { AreaView, PackModel } from './pack-model.js';

/**
 * The area whose narrative goes with the finance KPIs, in both documents: beside the slide pack's
 * finance dashboard and under the cover report's Finance heading. The pack model does not link the
 * finance KPIs to an area, so it is taken to be the first area without metrics, when there are
 * finance KPIs at all (the sample's "Finance").
 */
export function financeAreaOf(model: PackModel): AreaView | undefined {
  return model.finance.length === 0 ? undefined : model.areas.find((area) => area.metrics.length === 0);
}
