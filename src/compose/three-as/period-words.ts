import { MONTH_NAMES } from '../../model/period.js';

/**
 * The pack model names periods by key (`2025-11`, `2025/26-Q2`, `2025/26`, `2023`) and label
 * (`Nov-25`). A drafted 3As item says them as a committee paper does: "in November", "since
 * November 2024", "in Q2 25/26".
 */
export interface PeriodName {
  readonly key: string;
  readonly label: string;
}

/** A period key's place in its own kind's sequence: consecutive periods differ by one. */
function periodNumber(key: string): { readonly kind: string; readonly n: number } | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month !== null) return { kind: 'month', n: Number(month[1]) * 12 + Number(month[2]) - 1 };
  const quarter = /^(\d{4})\/\d{2}-Q([1-4])$/.exec(key);
  if (quarter !== null) return { kind: 'quarter', n: Number(quarter[1]) * 4 + Number(quarter[2]) - 1 };
  const financialYear = /^(\d{4})\/\d{2}$/.exec(key);
  if (financialYear !== null) return { kind: 'financial-year', n: Number(financialYear[1]) };
  const year = /^(\d{4})$/.exec(key);
  return year === null ? undefined : { kind: 'calendar-year', n: Number(year[1]) };
}

/** Whether `later` is the period straight after `earlier`, of the same kind. */
export function followsOn(earlier: string, later: string): boolean {
  const a = periodNumber(earlier);
  const b = periodNumber(later);
  return a !== undefined && b !== undefined && a.kind === b.kind && b.n === a.n + 1;
}

/**
 * A period in words beside the pack's month: a month of the last twelve by its name alone
 * ("November"), an earlier month with its year ("November 2024"), any other period by its label
 * ("Q2 25/26").
 */
export function periodInWords(period: PeriodName, packMonthKey: string): string {
  const month = periodNumber(period.key);
  const pack = periodNumber(packMonthKey);
  if (month?.kind !== 'month' || pack?.kind !== 'month') return period.label;
  const name = MONTH_NAMES[month.n % 12] ?? period.label;
  const monthsBefore = pack.n - month.n;
  return monthsBefore >= 0 && monthsBefore < 12 ? name : `${name} ${Math.floor(month.n / 12)}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'] as const;

/** 8 -> `eighth`; past twelve in figures: `13th`, `21st`, `22nd`. */
export function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word !== undefined) return word;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
