import type { HistoryPointView, LevelFigures, MetricView, PackModel } from './pack-model.js';

/** The level whose figures head the metric (the system, or the provider for a trust-only metric). */
export function headlineOf(metric: MetricView): LevelFigures | undefined {
  return metric.levels.find((l) => l.level === metric.headlineLevel) ?? metric.levels[0];
}

/** `2025/26` -> `Mar-26`: the month the year-end plan is for. */
export function yearEndLabel(model: PackModel): string {
  const match = /^\d{4}\/(\d{2})$/.exec(model.financialYear);
  return match === null ? model.financialYear : `Mar-${match[1] ?? ''}`;
}

/** The number behind a history point's actual, in the chart's units; null when absent or suppressed. */
export function chartValue(metric: MetricView, value: number | undefined): number | null {
  if (value === undefined) return null;
  // Durations are held in seconds; a chart shows them as Excel times, which count in days.
  return metric.unit === 'duration' ? value / 86_400 : value;
}

export function actualValue(point: HistoryPointView): number | undefined {
  return point.actual === undefined || point.actual.suppressed ? undefined : point.actual.value;
}

/** Decimal places of a printed figure: `65.96%` -> 2, `18,815` -> 0. */
function decimalsOf(display: string | undefined): number {
  const match = /\.(\d+)/.exec(display ?? '');
  return match?.[1]?.length ?? 0;
}

/** The Excel number format a chart's value axis uses for the metric, as the pack prints it. */
export function valueFormat(metric: MetricView): string {
  const sample = headlineOf(metric)?.history.findLast((p) => p.actual !== undefined && !p.actual.suppressed)?.actual?.display;
  const decimals = decimalsOf(sample);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (metric.unit) {
    case 'percent':
      return `0${fraction}%`;
    case 'duration':
      return '[h]:mm:ss';
    case 'count':
      return '#,##0';
    default:
      return `#,##0${fraction}`;
  }
}

/** "higher is better" -> "Higher is better". */
export function directionSentence(metric: MetricView): string {
  const text = metric.direction === 'neither' ? 'Neither higher nor lower is better' : metric.direction;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
