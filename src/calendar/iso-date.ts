/**
 * Calendar dates as ISO text (`2026-02-05`) and as day numbers (days since 1970-01-01), so that
 * date arithmetic never meets a time zone or a clock change: every date here is a whole day.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The day number of an ISO date; throws on text that is not a real date (a fault in the caller). */
export function dayNumber(iso: IsoDate): number {
  const match = ISO.exec(iso);
  if (match === null) throw new Error(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) throw new Error(`no such date: ${iso}`);
  return ms / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO date of a year, month (1-12) and day. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return isoOfDay(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(iso: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfDay(dayNumber(iso) + days);
}

export function isWeekend(iso: IsoDate): boolean {
  const weekday = weekdayOf(iso);
  return weekday === 0 || weekday === 6;
}
