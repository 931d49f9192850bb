import { SETTINGS, SHEETS } from '../format/workbook-format.js';
import { writeWorkbook } from '../xlsx/write-workbook.js';
import type { CellContent, SheetContent } from '../xlsx/workbook-content.js';
import { instructionsSheet } from './instructions.js';
import { sheetContent } from './sheet-content.js';
import { typedCell } from './typed-cell.js';

/** Fixed so that the template is the same file every time it is written. */
export const TEMPLATE_CREATED = new Date('2026-01-01T00:00:00Z');

/** One row a setting: its label, and its default typed as Excel would hold it. */
function settingsRows(): CellContent[][] {
  return SETTINGS.map((setting) => [setting.label, setting.defaultText === undefined ? null : typedCell(setting.defaultText)]);
}

/** The format's sheets in order, empty but for the Settings sheet's labels and defaults. */
export function blankSheets(): SheetContent[] {
  return SHEETS.map((spec) => sheetContent(spec, spec.name === 'Settings' ? settingsRows() : []));
}

/** The blank workbook `npm run template` writes: Instructions, then every sheet of the format. */
export async function blankTemplate(): Promise<Buffer> {
  return writeWorkbook({
    sheets: [instructionsSheet(), ...blankSheets()],
    created: TEMPLATE_CREATED,
    creator: 'packsmith',
    title: 'Performance pack workbook',
  });
}
