import { formatNumber } from '../format-figure.js';
import type { MetricView, SpcView } from '../pack-model.js';

/** A metric's SPC reading in words, as the charts' facts and alt texts give it. */

/** A mean, limit or target of the metric's SPC, printed as the pack prints the metric. */
export function spcFigure(metric: MetricView, value: number, decimals = metric.decimals): string {
  return formatNumber(value, { unit: metric.unitCode, decimals, withUnit: true });
}

/** The variation icon's word and why, or why there is none. */
export function variationText(spc: SpcView): string {
  if (spc.variation === undefined) return 'no icon (see the note on the limits)';
  return spc.variation.because === undefined ? spc.variation.word : `${spc.variation.word}: ${spc.variation.because}`;
}

/** The assurance icon's word and why (the target against the limits, or the change of process), or why there is none. */
export function assuranceText(metric: MetricView, spc: SpcView): string {
  const { assurance, assuranceWithheld } = spc;
  if (assuranceWithheld !== undefined) return `no icon: ${assuranceWithheld.because}`;
  if (assurance === undefined) return 'no icon (see the note on the limits)';
  if (assurance.because !== undefined) return `${assurance.word}: ${assurance.because}`;
  return `${assurance.word} (target ${assurance.targetDisplay ?? spcFigure(metric, assurance.target)})`;
}
