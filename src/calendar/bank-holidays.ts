import { easterSunday } from './easter.js';
import { addDays, isoDate, weekdayOf, type IsoDate } from './iso-date.js';

/**
 * Bank holidays in England (and Wales), worked out rather than looked up, so that a meeting
 * years ahead gets a deadline without a download. The regular pattern has held since 1978, when
 * the early May bank holiday began; the one-off changes made by royal proclamation since then are
 * listed in {@link ONE_OFF_CHANGES}. Checked against the published list at
 * https://www.gov.uk/bank-holidays (tests/calendar/bank-holidays.test.ts).
 *
 * A holiday proclaimed after this was written is not known here: add it to ONE_OFF_CHANGES.
 */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** True where the day stands in for a holiday that fell at a weekend. */
  readonly substitute: boolean;
}

/** The one-off changes: a regular holiday moved to another day, or an extra holiday. */
interface OneOffChange {
  readonly year: number;
  /** The regular holiday moved, by name; absent for an extra holiday. */
  readonly moves?: string;
  readonly date: IsoDate;
  readonly name: string;
}

export const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  { year: 1995, moves: 'Early May bank holiday', date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
  { year: 1999, date: '1999-12-31', name: 'Millennium Celebrations' },
  { year: 2002, moves: 'Spring bank holiday', date: '2002-06-04', name: 'Spring bank holiday' },
  { year: 2002, date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { year: 2011, date: '2011-04-29', name: 'Royal wedding' },
  { year: 2012, moves: 'Spring bank holiday', date: '2012-06-04', name: 'Spring bank holiday' },
  { year: 2012, date: '2012-06-05', name: 'Diamond Jubilee bank holiday' },
  { year: 2020, moves: 'Early May bank holiday', date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
  { year: 2022, moves: 'Spring bank holiday', date: '2022-06-02', name: 'Spring bank holiday' },
  { year: 2022, date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { year: 2022, date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { year: 2023, date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): IsoDate {
  if (n === 1) {
    const first = isoDate(year, month, 1);
    return addDays(first, (8 - weekdayOf(first)) % 7);
  }
  const last = isoDate(year, month + 1, 0);
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

/** New Year's Day, or the Monday after it when it falls at a weekend. */
function newYear(year: number): BankHoliday {
  const day = isoDate(year, 1, 1);
  const weekday = weekdayOf(day);
  if (weekday === 6) return { date: addDays(day, 2), name: 'New Year’s Day', substitute: true };
  if (weekday === 0) return { date: addDays(day, 1), name: 'New Year’s Day', substitute: true };
  return { date: day, name: 'New Year’s Day', substitute: false };
}

/**
 * Christmas Day and Boxing Day. Where either falls at a weekend its holiday moves to the next
 * weekday that is not already a holiday: Christmas on a Saturday gives Monday 27 and Tuesday 28;
 * on a Sunday, Boxing Day stays on Monday 26 and Christmas moves to Tuesday 27.
 */
function christmas(year: number): BankHoliday[] {
  const christmasDay = isoDate(year, 12, 25);
  const boxingDay = isoDate(year, 12, 26);
  switch (weekdayOf(christmasDay)) {
    case 5: // Friday: Boxing Day is a Saturday
      return [
        { date: christmasDay, name: 'Christmas Day', substitute: false },
        { date: addDays(boxingDay, 2), name: 'Boxing Day', substitute: true },
      ];
    case 6:
      return [
        { date: addDays(christmasDay, 2), name: 'Christmas Day', substitute: true },
        { date: addDays(boxingDay, 2), name: 'Boxing Day', substitute: true },
      ];
    case 0:
      return [
        { date: boxingDay, name: 'Boxing Day', substitute: false },
        { date: addDays(christmasDay, 2), name: 'Christmas Day', substitute: true },
      ];
    default:
      return [
        { date: christmasDay, name: 'Christmas Day', substitute: false },
        { date: boxingDay, name: 'Boxing Day', substitute: false },
      ];
  }
}

/** The regular pattern, before one-off changes. */
function regularHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const regular = (date: IsoDate, name: string): BankHoliday => ({ date, name, substitute: false });
  return [
    newYear(year),
    regular(addDays(easter, -2), 'Good Friday'),
    regular(addDays(easter, 1), 'Easter Monday'),
    regular(monday(year, 5, 1), 'Early May bank holiday'),
    regular(monday(year, 5, -1), 'Spring bank holiday'),
    regular(monday(year, 8, -1), 'Summer bank holiday'),
    ...christmas(year),
  ];
}

/** The bank holidays in England of a calendar year, in date order. */
export function englishBankHolidays(year: number): BankHoliday[] {
  const changes = ONE_OFF_CHANGES.filter((c) => c.year === year);
  const holidays = regularHolidays(year).map((holiday) => {
    const move = changes.find((c) => c.moves === holiday.name);
    return move === undefined ? holiday : { date: move.date, name: move.name, substitute: false };
  });
  const extra = changes.filter((c) => c.moves === undefined).map((c) => ({ date: c.date, name: c.name, substitute: false }));
  return [...holidays, ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const byYear = new Map<number, ReadonlySet<IsoDate>>();

/** Whether a date is a bank holiday in England. */
export function isEnglishBankHoliday(iso: IsoDate): boolean {
  const year = Number(iso.slice(0, 4));
  let dates = byYear.get(year);
  if (dates === undefined) {
    dates = new Set(englishBankHolidays(year).map((h) => h.date));
    byYear.set(year, dates);
  }
  return dates.has(iso);
}
