import { describe, expect, test } from 'vitest';
import { writeWorkbook } from '../../src/xlsx/write-workbook.js';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';
import { messagesFor, messagesOf } from './messages.js';
import { storedZip } from './stored-zip.js';

/** Files that cannot be read as a pack workbook at all: one message each, with no place. */

const CORRUPT = '[read/corrupt]';
const corruptMessage = `the file could not be opened as an Excel workbook: it is damaged, or was only partly saved or copied; open it in Excel (which may offer to repair it) and save it again, or copy it again ${CORRUPT}`;

describe('a file that is not a pack workbook', () => {
  test('a 0-byte file', async () => {
    expect(await messagesOf(new Uint8Array(0))).toEqual(['the file is empty (0 bytes); it may not have finished saving or copying [read/empty-file]']);
  });

  test('a text file renamed .xlsx', async () => {
    expect(await messagesOf(Buffer.from('Metric,Level,Period,Actual\nAE4,ICB,2025-12,78.9%\n', 'utf8'))).toEqual([
      'this is not an Excel workbook (.xlsx); save the workbook from Excel as an Excel Workbook (.xlsx) [read/not-xlsx]',
    ]);
  });

  test('an old .xls workbook (or a password-protected one)', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await messagesOf(xls)).toEqual([
      'this is an old-style Excel file (.xls), or a workbook protected with a password to open; open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) [read/xls]',
    ]);
  });

  test('a workbook cut short (only partly copied)', async () => {
    const bytes = await fixtureWorkbook();
    expect(await messagesOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual([corruptMessage]);
  });

  test('a workbook with damaged bytes in the middle', async () => {
    const bytes = Buffer.from(await fixtureWorkbook());
    const middle = Math.floor(bytes.length / 2);
    for (let i = middle; i < middle + 200; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    expect(await messagesOf(bytes)).toEqual([corruptMessage]);
  });

  test('the zip signature alone', async () => {
    expect(await messagesOf(Buffer.from('PK', 'latin1'))).toEqual([corruptMessage]);
  });

  test('a zip that is not a workbook', async () => {
    expect(await messagesOf(storedZip({ 'notes.txt': 'Performance notes for January' }))).toEqual([
      'this is not an Excel workbook (.xlsx): it is a zip file, or a Word or PowerPoint file, with no sheets in it; choose the workbook itself [read/not-xlsx]',
    ]);
  });

  test('a workbook with none of the pack sheets', async () => {
    const bytes = await writeWorkbook({ created: new Date(Date.UTC(2026, 0, 1)), creator: 'packsmith tests', sheets: [{ name: 'Sheet1', headers: ['Metric', 'Actual'], rows: [['AE4', 0.789]] }] });
    expect(await messagesOf(bytes)).toEqual([
      'the workbook has none of the pack\'s sheets: it has "Sheet1", but the pack reads Settings, Meetings, Levels, Authors, Areas, Metrics, Values, Narrative, 3As, Finance, Contacts, Papers; start from the blank template that "npm run template" writes [read/no-pack-sheets]',
    ]);
  });

  test('an empty workbook (every sheet header only)', async () => {
    const messages = await messagesFor((sheets) => {
      for (const name of sheets.keys()) sheetOf(sheets, name).rows = [];
    });
    expect(messages).toEqual([
      'the workbook is empty: none of its sheets has anything below the header row; fill in the sheets, starting with Settings, Levels, Authors, Areas, Metrics, Values [read/empty-workbook]',
    ]);
  });

  test('an empty workbook with no header rows either', async () => {
    const messages = await messagesFor((sheets) => {
      for (const name of sheets.keys()) sheets.set(name, { headers: [], rows: [] });
    });
    expect(messages).toEqual([
      'the workbook is empty: none of its sheets has anything below the header row; fill in the sheets, starting with Settings, Levels, Authors, Areas, Metrics, Values [read/empty-workbook]',
    ]);
  });
});
