/**
 * A place in the workbook that a message or a figure comes from: a sheet, optionally a row and a
 * column. Printed the way Excel names cells, e.g. `Values!D14`, `Metrics!7` (a whole row) or
 * `Settings` (a whole sheet).
 */
export interface Place {
  readonly sheet: string;
  /** 1-based row number as Excel shows it. */
  readonly row?: number;
  /** 1-based column number (A = 1). */
  readonly column?: number;
}

/** Excel's column letters for a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `Values!D14`, `Values!14` for a row, `Values!D` for a column, `Values` for the sheet. */
export function formatPlace(place: Place): string {
  // Excel quotes a sheet name that starts with a digit or holds anything but letters, digits and
  // underscores: `'3As'!C2`, so a place can be pasted into Excel's Name Box as it is printed.
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(place.sheet) ? place.sheet : `'${place.sheet.replace(/'/g, "''")}'`;
  const col = place.column === undefined ? '' : columnLetters(place.column);
  const row = place.row === undefined ? '' : String(place.row);
  return col === '' && row === '' ? sheet : `${sheet}!${col}${row}`;
}

/** A cell's place. */
export function cellPlace(sheet: string, row: number, column: number): Place {
  return { sheet, row, column };
}
