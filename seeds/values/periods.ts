/** Period keys as the sample's Values sheet types them: 2025-12, 2025/26 Q2, 2023/24, 2023. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function monthNumber(key: string): [number, number] {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m === null) throw new Error(`not a month key: ${key}`);
  return [Number(m[1]), Number(m[2])];
}

/** Every month from `from` to `to`, both included. */
export function months(from: string, to: string): string[] {
  const [y0, m0] = monthNumber(from);
  const [y1, m1] = monthNumber(to);
  const keys: string[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++) {
    keys.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

export function isMonth(key: string): boolean {
  return /^\d{4}-\d{2}$/.test(key);
}

/** The calendar month (1-12) of a month key. */
export function calendarMonth(key: string): number {
  return monthNumber(key)[1];
}

/** `2025-12` -> `Dec-25`, as some officers type it. */
export function monthAbbreviation(key: string): string {
  const [year, month] = monthNumber(key);
  return `${MONTHS[month - 1]}-${String(year % 100).padStart(2, '0')}`;
}

function fyLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Quarters of financial years, `2023/24 Q1` .. `2025/26 Q2`. */
export function quarters(fromFy: number, fromQ: number, toFy: number, toQ: number): string[] {
  const keys: string[] = [];
  for (let i = fromFy * 4 + fromQ - 1; i <= toFy * 4 + toQ - 1; i++) keys.push(`${fyLabel(Math.floor(i / 4))} Q${(i % 4) + 1}`);
  return keys;
}

export function financialYears(from: number, to: number): string[] {
  const keys: string[] = [];
  for (let y = from; y <= to; y++) keys.push(fyLabel(y));
  return keys;
}

export function calendarYears(from: number, to: number): string[] {
  const keys: string[] = [];
  for (let y = from; y <= to; y++) keys.push(String(y));
  return keys;
}

/** The months of the plan year 2025/26. */
export const PLAN_MONTHS = months('2025-04', '2026-03');

/** The month index a period key ends in, and how many months it spans: for sorting rows. */
export function periodSpan(key: string): [end: number, length: number] {
  let m: RegExpMatchArray | null;
  if ((m = key.match(/^(\d{4})-(\d{2})$/))) return [Number(m[1]) * 12 + Number(m[2]) - 1, 1];
  if ((m = key.match(/^(\d{4})\/\d{2} Q([1-4])$/))) return [Number(m[1]) * 12 + 3 + Number(m[2]) * 3 - 1, 3];
  if ((m = key.match(/^(\d{4})\/\d{2}$/))) return [Number(m[1]) * 12 + 14, 12];
  if ((m = key.match(/^(\d{4})$/))) return [Number(m[1]) * 12 + 11, 12];
  throw new Error(`not a period key: ${key}`);
}

/** Orders period keys by the month they end in, shorter periods first. */
export function comparePeriodKeys(a: string, b: string): number {
  const [ea, la] = periodSpan(a);
  const [eb, lb] = periodSpan(b);
  return ea - eb || la - lb;
}
