import { MonthError, parseMonth } from '../model/reporting-month.js';
import type { MonthPeriod } from '../model/pack-workbook.js';
import { stringOption, type ParsedArgs } from './arguments.js';
import { UsageError } from './console.js';
import { commandLine } from './invocation.js';

/** The command's --month, read by the one month parser; a UsageError with an example when it is missing or wrong. */
export function readMonthOption(args: ParsedArgs, command: string, example: string): MonthPeriod {
  const text = stringOption(args, 'month');
  if (text === undefined) throw new UsageError(`--month is required, e.g. ${commandLine(command)} --month 2026-01${example}`);
  try {
    return parseMonth(text);
  } catch (error) {
    if (error instanceof MonthError) throw new UsageError(`--month: ${error.message}`);
    throw error;
  }
}
