import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RawCell, RawValue } from '../xlsx/raw-workbook.js';
import { numberOf } from './cell-schemas.js';

/** A fraction shown as a percentage, trimmed of floating-point noise: 0.745 -> `74.5`. */
function asPercentagePoints(fraction: number): string {
  return String(+(fraction * 100).toFixed(6));
}

/**
 * What to tell the officer when a percentage cell holds what looks like a fraction: a plain
 * number or text such as 0.745 is read in percentage points (0.745%), which is sometimes meant (a
 * 0.9% target) but more often a fraction typed without the % format. Undefined when the cell is
 * unambiguous: percent-formatted, typed with a % sign, 0, or 1 and over.
 */
function fractionInPercentCell(value: RawValue): string | undefined {
  if (value.kind === 'number') {
    if (value.format?.includes('%') === true || value.value <= 0 || value.value >= 1) return undefined;
    const meant = asPercentagePoints(value.value);
    return `${value.value} in a percentage cell is read as ${value.value}%; if it means ${meant}%, format the cell as a percentage or type ${meant}`;
  }
  if (value.kind !== 'text' || value.text.trim().endsWith('%')) return undefined;
  const n = numberOf(value);
  if (n === undefined || n <= 0 || n >= 1) return undefined;
  const meant = asPercentagePoints(n);
  return `the text "${value.text.trim()}" in a percentage cell is read as ${n}%; if it means ${meant}%, type ${meant}% in its place`;
}

/** Warns, at the cell, where a percentage cell holds what looks like a fraction (see above). */
export function warnIfFraction(cell: RawCell, diagnostics: Diagnostics): void {
  const reason = fractionInPercentCell(cell.value);
  if (reason !== undefined) diagnostics.warn(reason, cell.place, 'model/percent-looks-like-fraction');
}
