import type { MonthPeriod } from '../model/pack-workbook.js';
import { periodKey } from '../model/period.js';
import type { RawSheet } from './raw-workbook.js';
import type { CellContent } from './workbook-content.js';

/**
 * The Month cell of a row added to a sheet, typed as the sheet's last row types its month: a date
 * in the same number format where the officers type dates, else the text `2026-01`.
 */
export function newRowMonthCell(sheet: RawSheet, month: MonthPeriod): CellContent {
  const last = sheet.rows[sheet.rows.length - 1]?.cells.get('month')?.value;
  return last?.kind === 'date' ? { date: new Date(Date.UTC(month.year, month.month - 1, 1)), numFmt: last.format ?? 'mmm-yy' } : periodKey(month);
}
