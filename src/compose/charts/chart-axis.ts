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

/** A chart's value axis: its range and step, and the Excel number format of its labels. */
export interface ValueAxis extends AxisRange {
  readonly numberFormat: string;
  /** Words under the axis where the unit needs them (£ millions, hours:minutes:seconds). */
  readonly title?: string;
}

const MINUTES_A_DAY = 1_440;

/**
 * Decimals the axis labels need to print its steps (a step of 2.5% needs one, of 5,000 none): the
 * data's own decimals (65.96%) would print every label as 67.00%.
 */
function axisDecimals(interval: number): number {
  for (let decimals = 0; decimals < 3; decimals += 1) {
    const scaled = interval * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 3;
}

function numberFormat(unit: string, decimals: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (unit) {
    case 'percent':
      return `0${fraction}%`;
    case 'duration':
      return '[h]:mm:ss';
    default:
      return `#,##0${fraction}`;
  }
}

const AXIS_TITLES: Readonly<Record<string, string>> = {
  'gbp-millions': '£ millions',
  'gbp-thousands': '£ thousands',
  'rate-per-1000': 'per 1,000',
  duration: 'hours:minutes:seconds',
};

/**
 * The value axis for figures in a unit, as charts hold them (durations in days, as Excel holds
 * times): fitted to the figures on round steps; durations in whole minutes (00:05:00 steps), not
 * fractions of a day; counts in whole numbers.
 */
export function valueAxisFor(unit: string, figures: readonly number[]): ValueAxis {
  const title = AXIS_TITLES[unit];
  const titled = title === undefined ? {} : { title };
  if (unit === 'duration') {
    const inMinutes = axisRange(figures.map((days) => days * MINUTES_A_DAY), { percent: false });
    const interval = Math.max(1, Math.round(inMinutes.interval));
    const minimum = Math.floor(inMinutes.minimum / interval) * interval;
    const maximum = Math.ceil(inMinutes.maximum / interval) * interval;
    return { minimum: minimum / MINUTES_A_DAY, maximum: maximum / MINUTES_A_DAY, interval: interval / MINUTES_A_DAY, numberFormat: numberFormat(unit, 0), ...titled };
  }
  const range = axisRange(figures, { percent: unit === 'percent' });
  const whole = unit === 'count' && range.interval < 1 ? { minimum: Math.floor(range.minimum), maximum: Math.max(Math.ceil(range.maximum), Math.floor(range.minimum) + 1), interval: 1 } : range;
  return { ...whole, numberFormat: numberFormat(unit, axisDecimals(unit === 'percent' ? whole.interval * 100 : whole.interval)), ...titled };
}
