import { weekdayOf, WEEKDAY_NAMES, type IsoDate } from '../../calendar/iso-date.js';
import { longDate } from '../cover-report/words.js';

/** `2026-01-22` -> `Thursday 22 January 2026`: a deadline reads best with its weekday. */
export function dayInWords(iso: IsoDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(iso)] ?? ''} ${longDate(iso)}`;
}
