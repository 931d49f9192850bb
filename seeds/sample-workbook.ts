import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS, sheetSpec, SHEETS, type SheetSpec } from '../src/format/workbook-format.js';
import { instructionsSheet } from '../src/template/instructions.js';
import { sheetContent } from '../src/template/sheet-content.js';
import { typedCell } from '../src/template/typed-cell.js';
import type { CellContent, SheetContent } from '../src/xlsx/workbook-content.js';
import { writeWorkbook } from '../src/xlsx/write-workbook.js';
import { readRecords } from './lib/csv.js';
import { figureCell, parseFlags, periodCell, textCell } from './lib/seed-cells.js';

/** Fixed so that the sample is the same file every time it is built. */
export const SAMPLE_CREATED = new Date('2026-01-26T00:00:00Z');

type Row = CellContent[];

/** The readable source of each sheet, in seeds/source/. */
const CSV_SOURCES: Readonly<Record<string, string>> = {
  Meetings: 'meetings.csv',
  Levels: 'levels.csv',
  Authors: 'authors.csv',
  Areas: 'areas.csv',
  Metrics: 'metrics.csv',
  Values: 'values.csv',
  '3As': 'three-as.csv',
  Finance: 'finance.csv',
  Contacts: 'contacts.csv',
  Papers: 'papers.csv',
};

/** Columns whose text is typed as Excel would type it (numbers, percentages, times, dates). */
const TYPED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Meetings: ['meetingDate'],
  Metrics: ['decimals', 'tolerance', 'yearEndPlan', 'suppressBelow', 'spcBaseline'],
  Finance: ['ytdTarget', 'ytdActual', 'fyTarget', 'fyForecast'],
};

/** values.csv's extra column: how each row is typed (see seeds/README.md). */
const CELL_COLUMN = 'Cell';

function csvRows(spec: SheetSpec, text: string): Row[] {
  const { headers, records } = readRecords(text);
  const expected = spec.columns.map((c) => c.header);
  const extra = spec.name === 'Values' ? [CELL_COLUMN] : [];
  if (headers.join('|') !== [...expected, ...extra].join('|')) {
    throw new Error(`${CSV_SOURCES[spec.name]}: expected the headers ${[...expected, ...extra].join(', ')}; got ${headers.join(', ')}`);
  }
  const typed = TYPED_COLUMNS[spec.name] ?? [];
  return records.map((record) => {
    const flags = parseFlags(record.get(CELL_COLUMN) ?? '');
    return spec.columns.map((column) => {
      const text = record.get(column.header) ?? '';
      if (spec.name === 'Values' && column.key === 'period') return periodCell(text, flags);
      if (spec.name === 'Values' && (column.key === 'actual' || column.key === 'plan')) return figureCell(text, flags);
      return typed.includes(column.key) ? typedCell(text) : textCell(text);
    });
  });
}

function settingsRows(json: string): Row[] {
  const given = JSON.parse(json) as Record<string, string | number>;
  for (const label of Object.keys(given)) {
    if (!SETTINGS.some((s) => s.label === label)) throw new Error(`settings.json: no setting called "${label}"`);
  }
  return SETTINGS.filter((s) => given[s.label] !== undefined).map((s) => {
    const value = given[s.label];
    return [s.label, typeof value === 'number' ? value : typedCell(value ?? '')];
  });
}

interface NarrativeEntry {
  readonly month: string;
  readonly area: string;
  readonly [section: string]: string | readonly string[];
}

/** One bullet a line, as officers type them with Alt+Enter. */
function narrativeRows(json: string): Row[] {
  const spec = sheetSpec('Narrative');
  const entries = JSON.parse(json) as NarrativeEntry[];
  return entries.map((entry) => {
    for (const key of Object.keys(entry)) {
      if (!spec.columns.some((c) => c.key === key)) throw new Error(`narrative.json: ${entry.month} ${entry.area} has an unknown section "${key}"`);
    }
    return spec.columns.map((column) => {
      const value = entry[column.key];
      if (value === undefined) return null;
      return typeof value === 'string' ? textCell(value) : value.join('\n');
    });
  });
}

function sheetOf(spec: SheetSpec, sourceDir: string): SheetContent {
  const read = (file: string) => readFileSync(join(sourceDir, file), 'utf8');
  if (spec.name === 'Settings') return sheetContent(spec, settingsRows(read('settings.json')));
  if (spec.name === 'Narrative') return sheetContent(spec, narrativeRows(read('narrative.json')));
  const file = CSV_SOURCES[spec.name];
  if (file === undefined) throw new Error(`no source for the ${spec.name} sheet`);
  try {
    return sheetContent(spec, csvRows(spec, read(file)));
  } catch (error) {
    throw new Error(`seeds/source/${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The sample workbook, built in memory from the readable files in `sourceDir`. */
export async function buildSampleWorkbook(sourceDir: string): Promise<Buffer> {
  return writeWorkbook({
    sheets: [instructionsSheet(), ...SHEETS.map((spec) => sheetOf(spec, sourceDir))],
    created: SAMPLE_CREATED,
    creator: 'packsmith sample',
    title: 'Example Integrated Care Board performance pack workbook',
  });
}
