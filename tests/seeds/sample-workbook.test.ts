import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriodText, periodOfDate } from '../../src/model/parse-period.js';
import { endMonth, monthIndex, type Period } from '../../src/model/period.js';
import { blankTemplate } from '../../src/template/blank-template.js';
import { buildSampleWorkbook } from '../../seeds/sample-workbook.js';
import { valuesCsv } from '../../seeds/values/values-csv.js';

const SOURCE = fileURLToPath(new URL('../../seeds/source/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url));

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global Buffer (extending ArrayBuffer), which Node's Buffer does not match.
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => rows.push([...(Array.isArray(row.values) ? row.values : [])]));
  return rows;
}

function periodOf(value: ExcelJS.CellValue): Period | undefined {
  if (value instanceof Date) return periodOfDate(value);
  if (typeof value === 'number') return { kind: 'calendar-year', year: value };
  if (typeof value !== 'string') return undefined;
  const parsed = parsePeriodText(value);
  return parsed.ok ? parsed.period : undefined;
}

describe('the sample workbook', () => {
  let sample: ExcelJS.Workbook;
  beforeAll(async () => {
    sample = await open(await buildSampleWorkbook(SOURCE));
  });

  it('has values.csv as the generator writes it', () => {
    expect(valuesCsv(readFileSync(`${SOURCE}metrics.csv`, 'utf8'))).toBe(readFileSync(`${SOURCE}values.csv`, 'utf8'));
  });

  it('is committed as built from its sources', async () => {
    const committed = await open(readFileSync(SAMPLE));
    expect(committed.worksheets.map((s) => s.name)).toEqual(sample.worksheets.map((s) => s.name));
    for (const sheet of sample.worksheets) expect(rowsOf(committed.getWorksheet(sheet.name)), sheet.name).toEqual(rowsOf(sheet));
  });

  it('has the blank template\'s sheets, headers and drop-downs', async () => {
    const template = await open(await blankTemplate());
    expect(sample.worksheets.map((s) => s.name)).toEqual(template.worksheets.map((s) => s.name));
    for (const sheet of template.worksheets.filter((s) => s.state !== 'hidden' && s.name !== 'Instructions')) {
      const built = sample.getWorksheet(sheet.name);
      expect(rowsOf(built)[0], sheet.name).toEqual(rowsOf(sheet)[0]);
      expect(built?.getCell('A2').dataValidation ?? null, sheet.name).toEqual(sheet.getCell('A2').dataValidation ?? null);
    }
  });

  it('has at least 40 metrics over the 11 areas, each with an actual by December 2025', () => {
    const areas = rowsOf(sample.getWorksheet('Areas')).slice(1).map((r) => r[1]);
    expect(areas).toHaveLength(11);
    const metrics = rowsOf(sample.getWorksheet('Metrics')).slice(1).map((r) => String(r[1]));
    expect(metrics.length).toBeGreaterThanOrEqual(40);
    const byDecember = new Set<string>();
    for (const row of rowsOf(sample.getWorksheet('Values')).slice(1)) {
      const period = periodOf(row[3] as ExcelJS.CellValue);
      expect(period, `Values period ${String(row[3])}`).toBeDefined();
      if (period !== undefined && row[4] !== undefined && row[4] !== null && endMonth(period) <= monthIndex(2025, 12)) byDecember.add(String(row[1]));
    }
    expect(metrics.filter((m) => !byDecember.has(m))).toEqual([]);
  });

  it('builds byte-identical files from the same sources, identical to the committed sample', async () => {
    const first = await buildSampleWorkbook(SOURCE);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the zip format's 2-second clock
    const second = await buildSampleWorkbook(SOURCE);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(readFileSync(SAMPLE))).toBe(true);
  });
});
