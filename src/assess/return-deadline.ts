import type { IsoDate } from '../calendar/iso-date.js';
import { workingDaysBefore } from '../calendar/working-days.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { monthLongLabel, periodKey } from '../model/period.js';

/** When the authors' narrative for a month's pack is due. */
export interface ReturnDeadline {
  /** The day narrative is due: the Settings sheet's working days before the meeting. */
  readonly date: IsoDate;
  /** "Narrative due (working days before meeting)". */
  readonly workingDays: number;
  /** The meeting that receives the pack. */
  readonly meeting: IsoDate;
}

/**
 * The return deadline of the month's drafts: counted back from the month's meeting (Meetings
 * sheet) by the working days the Settings sheet gives, skipping weekends and bank holidays in
 * England. Without a meeting there is no deadline, and a warning says the drafts give none.
 */
export function returnDeadline(workbook: PackWorkbook, month: MonthPeriod, diagnostics: Diagnostics): ReturnDeadline | undefined {
  const meeting = workbook.meetings.find((m) => periodKey(m.month) === periodKey(month));
  if (meeting === undefined) {
    diagnostics.warn(`the drafts to authors give no date to return their narrative by, as there is no meeting date for ${monthLongLabel(month)}; add it to the Meetings sheet`, { sheet: 'Meetings' }, 'drafts/no-deadline');
    return undefined;
  }
  const workingDays = workbook.settings.returnWorkingDays;
  return { date: workingDaysBefore(meeting.date, workingDays), workingDays, meeting: meeting.date };
}
