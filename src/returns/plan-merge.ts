import { Diagnostics } from '../diagnostics/diagnostics.js';
import { NARRATIVE_SECTIONS, type Area, type MonthPeriod, type Narrative, type NarrativeSection, type PackWorkbook } from '../model/pack-workbook.js';
import { parseRows } from '../model/parse-rows.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import { NarrativeRow } from '../model/read-narrative.js';
import type { CellEdit, RowEdit } from '../xlsx/edit-workbook.js';
import { newRowMonthCell } from '../xlsx/month-cell.js';
import type { RawSheet } from '../xlsx/raw-workbook.js';
import type { CellContent } from '../xlsx/workbook-content.js';
import { authorInWords } from './about-sheet.js';
import type { CheckedReturn } from './check-return.js';
import type { AreaChange, ReturnChange, SectionChange } from './merge-changes.js';
import { previousMonth } from './prefill.js';
import type { ReturnedArea } from './read-return.js';
import { sectionHeader } from './return-format.js';

/** A checked return with its file name and the diagnostics its problems go to. */
export interface ReturnToMerge {
  readonly file: string;
  readonly checked: CheckedReturn;
  readonly diagnostics: Diagnostics;
}

/** A Narrative row to write, the area it is for and the bullets each section has once written. */
export interface PlannedEdit {
  readonly areaId: string;
  readonly edit: RowEdit;
  readonly sections: Readonly<Record<NarrativeSection, readonly string[]>>;
}

export interface MergePlan {
  /** Changed rows, then added rows in the pack's area order. */
  readonly edits: readonly PlannedEdit[];
  /** Per return, in the order given; rows are filled in once the copy is written. */
  readonly changes: readonly ReturnChange[];
}

/** The main workbook's Narrative rows by month and area, and how its months are typed. */
interface MainNarrative {
  readonly rowOf: ReadonlyMap<string, number>;
  readonly columns: ReadonlyMap<string, number>;
  /** The Month cell of a new row, typed as the sheet's last row types it. */
  readonly monthCell: CellContent;
}

const rowKey = (month: MonthPeriod, areaId: string) => `${periodKey(month)}|${areaId}`;

function mainNarrative(sheet: RawSheet, month: MonthPeriod): MainNarrative {
  // The workbook has been read without errors, so every row parses; nothing is reported here.
  const parsed = parseRows(sheet, NarrativeRow, new Diagnostics());
  const rowOf = new Map(parsed.map(({ row, data }) => [rowKey(data.month, data.area), row.row]));
  return { rowOf, columns: sheet.columns, monthCell: newRowMonthCell(sheet, month) };
}

function sameBullets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

function sectionChange(section: NarrativeSection, before: readonly string[], after: readonly string[]): SectionChange {
  const counts = { before: before.length, after: after.length };
  if (sameBullets(before, after)) return { section, status: before.length === 0 ? 'blank' : 'unchanged', ...counts };
  return { section, status: before.length === 0 ? 'added' : 'changed', ...counts };
}

function narrativeOf(workbook: PackWorkbook, areaId: string, month: MonthPeriod): Narrative | undefined {
  return workbook.narratives.find((n) => n.areaId === areaId && periodKey(n.month) === periodKey(month));
}

/** A cell of bullets, one a line, or an empty cell. */
function bulletCell(bullets: readonly string[]): CellContent {
  return bullets.length === 0 ? null : bullets.join('\n');
}

interface PlanContext {
  readonly workbook: PackWorkbook;
  readonly month: MonthPeriod;
  readonly main: MainNarrative;
}

