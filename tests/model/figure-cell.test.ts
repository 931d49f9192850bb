import { describe, expect, test } from 'vitest';
import { figureCell, type FigureOptions, type TypedFigure } from '../../src/model/figure-cell.js';
import type { Unit } from '../../src/model/pack-workbook.js';
import { loadWorkbook } from '../../src/pipeline.js';
import type { RawValue } from '../../src/xlsx/raw-workbook.js';
import { fixtureWorkbook, setCell, sheetOf } from '../fixtures/fixture-workbook.js';

function actualIn(unit: Unit, options: Partial<FigureOptions> = {}) {
  return figureCell({ unit, allowOver100: false, allowSuppressed: true, what: 'the actual', ...options });
}

/** The figure read, or the messages given. */
function read(unit: Unit, value: RawValue, options: Partial<FigureOptions> = {}): TypedFigure | undefined | string[] {
  const result = actualIn(unit, options).safeParse(value);
  return result.success ? result.data : result.error.issues.map((i) => i.message);
}

/** The number read, failing the test when the cell does not read as one. */
function numberRead(unit: Unit, value: RawValue): number {
  const figure = read(unit, value);
  if (Array.isArray(figure) || figure?.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(figure)}`);
  return figure.value;
}

const number = (value: number): TypedFigure => ({ kind: 'number', value });
const text = (t: string): RawValue => ({ kind: 'text', text: t });

describe('percentages are held as fractions', () => {
  test('a percent-formatted cell holds the fraction already', () => {
    expect(read('percent', { kind: 'number', value: 0.573, format: '0.0%' })).toEqual(number(0.573));
  });

  test('a plain number is in percentage points', () => {
    expect(numberRead('percent', { kind: 'number', value: 57.3 })).toBeCloseTo(0.573, 12);
  });

  test('text "57.3%" is in percentage points', () => {
    expect(numberRead('percent', text('57.3%'))).toBeCloseTo(0.573, 12);
  });
});

describe('durations are held in seconds', () => {
  test('an Excel time, as exceljs returns it: a date just after 1899-12-30, holding a fraction of a day', () => {
    expect(read('duration', { kind: 'date', date: new Date(Date.UTC(1899, 11, 30, 0, 32, 34)), serial: 1954 / 86_400, format: 'hh:mm:ss' })).toEqual(number(1954));
  });

  test('an Excel duration over a day ([h]:mm:ss), as a date', () => {
    expect(read('duration', { kind: 'date', date: new Date(Date.UTC(1899, 11, 31, 2, 0, 0)), serial: 26 / 24, format: '[h]:mm:ss' })).toEqual(number(26 * 3600));
  });

  test('an Excel time in a workbook of the 1904 date system: a date just after 1904-01-01, holding the same fraction', () => {
    expect(read('duration', { kind: 'date', date: new Date(Date.UTC(1904, 0, 1, 0, 32, 34)), serial: 1954 / 86_400, format: 'hh:mm:ss' })).toEqual(number(1954));
  });

  test('a number of days with an [h]:mm:ss format', () => {
    expect(read('duration', { kind: 'number', value: 0.5, format: '[h]:mm:ss' })).toEqual(number(12 * 3600));
  });

  test('text 00:32:34', () => {
    expect(read('duration', text('00:32:34'))).toEqual(number(1954));
  });

  test('a calendar date is not a duration', () => {
    expect(read('duration', { kind: 'date', date: new Date(Date.UTC(2025, 11, 1)), serial: 46_357, format: 'dd/mm/yyyy' })).toEqual(["the actual must be a duration like 00:32:34 or '*', got 2025-12-01"]);
  });

  test('a plain number is not a duration', () => {
    expect(read('duration', { kind: 'number', value: 32 })).toEqual(["the actual must be a duration like 00:32:34 or '*', got 32"]);
  });
});

describe('counts and other numbers', () => {
  test('text with thousands separators: "1,234"', () => {
    expect(read('count', text('1,234'))).toEqual(number(1234));
  });

  test('an amount in £m typed with the pound sign', () => {
    expect(read('gbp-millions', text('£85.65'))).toEqual(number(85.65));
  });

  test('a count must be whole', () => {
    expect(read('count', text('12.5'))).toEqual(['the actual is a count, so it must be a whole number of 0 or more, got "12.5"']);
  });
});

describe('no figure, and suppressed figures', () => {
  test('* is the source suppressing the figure', () => {
    expect(read('count', text('*'))).toEqual({ kind: 'suppressed' });
  });

  test('* is not allowed where figures cannot be suppressed (plans)', () => {
    expect(read('count', text('*'), { allowSuppressed: false, what: 'the plan' })).toEqual(['the plan cannot be suppressed with *; type the figure or leave it blank']);
  });

  test.each(['-', 'NA', 'n/a', 'Not available', ' - '])('"%s" is read as a blank', (word) => {
    expect(read('count', text(word))).toBeUndefined();
  });

  test('an empty cell is a blank', () => {
    expect(read('percent', { kind: 'empty' })).toBeUndefined();
  });
});

describe('the pack suppresses small counts when the workbook is read', () => {
  test('counts 1 to 4 become suppressed, 0 and 5 are kept, plans are never suppressed', async () => {
    const bytes = await fixtureWorkbook((sheets) => {
      // WL52 at ACUTE for 2025-12 is row 6 (actual 3, plan 2).
      setCell(sheets, 'Values', 5, 'Actual', 0);
      sheetOf(sheets, 'Values').rows.push(
        { Metric: 'WL52', Level: 'ICB', Period: '2025-11', Actual: 4 },
        { Metric: 'WL52', Level: 'ACUTE', Period: '2025-11', Actual: 5 },
        { Metric: 'WL52', Level: 'ICB', Period: '2025-10', Actual: 1 },
      );
    });
    const { workbook, diagnostics } = await loadWorkbook(bytes);
    expect(diagnostics.list()).toEqual([]);
    const wl52 = (workbook?.observations ?? []).filter((o) => o.metricId === 'WL52').map((o) => ({ level: o.levelId, period: o.period, actual: o.actual, plan: o.plan }));
    expect(wl52).toEqual([
      { level: 'ICB', period: { kind: 'month', year: 2025, month: 12 }, actual: number(0), plan: 1396 },
      { level: 'ACUTE', period: { kind: 'month', year: 2025, month: 12 }, actual: { kind: 'suppressed' }, plan: 2 },
      { level: 'ICB', period: { kind: 'month', year: 2025, month: 11 }, actual: { kind: 'suppressed' }, plan: undefined },
      { level: 'ACUTE', period: { kind: 'month', year: 2025, month: 11 }, actual: number(5), plan: undefined },
      { level: 'ICB', period: { kind: 'month', year: 2025, month: 10 }, actual: { kind: 'suppressed' }, plan: undefined },
    ]);
  });

  test('a percentage is never suppressed', async () => {
    const { workbook } = await loadWorkbook(await fixtureWorkbook((sheets) => setCell(sheets, 'Values', 2, 'Actual', { number: 0.03, numFmt: '0.0%' })));
    expect(workbook?.observations.find((o) => o.metricId === 'AE4')?.actual).toEqual(number(0.03));
  });
});
