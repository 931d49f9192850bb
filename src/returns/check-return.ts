import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Area, Author, MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { NARRATIVE_SECTIONS } from '../model/pack-workbook.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import { authorInWords } from './about-sheet.js';
import { NARRATIVE_SHEET } from './return-format.js';
import type { NarrativeReturn, ReturnedArea } from './read-return.js';

/** A return that passed its checks against the main workbook: whose it is and what it brings. */
export interface CheckedReturn {
  /** Absent when the About sheet could not say (then there are errors). */
  readonly author?: Author;
  /** The rows to merge: the author's own areas, for the month, with some narrative. */
  readonly areas: readonly ReturnedArea[];
  /** The author's areas whose row is blank in every section: left as they are. */
  readonly blank: readonly Area[];
  /** The author's areas with no row at all in the return: left as they are. */
  readonly missing: readonly Area[];
}

function areaInWords(area: Area): string {
  return `${area.name} (${area.id})`;
}

function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The author the About sheet names, checked with the committee and month against the merge. */
function checkFacts(ret: NarrativeReturn, workbook: PackWorkbook, month: MonthPeriod, diagnostics: Diagnostics): Author | undefined {
  const { facts } = ret;
  if (facts === undefined) return undefined;
  const committee = workbook.settings.committee;
  if (!sameText(facts.committee.value, committee)) {
    diagnostics.error(`this return is for the "${facts.committee.value}", but the workbook is the "${committee}"'s; merge it into that committee's workbook`, facts.committee.place, 'return/wrong-committee');
  }
  if (periodKey(facts.month.value) !== periodKey(month)) {
    diagnostics.error(
      `this return is for ${monthLongLabel(facts.month.value)}, but the merge is for ${monthLongLabel(month)} (--month ${periodKey(month)}); merge it with --month ${periodKey(facts.month.value)}, or ask its author for ${monthLongLabel(month)}'s return`,
      facts.month.place,
      'return/wrong-month',
    );
  }
  const author = workbook.authors.find((a) => a.id === facts.authorId.value);
  if (author === undefined) {
    diagnostics.error(`no author has the Id "${facts.authorId.value}" in the workbook's Authors sheet (${workbook.authors.map((a) => a.id).join(', ')}); the return was made for another workbook, or its author has been renamed`, facts.authorId.place, 'return/unknown-author');
  }
  return author;
}

/** Whether the row may be merged: for the return's month, an area of the workbook's and of the author's. */
function checkRow(row: ReturnedArea, context: { workbook: PackWorkbook; month: MonthPeriod; author: Author | undefined }, diagnostics: Diagnostics): boolean {
  const { workbook, month, author } = context;
  let ok = true;
  if (periodKey(row.month) !== periodKey(month)) {
    diagnostics.error(`this row is for ${monthLongLabel(row.month)}, but the return is for ${monthLongLabel(month)}; a return holds one month's narrative, so put back ${periodKey(month)}`, row.monthPlace, 'return/row-month');
    ok = false;
  }
  const area = workbook.areas.find((a) => a.id === row.areaId);
  if (area === undefined) {
    diagnostics.error(`no area has the Id "${row.areaId}" in the workbook's Areas sheet (${workbook.areas.map((a) => a.id).join(', ')})`, row.areaPlace, 'return/unknown-area');
    return false;
  }
  if (author !== undefined && area.authorId !== author.id) {
    const owner = workbook.authors.find((a) => a.id === area.authorId);
    const ownerWords = owner === undefined ? area.authorId : `the ${authorInWords(owner)}, ${owner.id}`;
    diagnostics.error(`${areaInWords(area)} is written by ${ownerWords}, not by this return's author, ${author.id}; its narrative comes in its own author's return, so delete this row`, row.areaPlace, 'return/other-authors-area');
    ok = false;
  }
  return ok;
}

/**
 * Checks a return against the main workbook and the month being merged: the right committee and
 * month, a known author, only that author's areas, each once. Errors stop the merge; a blank row
 * or an area without a row is a warning, and the workbook keeps what it has for that area.
 */
export function checkReturn(ret: NarrativeReturn, workbook: PackWorkbook, month: MonthPeriod, diagnostics: Diagnostics): CheckedReturn {
  const author = checkFacts(ret, workbook, month, diagnostics);
  const rowMonth = ret.facts?.month.value ?? month;
  // A return for another month is reported once, at its About sheet; its rows are not compared with this month's.
  const otherMonth = periodKey(rowMonth) !== periodKey(month);
  const areas: ReturnedArea[] = [];
  const blank: Area[] = [];
  const firstRow = new Map<string, ReturnedArea>();
  for (const row of ret.areas) {
    const first = firstRow.get(row.areaId);
    const area = workbook.areas.find((a) => a.id === row.areaId);
    if (first !== undefined) {
      diagnostics.error(`${area === undefined ? row.areaId : areaInWords(area)} has two rows, ${first.areaPlace.row ?? ''} and ${row.areaPlace.row ?? ''}; keep one`, row.areaPlace, 'return/duplicate-area');
      continue;
    }
    firstRow.set(row.areaId, row);
    if (!checkRow(row, { workbook, month: rowMonth, author }, diagnostics) || area === undefined) continue;
    if (otherMonth) continue;
    if (NARRATIVE_SECTIONS.every((s) => row.sections[s].length === 0)) {
      diagnostics.warn(`the row for ${areaInWords(area)} is blank in every section, so it is left out and the workbook keeps what it has for the area`, row.areaPlace, 'return/blank-row');
      blank.push(area);
      continue;
    }
    areas.push(row);
  }
  // A row with errors is not missing: it is reported where it is.
  const missing = author === undefined ? [] : workbook.areas.filter((a) => a.authorId === author.id && !ret.typedAreaIds.has(a.id));
  for (const area of missing) {
    diagnostics.warn(`there is no row for ${areaInWords(area)}, one of this author's areas, so the workbook keeps what it has for it`, { sheet: NARRATIVE_SHEET }, 'return/area-not-returned');
  }
  return author === undefined ? { areas, blank, missing } : { author, areas, blank, missing };
}
