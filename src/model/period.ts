/**
 * Reporting periods. A month is counted as `year * 12 + (month - 1)` (a "month index") so that
 * periods of any length compare by the months they start and end in. NHS financial years run
 * April to March; `2025/26 Q1` is April to June 2025.
 */
export type Period =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly fyStart: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'financial-year'; readonly fyStart: number }
  | { readonly kind: 'calendar-year'; readonly year: number };

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', year, month };
}

/** The month period of a month index. */
export function periodOfMonthIndex(index: number): Period & { kind: 'month' } {
  return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** First month (as a month index) the period covers. */
export function startMonth(period: Period): number {
  switch (period.kind) {
    case 'month':
      return monthIndex(period.year, period.month);
    case 'quarter':
      return monthIndex(period.fyStart, 4) + (period.quarter - 1) * 3;
    case 'financial-year':
      return monthIndex(period.fyStart, 4);
    case 'calendar-year':
      return monthIndex(period.year, 1);
  }
}

/** Last month (as a month index) the period covers. */
export function endMonth(period: Period): number {
  return startMonth(period) + monthsIn(period) - 1;
}

export function monthsIn(period: Period): number {
  switch (period.kind) {
    case 'month':
      return 1;
    case 'quarter':
      return 3;
    case 'financial-year':
    case 'calendar-year':
      return 12;
  }
}

/** Whether `outer` covers every month of `inner`. */
export function periodContains(outer: Period, inner: Period): boolean {
  return startMonth(outer) <= startMonth(inner) && endMonth(inner) <= endMonth(outer);
}

/** The financial year (its starting calendar year) a month index falls in. */
export function financialYearOfMonth(index: number): number {
  const { year, month } = periodOfMonthIndex(index);
  return month >= 4 ? year : year - 1;
}

/** The NHS quarter a month index falls in. */
export function quarterOfMonth(index: number): Period & { kind: 'quarter' } {
  const fyStart = financialYearOfMonth(index);
  const quarter = (Math.floor((index - monthIndex(fyStart, 4)) / 3) + 1) as 1 | 2 | 3 | 4;
  return { kind: 'quarter', fyStart, quarter };
}

/** `2025/26` */
export function financialYearLabel(fyStart: number): string {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}

/** A stable key for maps and JSON: `2026-01`, `2025/26-Q2`, `2025/26`, `2023`. */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'quarter':
      return `${financialYearLabel(period.fyStart)}-Q${period.quarter}`;
    case 'financial-year':
      return financialYearLabel(period.fyStart);
    case 'calendar-year':
      return String(period.year);
  }
}

/** The label the reference packs print: `Dec-25`, `Q2 25/26`, `2023/24`, `2023`. */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${MONTH_ABBREVIATIONS[period.month - 1]}-${String(period.year % 100).padStart(2, '0')}`;
    case 'quarter':
      return `Q${period.quarter} ${String(period.fyStart % 100).padStart(2, '0')}/${String((period.fyStart + 1) % 100).padStart(2, '0')}`;
    case 'financial-year':
      return financialYearLabel(period.fyStart);
    case 'calendar-year':
      return String(period.year);
  }
}

/** `January 2026` */
export function monthLongLabel(period: Period & { kind: 'month' }): string {
  return `${MONTH_NAMES[period.month - 1]} ${period.year}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}

/** Orders periods by their end month, then shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return endMonth(a) - endMonth(b) || monthsIn(a) - monthsIn(b) || startMonth(a) - startMonth(b);
}

export { MONTH_ABBREVIATIONS, MONTH_NAMES };
