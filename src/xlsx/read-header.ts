import { listInWords } from '../compose/words.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { columnLetters } from '../diagnostics/place.js';
import { isSlipFor, nameKey } from '../format/name-match.js';
import { columnMustBePresent, type ColumnSpec, type SheetSpec } from '../format/workbook-format.js';
import type { SheetCell } from './sheet-cells.js';

/** A heading in row 1 that names no column of the format. */
interface UnknownHeading {
  readonly text: string;
  readonly column: number;
}

function quotedList(texts: readonly string[]): string {
  return listInWords(texts.map((t) => `"${t}"`));
}

/** `the Values sheet's columns are Metric, Level, ... and Rating reason`: what row 1 should name. */
function expectedColumns(spec: SheetSpec): string {
  return `the ${spec.name} sheet's columns are ${listInWords(spec.columns.map((c) => c.header))}`;
}

/**
 * Each column of the format the header lacks, with the unknown heading that is most likely a slip
 * for it ("Actuals" for "Actual"). A heading is taken as the slip for one column only.
 */
function slipsFor(missing: readonly ColumnSpec[], unknown: readonly UnknownHeading[]): Map<ColumnSpec, UnknownHeading> {
  const slips = new Map<ColumnSpec, UnknownHeading>();
  const taken = new Set<UnknownHeading>();
  for (const column of missing) {
    const heading = unknown.find((h) => !taken.has(h) && isSlipFor(h.text, column.header));
    if (heading === undefined) continue;
    slips.set(column, heading);
    taken.add(heading);
  }
  return slips;
}

/**
 * Reads row 1 of a sheet: the column number of each of the format's columns found there. Headings
 * are matched without regard to capitals, spaces or punctuation. A heading that is a slip for a
 * column the sheet lacks, and a column that must be present but is not, are errors naming what
 * row 1 should hold; a heading that is neither is ignored with a warning.
 */
export function readHeader(row: readonly SheetCell[], spec: SheetSpec, diagnostics: Diagnostics): Map<string, number> {
  const columns = new Map<string, number>();
  const byKey = new Map(spec.columns.map((c) => [nameKey(c.header), c.key]));
  const unknown: UnknownHeading[] = [];
  let headings = 0;
  for (const { column, value } of row) {
    if (value.kind !== 'text') continue;
    headings += 1;
    const text = value.text.trim();
    const key = byKey.get(nameKey(text));
    const first = key === undefined ? undefined : columns.get(key);
    if (key === undefined) unknown.push({ text, column });
    else if (first !== undefined) diagnostics.error(`the column "${text}" appears twice, in columns ${columnLetters(first)} and ${columnLetters(column)}; delete one of them`, { sheet: spec.name, row: 1, column }, 'read/duplicate-column');
    else columns.set(key, column);
  }
  if (headings === 0) {
    const names = spec.columns.map((c) => c.header).join(', ');
    diagnostics.error(`the ${spec.name} sheet has no column headings; row 1 must name its columns (${names}), as in the blank template`, { sheet: spec.name, row: 1 }, 'read/missing-column');
    return columns;
  }
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  const slips = slipsFor(missing, unknown);
  for (const [column, heading] of slips) {
    diagnostics.error(
      `the column "${heading.text}" is not one the pack reads, and the sheet has no "${column.header}" column: if this is it, name it "${column.header}" (${expectedColumns(spec)})`,
      { sheet: spec.name, row: 1, column: heading.column },
      'read/misspelt-column',
    );
  }
  const unexplained = unknown.filter((h) => ![...slips.values()].includes(h));
  const absent = missing.filter((c) => columnMustBePresent(c) && !slips.has(c));
  for (const column of absent) {
    const others = unexplained.length === 0 ? '' : `; row 1 has ${quotedList(unexplained.map((h) => h.text))}, which the pack does not read: if one of them is this column, name it "${column.header}"`;
    diagnostics.error(`the ${spec.name} sheet has no "${column.header}" column; add it to row 1 (${expectedColumns(spec)})${others}`, { sheet: spec.name, row: 1 }, 'read/missing-column');
  }
  // Headings already named in a missing column's message are not reported again.
  if (absent.length === 0) {
    for (const heading of unexplained) {
      diagnostics.warn(`the column "${heading.text}" is not one the pack reads, so it is ignored`, { sheet: spec.name, row: 1, column: heading.column }, 'read/unknown-column');
    }
  }
  return columns;
}
