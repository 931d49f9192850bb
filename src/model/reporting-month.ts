import type { MonthPeriod } from './pack-workbook.js';
import { parsePeriodText } from './parse-period.js';

/** A reporting month that is not one (`2026-13`, `January`): the reason says what was expected. */
export class MonthError extends RangeError {
  override readonly name = 'MonthError';
}

/**
 * The reporting month of a pack or a merge, from its `YYYY-MM` form (`--month 2026-01`): the one
 * parser behind the command line and the public API. Throws a MonthError that says what is wrong
 * ("2026-13" has no month 13; months run 01 to 12).
 */
export function parseMonth(text: string): MonthPeriod {
  const trimmed = text.trim();
  const parsed = parsePeriodText(trimmed);
  if (!/^\d{4}-\d{1,2}$/.test(trimmed)) {
    const like = parsed.ok && parsed.period.kind === 'month' ? `${parsed.period.year}-${String(parsed.period.month).padStart(2, '0')}` : '2026-01';
    throw new MonthError(`a month is written YYYY-MM, e.g. ${like}; got "${text}"`);
  }
  if (!parsed.ok) throw new MonthError(parsed.reason);
  if (parsed.period.kind !== 'month') throw new MonthError(`a month is written YYYY-MM, e.g. 2026-01; got "${text}"`);
  return parsed.period;
}

/**
 * Checks a month handed to the public API by code rather than read by `parseMonth`: a month
 * object `{ kind: 'month', year, month }` with a month 1 to 12 of a plausible year. Throws a
 * MonthError naming what is wrong, so that `month: 13` is refused at once rather than found to
 * have "nothing for undefined 2026".
 */
export function checkMonth(month: MonthPeriod): MonthPeriod {
  const { year, month: number } = month as { year: unknown; month: unknown };
  if (month?.kind !== 'month' || !Number.isInteger(year) || !Number.isInteger(number)) {
    throw new MonthError(`the month must be a month such as parseMonth('2026-01') gives; got ${JSON.stringify(month)}`);
  }
  return parseMonth(`${String(year)}-${String(number).padStart(2, '0')}`);
}
