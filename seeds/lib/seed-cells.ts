import { typedCell } from '../../src/template/typed-cell.js';
import type { CellContent } from '../../src/xlsx/workbook-content.js';

/**
 * How the sample types a Values row into Excel, beyond what `typedCell` makes of the text: the
 * words of values.csv's Cell column. They let one readable CSV produce the mix of cell types the
 * reader meets in officers' workbooks.
 */
export const CELL_FLAGS = {
  /** The Period (2025-12) as an Excel date cell, the first of the month, shown mmm-yy. */
  'date-period': 'period as an Excel date',
  /** The Period (2023) as a number cell, as Excel stores a typed year. */
  'number-period': 'period as a number',
  /** Percentages (57.3%) as plain numbers of percentage points (57.3). */
  'plain-percent': 'percentages as plain numbers',
  /** Durations (00:32:34) as text rather than Excel times. */
  'text-duration': 'durations as text',
} as const;
export type CellFlag = keyof typeof CELL_FLAGS;

export function parseFlags(text: string): Set<CellFlag> {
  const flags = new Set<CellFlag>();
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (!(word in CELL_FLAGS)) throw new Error(`unknown Cell flag "${word}"; expected one of ${Object.keys(CELL_FLAGS).join(', ')}`);
    flags.add(word as CellFlag);
  }
  return flags;
}

/** Text as text, blank as an empty cell. */
export function textCell(text: string): CellContent {
  return text === '' ? null : text;
}

export function periodCell(text: string, flags: ReadonlySet<CellFlag>): CellContent {
  if (flags.has('date-period')) {
    const m = /^(\d{4})-(\d{2})$/.exec(text);
    if (m === null) throw new Error(`date-period needs a month like 2025-12, got "${text}"`);
    return { date: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)), numFmt: 'mmm-yy' };
  }
  if (flags.has('number-period')) {
    if (!/^\d{4}$/.test(text)) throw new Error(`number-period needs a year like 2023, got "${text}"`);
    return Number(text);
  }
  return textCell(text);
}

/** An actual or plan: `*` stays text; the flags say how percentages and durations are typed. */
export function figureCell(text: string, flags: ReadonlySet<CellFlag>): CellContent {
  if (text === '*') return '*';
  if (flags.has('plain-percent') && text.endsWith('%')) return Number(text.slice(0, -1));
  if (flags.has('text-duration') && /^\d{1,3}:\d{2}:\d{2}$/.test(text)) return text;
  return typedCell(text);
}
