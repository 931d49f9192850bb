import { columnMustBePresent, SETTINGS, SHEETS, type ColumnSpec, type SheetSpec } from '../format/workbook-format.js';
import type { CellContent, SheetContent } from '../xlsx/workbook-content.js';

export const INSTRUCTIONS_SHEET = 'Instructions';

type Row = readonly CellContent[];

const INTRODUCTION: readonly Row[] = [
  ['Performance pack workbook'],
  [
    'What this workbook is',
    'The figures, plans (trajectories), narrative and 3As items for a committee\'s monthly performance pack. ' +
      'Packsmith reads it and writes the Word cover report and the 3As PowerPoint slide pack. ' +
      'Keep one workbook and add to it each month: a pack shows, for each metric, the latest period with data at or before the reporting month.',
  ],
  ['Building the pack', 'Save and close the workbook, then run: npm run pack -- --month 2026-01 (the reporting month as YYYY-MM). Every problem found is listed with its cell, e.g. Values!D14.'],
  ['A blank workbook', 'npm run template writes a blank copy of this workbook, with these instructions.'],
  ['Header rows', 'Row 1 of each sheet holds the column headers: leave them as they are. Columns may be moved; extra columns are ignored, but a heading close to one the sheet lacks (Actuals for Actual) is reported as a mistake.'],
  ['Drop-downs', 'Columns with a fixed set of words offer them as a drop-down. The hidden Lists sheet holds the choices: leave it alone.'],
];

const TYPING: readonly Row[] = [
  ['How to type figures'],
  ['Periods', 'A month as 2026-01, Jan-26 or an Excel date (the day is ignored); a quarter of the financial year as 2025/26 Q2 (July to September 2025); a financial year as 2025/26; a calendar year as 2023.'],
  ['Percentages', 'Type the % sign, e.g. 57.3% (Excel keeps 0.573 shown as a percentage). A plain number such as 57.3 is read as 57.3%.'],
  ['Durations', 'Hours, minutes and seconds, e.g. 00:47:14 (Excel keeps it as a time; text 00:47:14 is read too).'],
  ['Money', 'In the unit the metric or KPI names (£m or £000), without the £ sign.'],
  ['Suppressed figures', 'Type * where the source suppressed a figure. Counts from 1 up to the "Suppress counts below" setting also print as *. A suppressed figure is never rated.'],
  ['Blank figures', 'Leave the Actual blank where it is not yet known: a row with only a Plan carries future trajectory.'],
  ['Narrative bullets', 'One bullet a line: Alt+Enter starts a new line inside a cell.'],
  ['Manual ratings', 'A Manual rating in the Values sheet wins over the worked-out rating and is marked as set by hand; give the reason beside it.'],
];

function columnText(column: ColumnSpec): string {
  const need = column.required ? 'Required.' : columnMustBePresent(column) ? 'Required column; its cells may be left blank.' : 'Optional.';
  const choices = column.choices === undefined ? '' : ` Choices: ${column.choices.join('; ')}.`;
  const longest = column.maxLength === undefined ? '' : ` At most ${column.maxLength} characters.`;
  return `${need} ${column.help}${choices}${longest}`;
}

function sheetRows(spec: SheetSpec): Row[] {
  const title = spec.required ? `Sheet: ${spec.name}` : `Sheet: ${spec.name} (optional)`;
  const rows: Row[] = [[], [title, spec.help]];
  for (const column of spec.columns) rows.push([column.header, columnText(column)]);
  if (spec.name === 'Settings') {
    rows.push(['Settings', 'The settings, one a row, with their defaults:']);
    for (const setting of SETTINGS) {
      const need = setting.required ? 'Required.' : 'Optional.';
      const fallback = setting.defaultText === undefined ? '' : ` Default: ${setting.defaultText}.`;
      const longest = setting.maxLength === undefined ? '' : ` At most ${setting.maxLength} characters.`;
      rows.push([setting.label, `${need} ${setting.help}${fallback}${longest}`]);
    }
  }
  return rows;
}

/**
 * The Instructions sheet that opens the blank template (and the sample): what the workbook is,
 * every sheet, column and setting of the format with its help, and how to type figures. Written
 * from the format itself so that it says what the reader does.
 */
export function instructionsSheet(): SheetContent {
  const rows: Row[] = [...INTRODUCTION, [], ...TYPING];
  for (const spec of SHEETS) rows.push(...sheetRows(spec));
  const emphasis = new Map<number, 'title' | 'heading'>([[0, 'title']]);
  rows.forEach((row, index) => {
    const first = row[0];
    if (row.length === 1 && index > 0) emphasis.set(index, 'heading');
    if (typeof first === 'string' && first.startsWith('Sheet: ')) emphasis.set(index, 'heading');
  });
  return { name: INSTRUCTIONS_SHEET, rows, widths: [34, 110], wrap: true, emphasis, fitToWidth: true };
}
