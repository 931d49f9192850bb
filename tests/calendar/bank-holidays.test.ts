import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/calendar/easter.js';
import { englishBankHolidays, isEnglishBankHoliday } from '../../src/calendar/bank-holidays.js';

/*
 * The England and Wales bank holidays as published at https://www.gov.uk/bank-holidays
 * (bank-holidays.json, "england-and-wales"), 2018 to 2026, date and title as published.
 */
const PUBLISHED: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  2018: [['2018-01-01', 'New Year’s Day'], ['2018-03-30', 'Good Friday'], ['2018-04-02', 'Easter Monday'], ['2018-05-07', 'Early May bank holiday'], ['2018-05-28', 'Spring bank holiday'], ['2018-08-27', 'Summer bank holiday'], ['2018-12-25', 'Christmas Day'], ['2018-12-26', 'Boxing Day']],
  2019: [['2019-01-01', 'New Year’s Day'], ['2019-04-19', 'Good Friday'], ['2019-04-22', 'Easter Monday'], ['2019-05-06', 'Early May bank holiday'], ['2019-05-27', 'Spring bank holiday'], ['2019-08-26', 'Summer bank holiday'], ['2019-12-25', 'Christmas Day'], ['2019-12-26', 'Boxing Day']],
  2020: [['2020-01-01', 'New Year’s Day'], ['2020-04-10', 'Good Friday'], ['2020-04-13', 'Easter Monday'], ['2020-05-08', 'Early May bank holiday (VE day)'], ['2020-05-25', 'Spring bank holiday'], ['2020-08-31', 'Summer bank holiday'], ['2020-12-25', 'Christmas Day'], ['2020-12-28', 'Boxing Day']],
  2021: [['2021-01-01', 'New Year’s Day'], ['2021-04-02', 'Good Friday'], ['2021-04-05', 'Easter Monday'], ['2021-05-03', 'Early May bank holiday'], ['2021-05-31', 'Spring bank holiday'], ['2021-08-30', 'Summer bank holiday'], ['2021-12-27', 'Christmas Day'], ['2021-12-28', 'Boxing Day']],
  2022: [['2022-01-03', 'New Year’s Day'], ['2022-04-15', 'Good Friday'], ['2022-04-18', 'Easter Monday'], ['2022-05-02', 'Early May bank holiday'], ['2022-06-02', 'Spring bank holiday'], ['2022-06-03', 'Platinum Jubilee bank holiday'], ['2022-08-29', 'Summer bank holiday'], ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'], ['2022-12-26', 'Boxing Day'], ['2022-12-27', 'Christmas Day']],
  2023: [['2023-01-02', 'New Year’s Day'], ['2023-04-07', 'Good Friday'], ['2023-04-10', 'Easter Monday'], ['2023-05-01', 'Early May bank holiday'], ['2023-05-08', 'Bank holiday for the coronation of King Charles III'], ['2023-05-29', 'Spring bank holiday'], ['2023-08-28', 'Summer bank holiday'], ['2023-12-25', 'Christmas Day'], ['2023-12-26', 'Boxing Day']],
  2024: [['2024-01-01', 'New Year’s Day'], ['2024-03-29', 'Good Friday'], ['2024-04-01', 'Easter Monday'], ['2024-05-06', 'Early May bank holiday'], ['2024-05-27', 'Spring bank holiday'], ['2024-08-26', 'Summer bank holiday'], ['2024-12-25', 'Christmas Day'], ['2024-12-26', 'Boxing Day']],
  2025: [['2025-01-01', 'New Year’s Day'], ['2025-04-18', 'Good Friday'], ['2025-04-21', 'Easter Monday'], ['2025-05-05', 'Early May bank holiday'], ['2025-05-26', 'Spring bank holiday'], ['2025-08-25', 'Summer bank holiday'], ['2025-12-25', 'Christmas Day'], ['2025-12-26', 'Boxing Day']],
  2026: [['2026-01-01', 'New Year’s Day'], ['2026-04-03', 'Good Friday'], ['2026-04-06', 'Easter Monday'], ['2026-05-04', 'Early May bank holiday'], ['2026-05-25', 'Spring bank holiday'], ['2026-08-31', 'Summer bank holiday'], ['2026-12-25', 'Christmas Day'], ['2026-12-28', 'Boxing Day']],
};

/** The substitute days gov.uk marks "Substitute day" in those years. */
const SUBSTITUTES = ['2020-12-28', '2021-12-27', '2021-12-28', '2022-01-03', '2022-12-27', '2023-01-02', '2026-12-28'];

describe('bank holidays in England', () => {
  it.each(Object.keys(PUBLISHED).map(Number))('%i: the dates and names gov.uk publishes', (year) => {
    expect(englishBankHolidays(year).map((h) => [h.date, h.name])).toEqual(PUBLISHED[year]);
  });

  it('marks the substitute days for holidays that fell at a weekend, and only those', () => {
    const substitutes = Object.keys(PUBLISHED).flatMap((year) => englishBankHolidays(Number(year)).filter((h) => h.substitute).map((h) => h.date));
    expect(substitutes).toEqual(SUBSTITUTES);
  });

  it('Easter: Good Friday and Easter Monday follow Easter Sunday, early (2008, 2016) and late (2011, 2019) alike', () => {
    expect([2008, 2011, 2016, 2019, 2038].map(easterSunday)).toEqual(['2008-03-23', '2011-04-24', '2016-03-27', '2019-04-21', '2038-04-25']);
    expect(englishBankHolidays(2008).slice(1, 3).map((h) => h.date)).toEqual(['2008-03-21', '2008-03-24']);
  });

  it('one-offs: the 2011 royal wedding and the 2012 Diamond Jubilee, with the spring holiday moved', () => {
    expect(isEnglishBankHoliday('2011-04-29')).toBe(true);
    expect(isEnglishBankHoliday('2012-05-28')).toBe(false);
    expect(englishBankHolidays(2012).filter((h) => h.date.startsWith('2012-06')).map((h) => h.name)).toEqual(['Spring bank holiday', 'Diamond Jubilee bank holiday']);
  });

  it('a moved holiday leaves its usual day a working day: 4 May 2020, 30 May 2022', () => {
    expect(isEnglishBankHoliday('2020-05-04')).toBe(false);
    expect(isEnglishBankHoliday('2022-05-30')).toBe(false);
  });

  it('substitute rules in years beyond the published list: Christmas on a Saturday (2027) and a Sunday (2033), New Year on a Saturday (2028)', () => {
    expect(englishBankHolidays(2027).slice(-2).map((h) => [h.date, h.name])).toEqual([['2027-12-27', 'Christmas Day'], ['2027-12-28', 'Boxing Day']]);
    expect(englishBankHolidays(2033).slice(-2).map((h) => [h.date, h.name])).toEqual([['2033-12-26', 'Boxing Day'], ['2033-12-27', 'Christmas Day']]);
    expect(englishBankHolidays(2028)[0]).toEqual({ date: '2028-01-03', name: 'New Year’s Day', substitute: true });
  });
});
