/**
 * A value axis that frames a trend. Word and LibreOffice start an axis at 0 unless told otherwise,
 * which flattens a percentage moving between 70% and 80% into a straight line; so the axis is fitted
 * to the figures, on round steps, and only reaches down to 0 when the figures come near it.
 */
export interface AxisRange {
  readonly minimum: number;
  readonly maximum: number;
  readonly interval: number;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A round step that cuts `span` into about `parts` pieces: 1, 2, 2.5 or 5 times a power of ten. */
function roundStep(span: number, parts: number): number {
  const raw = span / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

/** Removes binary noise from a multiple of the step (0.30000000000000004 -> 0.3). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The axis for the given values (at least one); `percent` axes stop at 100% unless a value is above it. */
export function axisRange(values: readonly number[], options: { readonly percent: boolean }): AxisRange {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) / 10 || 1;
  const interval = roundStep(span * 1.2, 4);
  let minimum = Math.floor((low - span * 0.1) / interval) * interval;
  let maximum = Math.ceil((high + span * 0.1) / interval) * interval;
  if (low >= 0 && (minimum < 0 || low <= span)) minimum = 0;
  if (options.percent && high <= 1 && maximum > 1) maximum = 1;
  if (maximum <= minimum) maximum = minimum + interval;
  return { minimum: tidy(minimum), maximum: tidy(maximum), interval: tidy(interval) };
}
