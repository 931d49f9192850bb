import { MONTH_ABBREVIATIONS, MONTH_NAMES, type Period } from './period.js';

export type PeriodParse = { ok: true; period: Period } | { ok: false; reason: string };

const EXAMPLES = 'a month like 2026-01 or Jan-26, a quarter like 2025/26 Q2, a financial year like 2025/26, or a year like 2023';

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTH_ABBREVIATIONS.findIndex((m, i) => lower === m.toLowerCase() || lower === MONTH_NAMES[i]?.toLowerCase() || (lower === 'sept' && i === 8));
  return index === -1 ? undefined : index + 1;
}

/** A two- or four-digit year: 26 -> 2026. */
function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

function financialYearStart(first: string, second: string): number | undefined {
  const start = fullYear(first);
  const end = fullYear(second);
  return end === start + 1 ? start : undefined;
}

function quarter(q: string): 1 | 2 | 3 | 4 | undefined {
  const n = Number(q);
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : undefined;
}

function validYear(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

/**
 * Reads a period typed as text: `2026-01`, `Jan-26`, `January 2026`, `2025/26 Q2`, `Q2 2025/26`,
 * `2025/26`, `2023`. Returns a reason an officer can act on when it cannot.
 */
export function parsePeriodText(text: string): PeriodParse {
  const t = text.trim().replace(/\s+/g, ' ');
  let m: RegExpMatchArray | null;
  const fail: PeriodParse = { ok: false, reason: `expected ${EXAMPLES}, got "${text}"` };

  if ((m = t.match(/^(\d{4})-(\d{1,2})$/))) {
    const month = Number(m[2]);
    const year = Number(m[1]);
    if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}; months run 01 to 12` };
    return validYear(year) ? { ok: true, period: { kind: 'month', year, month } } : fail;
  }
  if ((m = t.match(/^([A-Za-z]+)[- ](\d{2}|\d{4})$/))) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? fail : { ok: true, period: { kind: 'month', year: fullYear(m[2] ?? ''), month } };
  }
  if ((m = t.match(/^(\d{4}|\d{2})\/(\d{2}|\d{4}) ?Q([1-4])$/i)) || (m = t.match(/^Q([1-4]) (\d{4}|\d{2})\/(\d{2}|\d{4})$/i))) {
    const [a, b, q] = /^Q/i.test(t) ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
    const fyStart = financialYearStart(a ?? '', b ?? '');
    const qn = quarter(q ?? '');
    if (fyStart === undefined) return { ok: false, reason: `"${text}" is not a financial year: the second year must follow the first, as in 2025/26` };
    return qn === undefined ? fail : { ok: true, period: { kind: 'quarter', fyStart, quarter: qn } };
  }
  if (/^Q[1-4]$/i.test(t)) {
    return { ok: false, reason: `"${text}" needs its financial year, e.g. 2025/26 ${t.toUpperCase()}` };
  }
  if ((m = t.match(/^(\d{4})\/(\d{2}|\d{4})$/))) {
    const fyStart = financialYearStart(m[1] ?? '', m[2] ?? '');
    if (fyStart === undefined) return { ok: false, reason: `"${text}" is not a financial year: the second year must follow the first, as in 2025/26` };
    return { ok: true, period: { kind: 'financial-year', fyStart } };
  }
  if ((m = t.match(/^(\d{4})$/))) {
    const year = Number(m[1]);
    return validYear(year) ? { ok: true, period: { kind: 'calendar-year', year } } : fail;
  }
  return fail;
}

/** An Excel date cell as a month period (the day is ignored). Dates are read in UTC. */
export function periodOfDate(date: Date): Period {
  return { kind: 'month', year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Reads a `--month` or a Month cell: only `YYYY-MM` months (or month-like text) are accepted. */
export function parseMonthText(text: string): { ok: true; period: Period & { kind: 'month' } } | { ok: false; reason: string } {
  const parsed = parsePeriodText(text);
  if (parsed.ok && parsed.period.kind === 'month') return { ok: true, period: parsed.period };
  if (!parsed.ok && /^(\d{4})-(\d{1,2})$/.test(text.trim())) return parsed;
  return { ok: false, reason: `expected a month like 2026-01, got "${text}"` };
}
