import type { CellContent } from '../xlsx/workbook-content.js';

const SECONDS_PER_DAY = 86_400;

/** Decimal places of the digits in `text`, e.g. 2 for "65.96". */
function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/** A fraction without the binary noise of dividing by 100: 78.9 -> 0.789, not 0.7890000000000001. */
function percentToFraction(points: number): number {
  return Number((points / 100).toPrecision(12));
}

/**
 * The cell Excel makes of text an officer types: `78.9%` becomes a percent cell holding 0.789,
 * `00:47:14` a time cell (a fraction of a day), `2026-02-05` a date, `1234` a number, and anything
 * else stays text. The template's setting defaults and the sample's figures are typed this way,
 * so that they reach the reader as they would from a real workbook.
 */
export function typedCell(text: string): CellContent {
  const t = text.trim();
  if (t === '') return null;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(-?\d+(?:\.\d+)?)%$/))) {
    const digits = m[1] ?? '0';
    const decimals = decimalsOf(digits);
    return { number: percentToFraction(Number(digits)), numFmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%` };
  }
  if ((m = t.match(/^(\d{1,3}):([0-5]\d):([0-5]\d)$/))) {
    const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    return { number: seconds / SECONDS_PER_DAY, numFmt: '[h]:mm:ss' };
  }
  if ((m = t.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    return { date: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt: 'dd/mm/yyyy' };
  }
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return t;
}
