import { describe, expect, test } from 'vitest';
import { periodCell } from '../../src/model/cell-schemas.js';
import { parseMonthText, parsePeriodText, periodOfDate } from '../../src/model/parse-period.js';
import type { Period } from '../../src/model/period.js';

const month = (year: number, m: number): Period => ({ kind: 'month', year, month: m });
const quarter = (fyStart: number, q: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', fyStart, quarter: q });

describe('parsePeriodText accepts every form officers type', () => {
  const accepted: [string, Period][] = [
    ['2026-01', month(2026, 1)],
    ['2026-1', month(2026, 1)],
    ['Jan-26', month(2026, 1)],
    ['jan-26', month(2026, 1)],
    ['Dec-2025', month(2025, 12)],
    ['January 2026', month(2026, 1)],
    ['Sept-25', month(2025, 9)],
    ['Sep-25', month(2025, 9)],
    ['2025/26 Q2', quarter(2025, 2)],
    ['2025/26Q2', quarter(2025, 2)],
    ['Q2 2025/26', quarter(2025, 2)],
    ['Q2 25/26', quarter(2025, 2)],
    ['q4 2025/2026', quarter(2025, 4)],
    ['2025/26', { kind: 'financial-year', fyStart: 2025 }],
    ['2025/2026', { kind: 'financial-year', fyStart: 2025 }],
    ['2023', { kind: 'calendar-year', year: 2023 }],
    ['  Jan-26  ', month(2026, 1)],
  ];
  test.each(accepted)('%s', (text, period) => {
    expect(parsePeriodText(text)).toEqual({ ok: true, period });
  });
});

describe('parsePeriodText says what is wrong', () => {
  const examples = 'a month like 2026-01 or Jan-26, a quarter like 2025/26 Q2, a financial year like 2025/26, or a year like 2023';
  const rejected: [string, string][] = [
    ['Q3', '"Q3" needs its financial year, e.g. 2025/26 Q3'],
    ['2025-13', '"2025-13" has no month 13; months run 01 to 12'],
    ['2025/27', '"2025/27" is not a financial year: the second year must follow the first, as in 2025/26'],
    ['Q1 2025/27', '"Q1 2025/27" is not a financial year: the second year must follow the first, as in 2025/26'],
    ['Dec 2025x', `expected ${examples}, got "Dec 2025x"`],
    ['Decembre-25', `expected ${examples}, got "Decembre-25"`],
    ['TBC', `expected ${examples}, got "TBC"`],
    ['1899', `expected ${examples}, got "1899"`],
  ];
  test.each(rejected)('%s', (text, reason) => {
    expect(parsePeriodText(text)).toEqual({ ok: false, reason });
  });
});

describe('Excel date cells', () => {
  test('an Excel date is the month it falls in, read in UTC', () => {
    expect(periodOfDate(new Date(Date.UTC(2025, 11, 1)))).toEqual(month(2025, 12));
    expect(periodOfDate(new Date(Date.UTC(2026, 0, 31, 23, 59)))).toEqual(month(2026, 1));
  });

  test('a date cell in the Period column', () => {
    expect(periodCell.parse({ kind: 'date', date: new Date(Date.UTC(2025, 11, 1)), format: 'mmm-yy' })).toEqual(month(2025, 12));
  });

  test('a year typed as a number in the Period column', () => {
    expect(periodCell.parse({ kind: 'number', value: 2023 })).toEqual({ kind: 'calendar-year', year: 2023 });
  });
});

describe('parseMonthText', () => {
  test('accepts months only', () => {
    expect(parseMonthText('2026-01')).toEqual({ ok: true, period: month(2026, 1) });
    expect(parseMonthText('Jan-26')).toEqual({ ok: true, period: month(2026, 1) });
    expect(parseMonthText('2025/26 Q4')).toEqual({ ok: false, reason: 'expected a month like 2026-01, got "2025/26 Q4"' });
  });

  test('keeps the precise reason for a month that does not exist', () => {
    expect(parseMonthText('2026-13')).toEqual({ ok: false, reason: '"2026-13" has no month 13; months run 01 to 12' });
  });
});
