import { z } from 'zod';
import { matchChoice } from '../format/choices.js';
import { NO_SAVED_RESULT } from '../xlsx/sheet-cells.js';
import type { RawValue } from '../xlsx/raw-workbook.js';
import { parseMonthText, parsePeriodText, periodOfDate } from './parse-period.js';
import type { MonthPeriod } from './pack-workbook.js';
import type { Period } from './period.js';

/**
 * zod schemas for single cells: each takes a {@link RawValue} and gives the typed value, or adds an
 * issue whose message is written for an officer and whose `params.rule` names the check. Issues
 * are mapped back to their cell by the sheet readers.
 */
export const rawValue = z.custom<RawValue>((v) => typeof v === 'object' && v !== null && 'kind' in v);

type Ctx = z.core.$RefinementCtx;

export function fail(ctx: Ctx, rule: string, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { rule } });
  return z.NEVER;
}

/** The rule an issue was raised under (see {@link fail}); `model/invalid` for zod's own issues. */
export function ruleOfIssue(issue: z.core.$ZodIssue): string {
  const rule: unknown = issue.code === 'custom' ? issue.params?.['rule'] : undefined;
  return typeof rule === 'string' ? rule : 'model/invalid';
}

// Control characters other than tab, line feed and carriage return, which are reported separately.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Text quoted back in a message: kept to one line (a line break would split the message), with
 * invisible characters dropped and long text cut short.
 */
function quoted(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ↵ ').replace(/\t/g, ' ').replace(CONTROLS, '');
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}"`;
}

/** How a cell's content reads back to the officer in a message. */
export function shown(value: RawValue): string {
  switch (value.kind) {
    case 'empty':
      return 'an empty cell';
    case 'text':
      return quoted(value.text);
    case 'number':
      return String(value.value);
    case 'date':
      return value.date.toISOString().slice(0, 10);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'error':
      return value.error;
  }
}

/**
 * A formula that failed (`#DIV/0!`), or one saved without its result (written by a program other
 * than Excel): either way there is no value to read. `what` names the value: "the actual".
 */
export function formulaError(ctx: Ctx, value: RawValue & { kind: 'error' }, what = 'the cell'): typeof z.NEVER {
  return value.error === NO_SAVED_RESULT
    ? fail(ctx, 'model/formula-no-result', `${what} is a formula with no saved result; open the workbook in Excel so that it calculates, and save it`)
    : fail(ctx, 'model/formula-error', `${what} shows the formula error ${value.error}; correct the formula, or type the value in its place`);
}

/** The cell as text: numbers and dates typed where text belongs are read as text. */
function asText(value: RawValue): string | undefined {
  switch (value.kind) {
    case 'text':
      return value.text.trim();
    case 'number':
      return String(value.value);
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'date':
      return value.date.toISOString().slice(0, 10);
    default:
      return undefined;
  }
}

export interface TextOptions {
  /** Names, ids and addresses must be one line: a line break in one would break e-mail headers. */
  readonly singleLine?: boolean;
  /** What the value is, for messages: "a name". */
  readonly what?: string;
}

/** What {@link checkedText} gives when it has added an issue: the caller stops there. */
const INVALID = Symbol('invalid');

function checkedText(value: RawValue, ctx: Ctx, options: TextOptions): string | undefined | typeof INVALID {
  const what = options.what ?? 'this value';
  if (value.kind === 'error') {
    formulaError(ctx, value, what);
    return INVALID;
  }
  const text = asText(value);
  if (text === undefined || text === '') return undefined;
  if (options.singleLine === true && /[\r\n]/.test(text)) {
    fail(ctx, 'model/line-break', `${what} must be on one line; remove the line break (Alt+Enter in Excel) from ${quoted(text)}`);
    return INVALID;
  }
  if (CONTROL.test(text)) {
    fail(ctx, 'model/control-character', `${what} contains an invisible control character, perhaps pasted from another program; retype ${quoted(text)}`);
    return INVALID;
  }
  if (options.singleLine === true && text.includes('\t')) {
    fail(ctx, 'model/control-character', `${what} contains a tab; replace it with a space in ${quoted(text)}`);
    return INVALID;
  }
  return text;
}

/** Optional text; undefined when blank. */
export function optionalText(options: TextOptions = {}) {
  return rawValue.transform((value, ctx): string | undefined => {
    const text = checkedText(value, ctx, options);
    return text === INVALID ? z.NEVER : text;
  });
}

/** Required text. */
export function requiredText(options: TextOptions = {}) {
  return rawValue.transform((value, ctx): string => {
    const text = checkedText(value, ctx, options);
    if (text === INVALID) return z.NEVER;
    return text ?? fail(ctx, 'model/missing-value', `${options.what ?? 'a value'} is needed here`);
  });
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.\-]*$/;

