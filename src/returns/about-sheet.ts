import { dayInWords, longDate } from '../compose/words.js';
import type { Author, MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import type { CellContent, SheetContent } from '../xlsx/workbook-content.js';
import { type AreaPrefill, previousMonth } from './prefill.js';
import { ABOUT_FACTS, ABOUT_SHEET, FACTS_HEADING } from './return-format.js';

type Row = readonly CellContent[];

export interface AboutDetails {
  readonly workbook: PackWorkbook;
  readonly month: MonthPeriod;
  readonly author: Author;
  readonly prefill: readonly AreaPrefill[];
  /** The date the return is due, ISO `2026-01-22`; left out of the sheet when absent. */
  readonly deadline?: string;
}

/** The author as the pack names them: by role, with the name where it says more. */
export function authorInWords(author: Author): string {
  return author.name === author.role ? author.role : `${author.role} (${author.name})`;
}

function areaLine({ area, source }: AreaPrefill, month: MonthPeriod): string {
  const name = `${area.name} (${area.id})`;
  switch (source) {
    case 'this-month':
      return `${name}: the narrative given so far for ${monthLongLabel(month)}, to check and complete`;
    case 'previous-month':
      return `${name}: ${monthLongLabel(previousMonth(month))}'s narrative, to update for ${monthLongLabel(month)}`;
    case 'blank':
      return `${name}: blank, to write`;
  }
}

function guidance(details: AboutDetails): Row[] {
  const { workbook, month, prefill } = details;
  const label = monthLongLabel(month);
  const meeting = workbook.meetings.find((m) => periodKey(m.month) === periodKey(month));
  const meetingText = meeting === undefined ? '' : ` (meeting on ${longDate(meeting.date)})`;
  return [
    ['What this is', `The narrative for your areas in the ${label} performance pack of the ${workbook.settings.committee}${meetingText}. The pack's cover report and slides print it as you write it here.`],
    ['Your areas', prefill.map((p) => areaLine(p, month)).join('\n')],
    ['What to do', `On the Narrative sheet, bring each section of each row up to date for ${label}: change what has moved on, delete what no longer applies, and leave a section blank where there is nothing to say. Only the section columns can be edited.`],
    ['One bullet a line', 'Each line in a cell is one bullet in the pack. To start a new line inside a cell, press Alt+Enter (Windows) or Option+Enter (Mac). There is no need to type bullet marks: any you type (•, -, *) are taken off.'],
    ['Row heights', 'If your text outgrows its row, double-click the line below the row\'s number to fit the row to the text.'],
    ...(details.deadline === undefined ? [] : [['Return by', dayInWords(details.deadline)]]),
    ['How to return it', 'Save the workbook as it is (an Excel Workbook, .xlsx) and send it back in reply to the e-mail it came with. Keep its sheets, the column headings and the Month and Area columns as they are: the performance team reads them to put your narrative into the pack.'],
  ];
}

/**
 * The About sheet: what the return is, what to do and how to send it back, then the facts the
 * merge reads to know whose return it is. The sheet is protected so they are not changed by accident.
 */
export function aboutSheet(details: AboutDetails): SheetContent {
  const { workbook, month, author, prefill } = details;
  const rows: Row[] = [[`Narrative return: ${monthLongLabel(month)}`], [], ...guidance(details), [], [FACTS_HEADING]];
  const firstFact = rows.length + 1;
  rows.push(
    [ABOUT_FACTS.committee, workbook.settings.committee],
    [ABOUT_FACTS.month, periodKey(month)],
    [ABOUT_FACTS.authorId, author.id],
  );
  const lastFact = rows.length;
  rows.push(
    ['Author', authorInWords(author)],
    ['Areas', prefill.map((p) => p.area.id).join(', ')],
    ['Do not edit', `Cells B${firstFact} to B${lastFact} tell the performance team whose return this is and for which month. The sheet is protected, without a password, so that they are not changed by accident.`],
  );
  const emphasis = new Map<number, 'title' | 'heading'>([[0, 'title'], [firstFact - 2, 'heading']]);
  return { name: ABOUT_SHEET, rows, widths: [22, 100], wrap: true, emphasis, fitToWidth: true, protection: { editableColumns: [] } };
}
