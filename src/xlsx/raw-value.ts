import type ExcelJS from 'exceljs';
import { serialOf, type DateSystem } from './date-system.js';
import type { RawValue } from './raw-workbook.js';

const EMPTY: RawValue = { kind: 'empty' };

/**
 * The error a formula cell gets when the file holds the formula but not its result: files written
 * by programs other than Excel often leave the calculating to whoever opens them.
 */
export const NO_SAVED_RESULT = 'no saved result';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fromPlain(value: unknown, format: string | undefined, dates: DateSystem): RawValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? (format ? { kind: 'number', value, format } : { kind: 'number', value }) : { kind: 'error', error: '#NUM!' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'error', error: '#VALUE!' };
    const serial = serialOf(value, dates);
    return format ? { kind: 'date', date: value, serial, format } : { kind: 'date', date: value, serial };
  }
  return EMPTY;
}

/**
 * Gives an exceljs cell value a plain shape: formulas become their saved result, rich text and
 * hyperlinks their text, and formula errors (`#DIV/0!`), wherever exceljs puts them, an error.
 * exceljs gives dates in the calendar whatever the workbook's date system; `dates` recovers the
 * number the cell holds, which is what a duration is.
 */
export function toRawValue(value: ExcelJS.CellValue, numFmt: string | undefined, dates: DateSystem): RawValue {
  const format = numFmt === undefined || numFmt === '' || numFmt === 'General' ? undefined : numFmt;
  if (!isRecord(value) || value instanceof Date) return fromPlain(value, format, dates);
  if ('error' in value && typeof value.error === 'string') return { kind: 'error', error: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = 'result' in value ? value.result : undefined;
    if (isRecord(result) && 'error' in result && typeof result.error === 'string') return { kind: 'error', error: result.error };
    if (result === undefined) return { kind: 'error', error: NO_SAVED_RESULT };
    return fromPlain(result, format, dates);
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
    return fromPlain(text, format, dates);
  }
  if ('text' in value && typeof value.text === 'string') return fromPlain(value.text, format, dates);
  return EMPTY;
}