/** An id: letters, digits, `_`, `.` and `-`, no spaces. */
function idText(value: RawValue, ctx: Ctx, what: string): string | undefined | typeof INVALID {
  const text = checkedText(value, ctx, { singleLine: true, what });
  if (text === INVALID || text === undefined) return text;
  if (ID.test(text)) return text;
  fail(ctx, 'model/bad-id', `${what} may hold only letters, digits, "_", "." and "-" (no spaces), got "${text}"`);
  return INVALID;
}

export function idCell(what: string) {
  return rawValue.transform((value, ctx): string => {
    const text = idText(value, ctx, what);
    if (text === INVALID) return z.NEVER;
    return text ?? fail(ctx, 'model/missing-value', `${what} is needed here`);
  });
}

export function optionalId(what: string) {
  return rawValue.transform((value, ctx): string | undefined => {
    const text = idText(value, ctx, what);
    return text === INVALID ? z.NEVER : text;
  });
}

/** One of a drop-down's choices (case-insensitive); undefined when blank and not required. */
export function choiceCell<T extends string>(choices: readonly T[], what: string, required: true): z.ZodType<T, RawValue>;
export function choiceCell<T extends string>(choices: readonly T[], what: string, required: false): z.ZodType<T | undefined, RawValue>;
export function choiceCell<T extends string>(choices: readonly T[], what: string, required: boolean) {
  return rawValue.transform((value, ctx): T | undefined => {
    const text = checkedText(value, ctx, { singleLine: true, what });
    if (text === INVALID) return z.NEVER;
    if (text === undefined) return required ? fail(ctx, 'model/missing-value', `${what} is needed here: one of ${choices.join('; ')}`) : undefined;
    const match = matchChoice(choices, text);
    return match ?? fail(ctx, 'model/bad-choice', `${what} must be one of ${choices.join('; ')}, got "${text}"`);
  });
}

const EMAIL = /^[^\s@<>(),;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function emailCell(required: boolean) {
  return rawValue.transform((value, ctx): string | undefined => {
    const text = checkedText(value, ctx, { singleLine: true, what: 'the e-mail address' });
    if (text === INVALID) return z.NEVER;
    if (text === undefined) return required ? fail(ctx, 'model/missing-value', 'an e-mail address is needed here') : undefined;
    return EMAIL.test(text) ? text : fail(ctx, 'model/bad-email', `"${text}" is not an e-mail address like name@example.org`);
  });
}

/** A reporting month: `2026-01`, `Jan-26` or an Excel date. */
export function monthCell(what = 'the month') {
  return rawValue.transform((value, ctx): MonthPeriod => {
    if (value.kind === 'error') return formulaError(ctx, value, what);
    if (value.kind === 'date') return periodOfDate(value.date) as MonthPeriod;
    const text = asText(value);
    if (text === undefined) return fail(ctx, 'model/missing-value', `${what} is needed here, like 2026-01`);
    const parsed = parseMonthText(text);
    return parsed.ok ? parsed.period : fail(ctx, 'model/bad-month', parsed.reason);
  });
}

/** Any reporting period: a month, an NHS quarter, a financial year or a calendar year. */
export const periodCell = rawValue.transform((value, ctx): Period => {
  if (value.kind === 'error') return formulaError(ctx, value, 'the period');
  if (value.kind === 'date') return periodOfDate(value.date);
  if (value.kind === 'number' && Number.isInteger(value.value) && value.value >= 1990 && value.value <= 2100) {
    return { kind: 'calendar-year', year: value.value };
  }
  const text = asText(value);
  if (text === undefined) return fail(ctx, 'model/missing-value', 'the period is needed here, like 2026-01 or 2025/26 Q2');
  const parsed = parsePeriodText(text);
  return parsed.ok ? parsed.period : fail(ctx, 'model/bad-period', parsed.reason);
});

/** A calendar date as ISO `2026-02-05`, from an Excel date or typed text. */
export const dateCell = rawValue.transform((value, ctx): string => {
  if (value.kind === 'error') return formulaError(ctx, value, 'the date');
  if (value.kind === 'date') return value.date.toISOString().slice(0, 10);
  const text = asText(value);
  if (text === undefined) return fail(ctx, 'model/missing-value', 'a date is needed here, like 2026-02-05');
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/) ?? text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (m) {
    const [y, mo, d] = text.includes('/') ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date.toISOString().slice(0, 10);
  }
  return fail(ctx, 'model/bad-date', `expected a date like 2026-02-05, got "${text}"`);
});

export function yesNoCell(what: string, fallback: boolean) {
  return rawValue.transform((value, ctx): boolean => {
    if (value.kind === 'boolean') return value.value;
    const typed = checkedText(value, ctx, { singleLine: true, what });
    if (typed === INVALID) return z.NEVER;
    if (typed === undefined) return fallback;
    const text = typed.toLowerCase();
    if (['yes', 'y', 'true'].includes(text)) return true;
    if (['no', 'n', 'false'].includes(text)) return false;
    return fail(ctx, 'model/bad-choice', `${what} must be yes or no, got "${text}"`);
  });
}

