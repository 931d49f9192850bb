import { describe, expect, it } from 'vitest';
import { buildPack, MonthError, parseMonth, runMerge, runPack } from '../../src/index.js';
import type { MonthPeriod } from '../../src/model/pack-workbook.js';

/* The one month parser behind the command line and the public API. */
describe('the reporting month', () => {
  it('YYYY-MM, and nothing else, with a reason for each mistake', () => {
    expect(parseMonth('2026-01')).toEqual({ kind: 'month', year: 2026, month: 1 });
    expect(parseMonth(' 2025-12 ')).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect(() => parseMonth('2026-13')).toThrow(new MonthError('"2026-13" has no month 13; months run 01 to 12'));
    expect(() => parseMonth('Jan-26')).toThrow(new MonthError('a month is written YYYY-MM, e.g. 2026-01; got "Jan-26"'));
    expect(() => parseMonth('2026/01')).toThrow(MonthError);
  });

  it('the public API refuses a month it has not checked: month 13 is not "nothing for undefined 2026"', async () => {
    const thirteen = { kind: 'month', year: 2026, month: 13 } as MonthPeriod;
    await expect(buildPack({ workbook: new Uint8Array(), workbookName: 'x.xlsx', month: thirteen })).rejects.toThrow(new MonthError('"2026-13" has no month 13; months run 01 to 12'));
    await expect(runPack({ workbookPath: 'x.xlsx', month: thirteen })).rejects.toThrow(MonthError);
    await expect(runMerge({ workbookPath: 'x.xlsx', month: thirteen, returnPaths: [] })).rejects.toThrow(MonthError);
    await expect(runPack({ workbookPath: 'x.xlsx', month: { kind: 'month', year: 2026.5, month: 1 } as MonthPeriod })).rejects.toThrow(MonthError);
  });
});
