import type { MonthPeriod, Narrative, NarrativeSection, PackWorkbook } from '../model/pack-workbook.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import { packIdentity } from '../compose/pack-identity.js';
import type { CellContent, SheetContent } from '../xlsx/workbook-content.js';
import { writeWorkbook } from '../xlsx/write-workbook.js';
import { aboutSheet, authorInWords } from './about-sheet.js';
import { type AreaPrefill, prefillFor } from './prefill.js';
import { NARRATIVE_COLUMNS, NARRATIVE_SHEET, SECTION_POSITIONS } from './return-format.js';

export interface ReturnWorkbookOptions {
  /** The date the return is due, ISO `2026-01-22`, printed on the About sheet; left out when absent. */
  readonly deadline?: string;
}

/** A cell of bullets, one a line, as an author types them with Alt+Enter. */
function sectionText(narrative: Narrative | undefined, section: NarrativeSection): CellContent {
  const bullets = narrative?.sections[section] ?? [];
  return bullets.length === 0 ? null : bullets.join('\n');
}

function narrativeRow(month: MonthPeriod, { area, narrative }: AreaPrefill): CellContent[] {
  return NARRATIVE_COLUMNS.map((column) => {
    if (column.key === 'month') return periodKey(month);
    if (column.key === 'area') return area.id;
    return sectionText(narrative, column.key as NarrativeSection);
  });
}

/** The Narrative sheet: the main workbook's columns, a row per area, only the sections editable. */
function narrativeSheet(month: MonthPeriod, prefill: readonly AreaPrefill[]): SheetContent {
  return {
    name: NARRATIVE_SHEET,
    headers: NARRATIVE_COLUMNS.map((c) => c.header),
    widths: NARRATIVE_COLUMNS.map((c) => c.width),
    rows: prefill.map((p) => narrativeRow(month, p)),
    wrap: true,
    freezeColumns: 2,
    printTitles: true,
    // Room to write in a row that starts blank or short.
    minLines: 4,
    protection: { editableColumns: SECTION_POSITIONS },
  };
}

/** The author, or an error naming the workbook's authors: a caller's mistake, not an officer's. */
function authorOf(workbook: PackWorkbook, authorId: string) {
  const author = workbook.authors.find((a) => a.id === authorId);
  if (author === undefined) throw new RangeError(`no author has the Id "${authorId}"; the workbook's authors are ${workbook.authors.map((a) => a.id).join(', ')}`);
  return author;
}

/**
 * The workbook an author is sent to update their areas' narrative for the month: an About sheet
 * (what it is, how to return it, and the facts the merge reads) and a Narrative sheet with the
 * main workbook's columns, a row per area of the author's, each pre-filled with the month's
 * narrative where some is given, else the previous month's, else blank. The same workbook, month
 * and author always give the same bytes.
 *
 * Throws a RangeError when the author is not in the workbook or writes no area's narrative.
 */
export async function buildReturnWorkbook(workbook: PackWorkbook, month: MonthPeriod, authorId: string, options: ReturnWorkbookOptions = {}): Promise<Uint8Array> {
  const author = authorOf(workbook, authorId);
  const prefill = prefillFor(workbook, month, authorId);
  if (prefill.length === 0) throw new RangeError(`the author "${authorId}" writes no area's narrative: no row of the Areas sheet names them`);
  return writeWorkbook({
    sheets: [aboutSheet({ workbook, month, author, prefill, ...(options.deadline === undefined ? {} : { deadline: options.deadline }) }), narrativeSheet(month, prefill)],
    // The pack's date, so that the same return is the same file whenever it is built.
    created: new Date(`${packIdentity(workbook, month).date}T00:00:00Z`),
    creator: 'packsmith',
    title: `Narrative return: ${authorInWords(author)}, ${monthLongLabel(month)}`,
  });
}

export { returnWorkbookName } from '../compose/pack-identity.js';
