import type { Figure, Unit, YearEndPlan } from '../model/pack-workbook.js';

/**
 * Figures printed as the reference packs print them: 57.3%, 18,815, 00:32:34, £85.65m. Suppressed
 * counts print as `*`.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/** Printed where a table or sentence has no figure to give, as the reference prints it. */
export const NO_FIGURE = '–';

function grouped(value: number, decimals: number): string {
  let formatter = formatters.get(decimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/** `00:32:34`; hours beyond 99 keep all their digits. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** How a negative figure prints: `-4.2` or, as finance papers print them, `(41.91)`. */
export type NegativeStyle = 'minus' | 'brackets';

export interface FigureStyle {
  readonly unit: Unit;
  readonly decimals: number;
  /** Print the unit with money and rates (£85.65m, 4.0 per 1,000); tables whose header names the unit leave it off. */
  readonly withUnit?: boolean;
  /** Money prints its negatives in brackets unless told otherwise; every other unit with a minus sign. */
  readonly negatives?: NegativeStyle;
}

/** How a table's heading names a unit its cells then leave off: `£m`, `£'000`, `per 1,000`. */
export const HEADING_UNIT: Partial<Record<Unit, string>> = { 'gbp-millions': '£m', 'gbp-thousands': "£'000", 'rate-per-1000': 'per 1,000' };

/**
 * A figure for a column whose heading names its unit: the number without the unit where the
 * figure printed is the number with it (`4.3`, not `4.3 per 1,000`); a worded figure as it is.
 */
export function figureUnderHeading(figure: { readonly display: string; readonly value?: number } | undefined, style: FigureStyle): string {
  if (figure === undefined) return NO_FIGURE;
  // a unit no heading names prints the same with and without it: the figure as it is
  if (figure.value === undefined || HEADING_UNIT[style.unit] === undefined || figure.display !== formatNumber(figure.value, { ...style, withUnit: true })) return figure.display;
  return formatNumber(figure.value, { ...style, withUnit: false });
}

const MONEY: ReadonlySet<Unit> = new Set(['gbp-millions', 'gbp-thousands']);

/** The figure's digits without its sign: `41.91`, `57.3`, `00:32:34`. */
function digitsOf(magnitude: number, unit: Unit, decimals: number): string {
  if (unit === 'duration') return formatDuration(magnitude);
  return grouped(unit === 'percent' ? magnitude * 100 : magnitude, decimals);
}

/** The digits with the unit's marks: `57.3%`, `£41.91m`, `4.0 per 1,000`. */
function withMarks(digits: string, unit: Unit, withUnit: boolean): string {
  if (unit === 'percent') return `${digits}%`;
  if (!withUnit) return digits;
  if (unit === 'gbp-millions') return `£${digits}m`;
  if (unit === 'gbp-thousands') return `£${digits}k`;
  return unit === 'rate-per-1000' ? `${digits} per 1,000` : digits;
}

/**
 * A number in a unit's canonical form (percent as a fraction, durations in seconds), printed. A
 * negative prints `(£41.91m)` or `(41.91)` for money, as finance papers print it, and `-4.2`
 * otherwise; a figure that rounds to nought has no sign (`0.0`, never `-0.0`).
 */
export function formatNumber(value: number, style: FigureStyle): string {
  const { unit, decimals, withUnit = false } = style;
  const digits = digitsOf(Math.abs(value), unit, decimals);
  const text = withMarks(digits, unit, withUnit);
  if (!(value < 0) || !/[1-9]/.test(digits)) return text;
  const negatives = style.negatives ?? (MONEY.has(unit) ? 'brackets' : 'minus');
  return negatives === 'brackets' ? `(${text})` : `-${text}`;
}

/** An actual as the pack shows it: the number, or `*` where suppressed. */
export function formatFigure(figure: Figure, style: FigureStyle): string {
  return figure.kind === 'suppressed' ? '*' : formatNumber(figure.value, style);
}

export function formatYearEndPlan(plan: YearEndPlan, style: FigureStyle): string {
  return plan.kind === 'text' ? plan.text : formatNumber(plan.value, style);
}
