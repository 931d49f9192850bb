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
  // -0 would print as "-0"
  const text = formatter.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
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

export interface FigureStyle {
  readonly unit: Unit;
  readonly decimals: number;
  /** Print the unit with money and rates (£85.65m, 4.0 per 1,000); tables whose header names the unit leave it off. */
  readonly withUnit?: boolean;
}

/** A number in a unit's canonical form (percent as a fraction, durations in seconds), printed. */
export function formatNumber(value: number, style: FigureStyle): string {
  const { unit, decimals, withUnit = false } = style;
  switch (unit) {
    case 'percent':
      return `${grouped(value * 100, decimals)}%`;
    case 'duration':
      return formatDuration(value);
    case 'gbp-millions':
      return withUnit ? `£${grouped(value, decimals)}m` : grouped(value, decimals);
    case 'gbp-thousands':
      return withUnit ? `£${grouped(value, decimals)}k` : grouped(value, decimals);
    case 'rate-per-1000':
      return withUnit ? `${grouped(value, decimals)} per 1,000` : grouped(value, decimals);
    case 'count':
    case 'ratio':
    case 'number':
      return grouped(value, decimals);
  }
}

/** An actual as the pack shows it: the number, or `*` where suppressed. */
export function formatFigure(figure: Figure, style: FigureStyle): string {
  return figure.kind === 'suppressed' ? '*' : formatNumber(figure.value, style);
}

export function formatYearEndPlan(plan: YearEndPlan, style: FigureStyle): string {
  return plan.kind === 'text' ? plan.text : formatNumber(plan.value, style);
}