/** A plain number typed or formatted; text such as "1,234" or "£85.65" is read as a number too. */
export function numberOf(value: RawValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind !== 'text') return undefined;
  const cleaned = value.text.trim().replace(/^£/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

export function integerCell(what: string, min: number, max: number, fallback: number | undefined) {
  return rawValue.transform((value, ctx): number | undefined => {
    if (value.kind === 'error') return formulaError(ctx, value, what);
    if (value.kind === 'empty') return fallback;
    const n = numberOf(value);
    if (n === undefined || !Number.isInteger(n)) return fail(ctx, 'model/bad-number', `${what} must be a whole number, got ${shown(value)}`);
    if (n < min || n > max) return fail(ctx, 'model/out-of-range', `${what} must be between ${min} and ${max}, got ${n}`);
    return n;
  });
}

/**
 * A percentage as a fraction: a percent-formatted cell holds the fraction already (0.05 shows as
 * 5%); a plain number or text is in percentage points (5 or "5%" mean 5%).
 */
export function percentOf(value: RawValue): number | undefined {
  if (value.kind === 'number') return value.format?.includes('%') ? value.value : value.value / 100;
  if (value.kind !== 'text') return undefined;
  const n = numberOf({ kind: 'text', text: value.text.trim().replace(/%$/, '') });
  return n === undefined ? undefined : n / 100;
}

export function toleranceCell(what: string) {
  return rawValue.transform((value, ctx): number | undefined => {
    if (value.kind === 'error') return formulaError(ctx, value, what);
    if (value.kind === 'empty') return undefined;
    const fraction = percentOf(value);
    if (fraction === undefined) return fail(ctx, 'model/bad-number', `${what} must be a percentage like 5%, got ${shown(value)}`);
    if (fraction < 0 || fraction >= 1) return fail(ctx, 'model/out-of-range', `${what} must be from 0% to under 100%, got ${shown(value)}`);
    return fraction;
  });
}

export function colourCell(what: string) {
  return rawValue.transform((value, ctx): string | undefined => {
    const text = checkedText(value, ctx, { singleLine: true, what });
    if (text === INVALID) return z.NEVER;
    if (text === undefined) return undefined;
    const m = text.match(/^#?([0-9A-Fa-f]{6})$/);
    return m?.[1] !== undefined ? `#${m[1].toUpperCase()}` : fail(ctx, 'model/bad-colour', `${what} must be a hex colour like #005EB8, got "${text}"`);
  });
}

/**
 * Months typed in one cell, separated by commas, semicolons or line breaks (`2025-04, 2025-10`),
 * or one Excel date (Excel turns a typed 2025-04 into a date); oldest first, none when blank.
 */
export function monthListCell(what: string) {
  return rawValue.transform((value, ctx): MonthPeriod[] => {
    if (value.kind === 'error') return formulaError(ctx, value, what);
    if (value.kind === 'empty') return [];
    if (value.kind === 'date') return [periodOfDate(value.date) as MonthPeriod];
    if (value.kind !== 'text') return fail(ctx, 'model/bad-month', `${what} must be months like 2025-04, separated by commas, got ${shown(value)}`);
    const months = new Map<string, MonthPeriod>();
    for (const part of value.text.split(/[,;\r\n]+/).map((p) => p.trim()).filter((p) => p !== '')) {
      const parsed = parseMonthText(part);
      if (!parsed.ok) return fail(ctx, 'model/bad-month', `${what} must be months like 2025-04, separated by commas: ${parsed.reason}`);
      const key = `${parsed.period.year}-${parsed.period.month}`;
      if (months.has(key)) return fail(ctx, 'model/duplicate-month', `${what} gives "${part}" twice; give each month once`);
      months.set(key, parsed.period);
    }
    return [...months.values()].sort((a, b) => a.year * 12 + a.month - (b.year * 12 + b.month));
  });
}

/**
 * A file named by its path (from the workbook's folder), one of the given extensions: `what`
 * names the setting ("the slide template"), `kinds` the file types in words
 * ("a PowerPoint template (.potx) or presentation (.pptx)").
 */
export function fileNameCell(what: string, extensions: readonly string[], kinds: string) {
  return rawValue.transform((value, ctx): string | undefined => {
    const text = checkedText(value, ctx, { singleLine: true, what });
    if (text === INVALID) return z.NEVER;
    if (text === undefined) return undefined;
    const name = text.trim();
    const dot = name.lastIndexOf('.');
    const extension = dot === -1 ? '' : name.slice(dot).toLowerCase();
    if (extensions.includes(extension)) return name;
    return fail(ctx, 'model/wrong-file-type', `${what} must be ${kinds}, got ${quoted(name)}; save it as ${extensions.join(' or ')} and name that file here`);
  });
}
