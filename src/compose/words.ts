import { weekdayOf, WEEKDAY_NAMES, type IsoDate } from '../calendar/iso-date.js';
import { MONTH_NAMES } from '../model/period.js';

/**
 * Small pieces of wording the documents, the e-mails and the return workbook share: dates as
 * committee papers print them, lists in words, and workbook text made safe to place in a
 * template's output.
 */

/** `2026-02-05` -> `5 February 2026`; anything else is returned as given. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = MONTH_NAMES[Number(match?.[2] ?? 0) - 1];
  if (match === null || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** `2026-01-22` -> `Thursday 22 January 2026`: a deadline reads best with its weekday. */
export function dayInWords(iso: IsoDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(iso)] ?? ''} ${longDate(iso)}`;
}

/** `2025-12` -> `December 2025`; anything else is returned as given. */
export function monthInWords(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = MONTH_NAMES[Number(match?.[2] ?? 0) - 1];
  return match === null || month === undefined ? key : `${month} ${match[1]}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** A fraction as the reference prints a tolerance: 0.05 -> `5%`, 0.025 -> `2.5%`. */
export function percentInWords(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/**
 * Workbook text on one line, so that text placed in a template's output can never start a line
 * of its own and be read as one of the template's marks (a heading, a bullet).
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A priority's wording to run on inside a sentence, as the reference lists its red areas:
 * "Reduce the ..." -> "reduce the ...". Words in capitals (NHS, CVDP007HYP) keep their case.
 */
export function inSentence(text: string): string {
  const line = oneLine(text);
  return /^[A-Z][a-z]/.test(line) ? `${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
}
