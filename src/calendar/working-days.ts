import { isEnglishBankHoliday } from './bank-holidays.js';
import { addDays, isWeekend, type IsoDate } from './iso-date.js';

/** A weekday that is not a bank holiday in England. */
export function isWorkingDay(iso: IsoDate): boolean {
  return !isWeekend(iso) && !isEnglishBankHoliday(iso);
}

/**
 * The date `workingDays` working days before `date`: counting back a day at a time and counting
 * only working days, so 10 working days before Thursday 5 February 2026 is Thursday 22 January.
 * With 0 it is the date itself. This is when an author's narrative is due for a meeting on `date`
 * (the Settings sheet's "Narrative due (working days before meeting)").
 */
export function workingDaysBefore(date: IsoDate, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`working days must be a whole number from 0, got ${workingDays}`);
  let day = date;
  for (let counted = 0; counted < workingDays; ) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}
