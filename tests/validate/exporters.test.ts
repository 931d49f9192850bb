import { describe, expect, test } from 'vitest';
import { loadWorkbook } from '../../src/pipeline.js';
import type { CellContent } from '../../src/xlsx/workbook-content.js';
import { inDateSystem1904, withInlineStrings, withOpenpyxlNote, withSharedString } from '../fixtures/exporter-package.js';
import { fixtureWorkbook, setCell, type FixtureSheets } from '../fixtures/fixture-workbook.js';
import { messagesOf } from './messages.js';

/*
 * Workbooks as programs other than Excel write them: each is read as the same workbook written
 * by Excel would be, or gets a message at its cell.
 */

const date = (y: number, m: number, d: number, numFmt: string): CellContent => ({ date: new Date(Date.UTC(y, m - 1, d)), numFmt });
const duration = (h: number, m: number, s: number): CellContent => ({ number: (h * 3600 + m * 60 + s) / 86_400, numFmt: '[h]:mm:ss' });

/** The fixture with its months, periods and meeting dates as Excel dates, and its handover times as Excel durations. */
function datesAndDurations(sheets: FixtureSheets): void {
  setCell(sheets, 'Meetings', 2, 'Month', date(2025, 12, 1, 'mmm-yy'));
  setCell(sheets, 'Meetings', 2, 'Meeting date', date(2026, 1, 8, 'dd/mm/yyyy'));
  setCell(sheets, 'Meetings', 3, 'Meeting date', date(2026, 2, 5, 'dd/mm/yyyy'));
  setCell(sheets, 'Values', 2, 'Period', date(2025, 11, 1, 'mmm-yy'));
  setCell(sheets, 'Values', 4, 'Period', date(2025, 12, 1, 'mmm-yy'));
  setCell(sheets, 'Values', 4, 'Actual', duration(0, 47, 14));
  setCell(sheets, 'Values', 4, 'Plan', duration(0, 15, 0));
}

describe('the 1904 date system', () => {
  test.each(['1', 'true'] as const)('with date1904="%s", dates and durations read as in the 1900 system', async (flag) => {
    const excel = await fixtureWorkbook(datesAndDurations);
    const mac = await inDateSystem1904(excel, flag);
    const [fromExcel, fromMac] = await Promise.all([loadWorkbook(excel), loadWorkbook(mac)]);
    expect(fromMac.diagnostics.list()).toEqual([]);
    expect(fromMac.workbook).toEqual(fromExcel.workbook);
    expect(fromMac.workbook?.meetings.map((m) => m.date)).toEqual(['2026-01-08', '2026-02-05']);
    const handover = fromMac.workbook?.observations.find((o) => o.metricId === 'HANDOVER');
    expect([handover?.period, handover?.actual, handover?.plan]).toEqual([{ kind: 'month', year: 2025, month: 12 }, { kind: 'number', value: 47 * 60 + 14 }, 15 * 60]);
  });
});

describe('_xHHHH_ escapes', () => {
  test('in inline strings, as exporters write them, are decoded: a line feed kept, a literal "_x" kept', async () => {
    const bytes = await withInlineStrings(await fixtureWorkbook(), 'Narrative', { C2: 'First update_x000D__x000A_Second update_x005F_x0041_' });
    const { workbook, diagnostics } = await loadWorkbook(bytes);
    expect(diagnostics.list()).toEqual([]);
    expect(workbook?.narratives[0]?.sections.updates).toEqual(['First update', 'Second update_x0041_']);
  });

  test('in shared strings with lower-case hex digits, are decoded', async () => {
    const bytes = await withSharedString(await fixtureWorkbook(), 'Areas', 'B2', 'Urgent_x0020_care_x0020__x00e0__x0020_domicile');
    const { workbook } = await loadWorkbook(bytes);
    expect(workbook?.areas[0]?.name).toBe('Urgent care à domicile');
  });

  test('an escaped control character is reported at its cell, not printed as _x0001_', async () => {
    const bytes = await withInlineStrings(await fixtureWorkbook(), 'Areas', { B2: 'Urgent_x0001_ Care' });
    expect(await messagesOf(bytes)).toEqual(['Areas!B2: the area name contains an invisible control character, perhaps pasted from another program; retype "Urgent Care" [model/control-character]']);
  });
});

describe('parts at the names openpyxl gives them', () => {
  test('a note written by openpyxl does not stop the workbook being read', async () => {
    const bytes = await withOpenpyxlNote(await fixtureWorkbook(), 'Values', 'D1', 'Checked by the performance team');
    expect(await messagesOf(bytes)).toEqual([]);
  });
});
