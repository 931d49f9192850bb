import { attributesOf, elementOf } from './package-sheets.js';

/**
 * Excel's two date systems (ECMA-376 Part 1, 18.2.28 workbookPr, `date1904`): a cell holds a
 * date as days since day 0, which is 30 December 1899 in the 1900 system (Windows Excel's) and
 * 1 January 1904 in the 1904 system (older Mac Excel's, and some exporters'). A time on its own,
 * such as a duration of 00:47:14, is the same fraction of a day in both.
 */
export type DateSystem = '1900' | '1904';

const DAY_ZERO: Record<DateSystem, number> = { '1900': Date.UTC(1899, 11, 30), '1904': Date.UTC(1904, 0, 1) };
const MS_PER_DAY = 86_400_000;

/** The number a cell of the workbook holds for a date: days since the date system's day 0. */
export function serialOf(date: Date, system: DateSystem): number {
  return (date.getTime() - DAY_ZERO[system]) / MS_PER_DAY;
}

/**
 * The date a cell's number stands for, as exceljs reads it (to the millisecond, from the Unix
 * epoch), so that a date reads the same whichever reads the workbook.
 */
export function dateOfSerial(serial: number, system: DateSystem): Date {
  // multiplied step by step as exceljs does: the product rounds differently from one by 86,400,000
  return new Date(Math.round((serial - 25569 + (system === '1904' ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The date system `xl/workbook.xml` declares: `date1904` may be written `1` or `true`. */
export function dateSystemIn(workbookXml: string): DateSystem {
  const properties = elementOf(workbookXml, '(?:\\w+:)?workbookPr');
  const flag = properties === undefined ? undefined : attributesOf(properties).get('date1904');
  return flag === '1' || flag === 'true' ? '1904' : '1900';
}