/** The change one returned row makes, and the row edit that makes it (none when unchanged). */
function planArea(row: ReturnedArea, area: Area, context: PlanContext, diagnostics: Diagnostics): { change: AreaChange; edit?: RowEdit } {
  const { workbook, month, main } = context;
  const current = narrativeOf(workbook, area.id, month);
  const sections = NARRATIVE_SECTIONS.map((s) => sectionChange(s, current?.sections[s] ?? [], row.sections[s]));
  const cells: CellEdit[] = [];
  for (const change of sections) {
    if (change.status === 'unchanged' || change.status === 'blank') continue;
    const column = main.columns.get(change.section);
    if (column === undefined) {
      diagnostics.error(`the workbook's Narrative sheet has no "${sectionHeader(change.section)}" column to put this text in; add the column to the workbook (see the blank template), then merge again`, row.sectionPlaces[change.section], 'return/no-column-in-workbook');
      continue;
    }
    cells.push({ column, value: bulletCell(row.sections[change.section]) });
  }
  const previous = narrativeOf(workbook, area.id, previousMonth(month));
  if (previous !== undefined && NARRATIVE_SECTIONS.every((s) => sameBullets(previous.sections[s], row.sections[s]))) {
    diagnostics.warn(`the narrative for ${area.name} is word for word ${monthLongLabel(previousMonth(month))}'s; check that its author has brought it up to date for ${monthLongLabel(month)}`, row.areaPlace, 'return/same-as-previous-month');
  }
  const base = { areaId: area.id, areaName: area.name, sections };
  if (current === undefined) {
    const keys: CellEdit[] = [
      { column: columnOf(main, 'month'), value: main.monthCell },
      { column: columnOf(main, 'area'), value: area.id },
    ];
    return { change: { ...base, status: 'added' }, edit: { cells: [...keys, ...cells] } };
  }
  if (cells.length === 0) return { change: { ...base, status: 'unchanged' } };
  const existing = main.rowOf.get(rowKey(month, area.id));
  // The model's narrative came from a row of the sheet, so it has one.
  if (existing === undefined) throw new Error(`no Narrative row found for ${area.id} in ${periodKey(month)}, though the workbook has its narrative`);
  return { change: { ...base, status: 'changed' }, edit: { row: existing, cells } };
}

/** A column the reader requires, so the workbook, read without errors, has it. */
function columnOf(main: MainNarrative, key: 'month' | 'area'): number {
  const column = main.columns.get(key);
  if (column === undefined) throw new Error(`the Narrative sheet has no ${key} column, though the workbook read without errors`);
  return column;
}

function untouched(area: Area, status: 'blank' | 'missing'): AreaChange {
  return { areaId: area.id, areaName: area.name, status, sections: [] };
}

/**
 * Works out what each return changes in the month's narrative and the Narrative rows to write:
 * a row for the month and area is changed where the workbook has one, else added below the
 * sheet's last (new rows in the pack's area order). Only changed sections are written, so a
 * section the author left alone keeps the workbook's own text.
 */
export function planMerge(workbook: PackWorkbook, narrativeSheet: RawSheet, month: MonthPeriod, returns: readonly ReturnToMerge[]): MergePlan {
  const context: PlanContext = { workbook, month, main: mainNarrative(narrativeSheet, month) };
  const changed: PlannedEdit[] = [];
  const added: PlannedEdit[] = [];
  const changes = returns.map(({ file, checked, diagnostics }): ReturnChange => {
    const areas: AreaChange[] = [];
    for (const row of checked.areas) {
      const area = workbook.areas.find((a) => a.id === row.areaId);
      if (area === undefined) continue;
      const { change, edit } = planArea(row, area, context, diagnostics);
      areas.push(change);
      if (edit !== undefined) (change.status === 'added' ? added : changed).push({ areaId: area.id, edit, sections: row.sections });
    }
    areas.push(...checked.blank.map((a) => untouched(a, 'blank')), ...checked.missing.map((a) => untouched(a, 'missing')));
    const order = (id: string) => workbook.areas.findIndex((a) => a.id === id);
    areas.sort((a, b) => order(a.areaId) - order(b.areaId));
    const author = checked.author;
    return { file, authorId: author?.id ?? '', author: author === undefined ? '' : authorInWords(author), areas };
  });
  const order = (id: string) => workbook.areas.findIndex((a) => a.id === id);
  added.sort((a, b) => order(a.areaId) - order(b.areaId));
  return { edits: [...changed, ...added], changes };
}
