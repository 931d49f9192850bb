import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { SETTINGS, SHEETS } from '../../src/format/workbook-format.js';
import { buildPack } from '../../src/pipeline.js';
import type { CellContent } from '../../src/xlsx/workbook-content.js';
import { fixtureWorkbook, setCell, sheetOf, type FixtureSheets } from '../fixtures/fixture-workbook.js';
import { messagesFor } from './messages.js';

/*
 * Names are slide titles, links and table headings, and ids are parts of file names: the format
 * sets the most characters each column and setting takes (maxLength). Longer text is an error at
 * its cell; text at the limit, in the widest letters, builds a pack with nothing overflowing.
 */

const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;

/** Text of `length` characters in wide capitals, broken into words as `wordLength` says (none: one word). */
function wide(length: number, wordLength = length): string {
  let text = '';
  while (text.length < length) text += text.length % (wordLength + 1) === wordLength ? ' ' : 'W';
  return text.replace(/ $/, 'W');
}

/** A valid e-mail address `length` characters long. */
function longEmail(length: number): string {
  const domain = '@example.org';
  return `${'w'.repeat(Math.min(64, length - domain.length))}${domain}`.padStart(length, 'w').replace(/^(w+)(w{64})@/, (_, extra: string, local: string) => `${local}@${'w'.repeat(extra.length - 1)}.`);
}

/** Every cell holding `from`, on every sheet, given `to`: an id renamed where it is defined and used. */
function renameId(sheets: FixtureSheets, from: string, to: string): void {
  for (const { rows } of sheets.values()) {
    for (const row of rows) for (const [header, value] of Object.entries(row)) if (value === from) row[header] = to;
  }
}

const ID_COLUMNS = new Set(['id', 'area', 'author', 'metric', 'level', 'ratedBy']);

/** The fixture with every text the format limits at its limit: ids, names, wording, e-mails and links. */
function atEveryLimit(wordLength: number | undefined) {
  return (sheets: FixtureSheets): void => {
    const text = (max: number): string => wide(max, wordLength);
    for (const setting of SETTINGS.filter((s) => s.maxLength !== undefined)) {
      const value: CellContent = setting.key === 'draftsFrom' ? longEmail(setting.maxLength ?? 0) : text(setting.maxLength ?? 0);
      const row = sheetOf(sheets, 'Settings').rows.find((r) => r['Setting'] === setting.label);
      if (row === undefined) sheetOf(sheets, 'Settings').rows.push({ Setting: setting.label, Value: value });
      else row['Value'] = value;
    }
    for (const spec of SHEETS) {
      for (const column of spec.columns.filter((c) => c.maxLength !== undefined && !ID_COLUMNS.has(c.key))) {
        const max = column.maxLength ?? 0;
        const value = column.key === 'email' ? longEmail(max) : column.key === 'link' ? `https://www.example.org/${'w'.repeat(max - 24)}` : text(max);
        for (const row of sheetOf(sheets, spec.name).rows) {
          if (spec.name === 'Values' && column.key === 'ratingReason') continue;
          row[column.header] = value;
        }
      }
    }
    setCell(sheets, 'Values', 3, 'Manual rating', 'Red');
    setCell(sheets, 'Values', 3, 'Rating reason', text(300));
    for (const id of ['UEC', 'ELEC', 'AE4', 'HANDOVER', 'WL52', 'ICB', 'ACUTE', 'UC', 'PERF']) renameId(sheets, id, `${id}${'W'.repeat(24 - id.length - 1)}${id.length % 10}`);
  };
}

describe('text longer than its column takes', () => {
  test('is an error at its cell, for names, wording, ids and settings alike', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Areas', 2, 'Name', wide(160, 9));
      setCell(sheets, 'Levels', 3, 'Short name', 'Example Acute Trust');
      setCell(sheets, 'Settings', 3, 'Value', wide(121, 9));
      renameId(sheets, 'HANDOVER', 'AMBULANCE-HANDOVER-MINUTES');
    });
    expect(messages).toEqual([
      'Settings!B3: this cell holds 121 characters, but the "Committee" setting takes at most 120, so that it fits where the pack prints it; shorten it [model/too-long]',
      'Levels!C3: this cell holds 19 characters, but the Short name column takes at most 12, so that it fits where the pack prints it; shorten it [model/too-long]',
      'Areas!B2: this cell holds 160 characters, but the Name column takes at most 60, so that it fits where the pack prints it; shorten it [model/too-long]',
      'Metrics!A3: this cell holds 26 characters, but the Id column takes at most 24, so that it fits where the pack prints it; shorten it [model/too-long]',
    ]);
    // Where an id is defined, not at every cell that refers to it (Values!A4 names HANDOVER too).
  });
});

describe('text at its limit', () => {
  test.each([
    ['one long word', undefined],
    ['words of 9 letters', 9],
  ] as const)('everywhere at once, in the widest letters (%s), builds the pack with nothing overflowing', async (_, wordLength) => {
    const workbook = await fixtureWorkbook(atEveryLimit(wordLength));
    const result = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY_2026 });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.name.length).every((n) => n <= 255)).toBe(true);
  });
});
