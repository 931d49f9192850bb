import type { z } from 'zod';
import type { RawValue } from '../xlsx/raw-workbook.js';
import { fail, formulaError, numberOf, percentOf, rawValue, shown } from './cell-schemas.js';
import type { Unit } from './pack-workbook.js';

/** A figure as typed: a number in the unit's canonical form, or the source's own suppression `*`. */
export type TypedFigure = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'suppressed' };

/** Words the reference packs use for "no figure": read as a blank cell. */
const NO_FIGURE = new Set(['-', '–', 'na', 'n/a', 'nil return', 'not available']);

const SECONDS_PER_DAY = 86_400;
/**
 * The reader hands back a time-formatted cell as a date just after the workbook's day 0 (00:32:34 is
 * 1899-12-30T00:32:34Z, or 1904-01-01T00:32:34Z in the 1904 date system); what the cell holds is
 * the fraction of a day. A date weeks later is a calendar date typed in the wrong cell, not a duration.
 */
const LONGEST_DURATION_SECONDS = 31 * SECONDS_PER_DAY;

function isTimeFormat(format: string | undefined): boolean {
  return format !== undefined && /h|s/i.test(format.replace(/"[^"]*"/g, '')) && !format.includes('%');
}

/** A duration in seconds from an Excel time, a time-formatted number, or text `00:32:34`. */
function durationOf(value: RawValue): number | undefined {
  if (value.kind === 'date') {
    const seconds = Math.round(value.serial * SECONDS_PER_DAY);
    return seconds >= 0 && seconds < LONGEST_DURATION_SECONDS ? seconds : undefined;
  }
  if (value.kind === 'number' && isTimeFormat(value.format)) return Math.round(value.value * SECONDS_PER_DAY);
  if (value.kind !== 'text') return undefined;
  const m = value.text.trim().match(/^(\d+):([0-5]\d):([0-5]\d)$/);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

const UNIT_WORDS: Record<Unit, string> = {
  percent: 'a percentage like 57.3%',
  count: 'a whole number',
  duration: 'a duration like 00:32:34',
  'gbp-millions': 'an amount in £m like 85.65',
  'gbp-thousands': "an amount in £000 like 1,250",
  'rate-per-1000': 'a rate per 1,000 like 4.1',
  ratio: 'a ratio like 1.25',
  number: 'a number',
};

export interface FigureOptions {
  readonly unit: Unit;
  readonly allowOver100: boolean;
  /** Plans cannot be suppressed: they are not counts of people. */
  readonly allowSuppressed: boolean;
  /** "the actual" or "the plan", for messages. */
  readonly what: string;
}

function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

function valueIn(unit: Unit, value: RawValue): number | undefined {
  switch (unit) {
    case 'percent':
      return percentOf(value);
    case 'duration':
      return durationOf(value);
    default:
      return value.kind === 'date' ? undefined : numberOf(value);
  }
}

/** A figure cell read in a metric's unit; undefined for a blank (or "-", "NA"). */
export function figureCell(options: FigureOptions): z.ZodType<TypedFigure | undefined, RawValue> {
  const { unit, what } = options;
  return rawValue.transform((value, ctx): TypedFigure | undefined => {
    if (value.kind === 'empty') return undefined;
    if (value.kind === 'error') return formulaError(ctx, value, what);
    if (value.kind === 'text') {
      const word = value.text.trim().toLowerCase();
      if (word === '*') {
        return options.allowSuppressed ? { kind: 'suppressed' } : fail(ctx, 'model/suppressed-plan', `${what} cannot be suppressed with *; type the figure or leave it blank`);
      }
      if (NO_FIGURE.has(word)) return undefined;
    }
    const n = valueIn(unit, value);
    if (n === undefined) {
      const suppressed = options.allowSuppressed ? " or '*'" : '';
      return fail(ctx, 'model/bad-number', `${what} must be ${UNIT_WORDS[unit]}${suppressed}, got ${shown(value)}`);
    }
    if (unit === 'percent' && n < 0) {
      return fail(ctx, 'model/percent-out-of-range', `${what} is ${percentText(n)}, but a percentage cannot be below 0%; check the figure`);
    }
    if (unit === 'percent' && n > 1 + 1e-9 && !options.allowOver100) {
      return fail(ctx, 'model/percent-out-of-range', `${what} is ${percentText(n)}, over 100%; check the figure, or, if this metric can exceed 100%, set "Allow over 100%" to yes on its row of the Metrics sheet`);
    }
    if (unit === 'count' && (!Number.isInteger(n) || n < 0)) {
      return fail(ctx, 'model/bad-count', `${what} is a count, so it must be a whole number of 0 or more, got ${shown(value)}`);
    }
    if (unit === 'duration' && n < 0) return fail(ctx, 'model/bad-number', `${what} is a duration, so it cannot be negative, got ${shown(value)}`);
    return { kind: 'number', value: n };
  });
}
