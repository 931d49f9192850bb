import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import { idCell, monthCell, requiredText } from '../model/cell-schemas.js';
import { NARRATIVE_SECTIONS, type MonthPeriod, type NarrativeSection } from '../model/pack-workbook.js';
import { parseRow, parseRows } from '../model/parse-rows.js';
import { bulletsOf, NarrativeRow } from '../model/read-narrative.js';
import { cellOf, type RawCell, type RawRow, type RawSheet } from '../xlsx/raw-workbook.js';
import { readCells, type CellSheet } from '../xlsx/read-cells.js';
import { ABOUT_FACTS, ABOUT_SHEET, NARRATIVE_SHEET, type AboutFact } from './return-format.js';
import { readReturnHeader } from './return-columns.js';

export interface Located<T> {
  readonly value: T;
  /** The cell it was read from. */
  readonly place: Place;
}

/** What the About sheet says the return is: whose, for which committee and month. */
export interface ReturnFacts {
  readonly committee: Located<string>;
  readonly month: Located<MonthPeriod>;
  readonly authorId: Located<string>;
}

/** One row of a return's Narrative sheet: an area's narrative, each section as bullets. */
export interface ReturnedArea {
  readonly areaId: string;
  readonly month: MonthPeriod;
  readonly sections: Readonly<Record<NarrativeSection, readonly string[]>>;
  readonly monthPlace: Place;
  readonly areaPlace: Place;
  /** Where each section's cell is, for messages about its text. */
  readonly sectionPlaces: Readonly<Record<NarrativeSection, Place>>;
}

export interface NarrativeReturn {
  /** Absent when the About sheet is missing or its facts cannot be read (all reported). */
  readonly facts?: ReturnFacts;
  /** The rows that read without errors. */
  readonly areas: readonly ReturnedArea[];
  /** Every area Id typed in the Area column, rows with errors included. */
  readonly typedAreaIds: ReadonlySet<string>;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function findSheet(sheets: readonly CellSheet[], name: string, diagnostics: Diagnostics, why: string): CellSheet | undefined {
  const sheet = sheets.find((s) => normalise(s.name) === normalise(name));
  if (sheet === undefined) {
    const found = sheets.map((s) => `"${s.name}"`).join(', ');
    diagnostics.error(`the return has no ${name} sheet (${why}); it has ${found}. Ask the author to send back the workbook they were sent, or send them a fresh one`, { sheet: name }, 'return/missing-sheet');
  }
  return sheet;
}

const FactsRow = z.object({
  committee: requiredText({ singleLine: true, what: 'the committee' }),
  month: monthCell('the reporting month'),
  authorId: idCell('the author Id'),
});

/** The facts' value cells, found by their labels in column A; a fact whose label is gone is reported. */
function factCells(sheet: CellSheet, diagnostics: Diagnostics): Map<AboutFact, RawCell> | undefined {
  const cells = new Map<AboutFact, RawCell>();
  for (const [fact, label] of Object.entries(ABOUT_FACTS) as [AboutFact, string][]) {
    const row = sheet.rows.find((r) => {
      const first = r.cells.get(1)?.value;
      return first?.kind === 'text' && normalise(first.text) === normalise(label);
    });
    if (row === undefined) {
      diagnostics.error(`the "${label}" line is missing: column A should say "${label}" and column B give its value, as the return was sent; the sheet has been changed, so ask for the workbook as it was sent`, { sheet: sheet.name }, 'return/missing-fact');
      continue;
    }
    cells.set(fact, row.cells.get(2) ?? { value: { kind: 'empty' }, place: { sheet: sheet.name, row: row.row, column: 2 } });
  }
  return cells.size === Object.keys(ABOUT_FACTS).length ? cells : undefined;
}

function readFacts(sheet: CellSheet, diagnostics: Diagnostics): ReturnFacts | undefined {
  const cells = factCells(sheet, diagnostics);
  if (cells === undefined) return undefined;
  const row: RawRow = { sheet: sheet.name, row: 0, cells };
  const columns = new Map([...cells].map(([key, cell]) => [key, cell.place.column ?? 2]));
  const data = parseRow(row, columns, FactsRow, Object.keys(ABOUT_FACTS), diagnostics);
  if (data === undefined) return undefined;
  const place = (fact: AboutFact): Place => cellOf(row, fact, columns).place;
  return {
    committee: { value: data.committee, place: place('committee') },
    month: { value: data.month, place: place('month') },
    authorId: { value: data.authorId, place: place('authorId') },
  };
}

/** The Narrative sheet as the model's readers take a sheet: cells filed under the column keys. */
function narrativeTable(sheet: CellSheet, diagnostics: Diagnostics): RawSheet {
  const header = sheet.rows[0];
  const columns = readReturnHeader(header, sheet.name, diagnostics);
  const keyOf = new Map([...columns].map(([key, column]) => [column, key]));
  const rows: RawRow[] = [];
  for (const row of sheet.rows) {
    if (row.row === 1) continue;
    const cells = new Map<string, RawCell>();
    for (const [column, cell] of row.cells) {
      const key = keyOf.get(column);
      if (key !== undefined) cells.set(key, cell);
    }
    if (cells.size > 0) rows.push({ sheet: sheet.name, row: row.row, cells });
  }
  return { name: sheet.name, columns, rows };
}

/** The Area column's text on every row, whether or not the row reads. */
function typedAreaIds(table: RawSheet): Set<string> {
  return new Set(table.rows.flatMap((row) => {
    const value = row.cells.get('area')?.value;
    return value?.kind === 'text' ? [value.text.trim()] : [];
  }));
}

function readAreas(table: RawSheet, diagnostics: Diagnostics): ReturnedArea[] {
  return parseRows(table, NarrativeRow, diagnostics).map(({ row, data }) => {
    const place = (key: string) => cellOf(row, key, table.columns).place;
    const sections = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, bulletsOf(data[s])])) as Record<NarrativeSection, string[]>;
    const sectionPlaces = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, place(s)])) as Record<NarrativeSection, Place>;
    return { areaId: data.area, month: data.month, sections, monthPlace: place('month'), areaPlace: place('area'), sectionPlaces };
  });
}

/**
 * Reads a narrative return: the About sheet's facts and the Narrative sheet's rows, each checked
 * as the main workbook's reader checks them. Every problem goes to `diagnostics`, placed at its
 * cell; returns undefined when the file is not a workbook at all.
 */
export async function readReturn(bytes: Uint8Array, diagnostics: Diagnostics): Promise<NarrativeReturn | undefined> {
  const sheets = await readCells(bytes, diagnostics);
  if (sheets === undefined) return undefined;
  const about = findSheet(sheets, ABOUT_SHEET, diagnostics, 'it says whose return this is and for which month');
  const narrative = findSheet(sheets, NARRATIVE_SHEET, diagnostics, 'it holds the narrative');
  const facts = about === undefined ? undefined : readFacts(about, diagnostics);
  const table = narrative === undefined ? undefined : narrativeTable(narrative, diagnostics);
  const read = { areas: table === undefined ? [] : readAreas(table, diagnostics), typedAreaIds: table === undefined ? new Set<string>() : typedAreaIds(table) };
  return facts === undefined ? read : { facts, ...read };
}
