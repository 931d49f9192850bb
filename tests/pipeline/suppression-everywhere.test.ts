import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackModel } from '../../src/compose/pack-model.js';
import { buildPack, type PackResult } from '../../src/pipeline.js';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';
import { everyText, numbersIn, placesOf, type PlacedText } from '../support/every-text.js';

/*
 * Rule: a suppressed count never leaks into any part of any file. Every count the pack observes
 * (a metric's actuals, a finance KPI's year-to-date actual and forecast) is given a distinct
 * "canary" value under the suppression threshold, and every text of every output is searched for
 * them: the pack model, each part of the cover report and the slide pack (with the workbooks in
 * their charts), and each draft e-mail with its attachments. With suppression off the same
 * canaries are found, so the search would see a leak.
 */

const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));
/** The most "Suppress counts below" takes: every canary is under it. */
const THRESHOLD = 1000;
/**
 * The least canary: above the ids PowerPoint numbers slides by (from 256 up), which change with
 * the number of slides and so are not all in the pack built with its counts blank.
 */
const LEAST_CANARY = 600;
const FINANCE_TARGET = 150;

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no ${name} sheet`);
  return found;
}

/** A sheet's column numbers by header. */
function columnsOf(worksheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  worksheet.getRow(1).eachCell((cell, column) => columns.set(String(cell.value), column));
  return columns;
}

function column(columns: ReadonlyMap<string, number>, header: string): number {
  const found = columns.get(header);
  if (found === undefined) throw new Error(`no ${header} column`);
  return found;
}

/**
 * The workbook with suppression at `threshold` for every count, and every observed count set by
 * `next`: the count metrics' actuals, and a count KPI added to each month's finance dashboard
 * (its target a plan, never suppressed).
 */
async function withCounts(bytes: Uint8Array, threshold: number, next: () => number | '*'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const settings = sheet(workbook, 'Settings');
  let set = false;
  settings.eachRow((row) => {
    if (row.getCell(1).value === 'Suppress counts below') {
      row.getCell(2).value = threshold;
      set = true;
    }
  });
  if (!set) settings.addRow(['Suppress counts below', threshold]);

  const metrics = sheet(workbook, 'Metrics');
  const m = columnsOf(metrics);
  const counts = new Set<string>();
  metrics.eachRow((row, n) => {
    if (n === 1 || row.getCell(column(m, 'Unit')).value !== 'count') return;
    counts.add(String(row.getCell(column(m, 'Id')).value));
    row.getCell(column(m, 'Suppress below')).value = null;
  });
  const values = sheet(workbook, 'Values');
  const v = columnsOf(values);
  values.eachRow((row, n) => {
    const actual = row.getCell(column(v, 'Actual'));
    if (n > 1 && counts.has(String(row.getCell(column(v, 'Metric')).value)) && typeof actual.value === 'number') actual.value = next();
  });

  const finance = sheet(workbook, 'Finance');
  const f = columnsOf(finance);
  const months = new Map<string, unknown>();
  finance.eachRow((row, n) => {
    if (n > 1) months.set(String(row.getCell(column(f, 'Month')).value), row.getCell(column(f, 'As at')).value);
  });
  for (const [month, asAt] of months) {
    const row = finance.addRow([]);
    const cells: [string, ExcelJS.CellValue][] = [
      ['Month', month], ['As at', asAt as ExcelJS.CellValue], ['KPI', 'Providers reporting a never event'], ['Unit', 'count'], ['Direction', 'lower is better'],
      ['YTD target', FINANCE_TARGET], ['YTD actual', next()], ['Full-year target', FINANCE_TARGET], ['Forecast outturn', next()],
    ];
    for (const [header, value] of cells) row.getCell(column(f, header)).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function textsOfPack(result: PackResult): Promise<PlacedText[]> {
  if (!result.ok) throw new Error(`the pack did not build: ${result.diagnostics.map((d) => d.reason).join('; ')}`);
  const seen = new Map<string, string>();
  const texts: PlacedText[] = [];
  for (const file of result.files) texts.push(...(await everyText(file.name, file.bytes, seen)));
  return texts;
}

async function build(workbook: Uint8Array): Promise<PackResult> {
  return buildPack({ workbook, workbookName: 'canaries.xlsx', month: JANUARY });
}

/**
 * The canaries for a workbook: numbers under the threshold that no output of the pack holds when
 * its counts are all suppressed at source (`*`): not a plan, a date or a slide number. Handed out
 * one by one.
 */
async function canariesFor(bytes: Uint8Array): Promise<{ next: () => number; given: number[] }> {
  const taken = numbersIn(await textsOfPack(await build(await withCounts(bytes, THRESHOLD, () => '*'))), LEAST_CANARY, THRESHOLD);
  const free = Array.from({ length: THRESHOLD - LEAST_CANARY }, (_, i) => i + LEAST_CANARY).filter((n) => !taken.has(n));
  const given: number[] = [];
  let at = 0;
  return {
    given,
    next: () => {
      const canary = free[at % free.length] ?? 0;
      at += 1;
      given.push(canary);
      return canary;
    },
  };
}

/** The canaries found, by where: none when suppression holds. */
function leaks(canaries: readonly number[], texts: readonly PlacedText[]): Map<number, string[]> {
  const present = numbersIn(texts, 0, THRESHOLD);
  return new Map(canaries.filter((c) => present.has(c)).map((c) => [c, placesOf(c, texts)] as const));
}

/** Canaries for a workbook, the texts of its pack with them suppressed, and optionally with suppression off. */
async function canaryRuns(bytes: Uint8Array, withControl: boolean): Promise<{ canaries: number[]; suppressed: PlacedText[]; unsuppressed: PlacedText[] }> {
  const { next, given } = await canariesFor(bytes);
  const suppressed = await textsOfPack(await build(await withCounts(bytes, THRESHOLD, next)));
  // The same counts with suppression off: what a leak would look like.
  const replay = (): (() => number | '*') => {
    let i = 0;
    return () => given[i++] ?? '*';
  };
  const unsuppressed = withControl ? await textsOfPack(await build(await withCounts(bytes, 0, replay()))) : [];
  // The sample has more counts than there are free numbers under 1,000: some share a canary.
  return { canaries: [...new Set(given)], suppressed, unsuppressed };
}

describe('the fixture with every observed count under the threshold', () => {
  let runs: Awaited<ReturnType<typeof canaryRuns>>;
  beforeAll(async () => {
    runs = await canaryRuns(await fixtureWorkbook(), true);
  }, 60_000);

  it('the search finds the counts where suppression is off: in the pack model, both documents and the e-mails', () => {
    const found = leaks(runs.canaries, runs.unsuppressed);
    expect(found.size).toBe(runs.canaries.length);
    const kinds = new Set([...found.values()].flat().map((where) => /\.(json|docx|pptx|eml)/.exec(where)?.[1]));
    expect([...kinds].sort()).toEqual(['docx', 'eml', 'json', 'pptx']);
  });

  it('no suppressed count is in any part of any file', () => {
    expect(runs.suppressed.length).toBeGreaterThan(0);
    expect(leaks(runs.canaries, runs.suppressed)).toEqual(new Map());
  });
});

describe('the sample with every observed count under the threshold', () => {
  it('no suppressed count is in any part of any file', async () => {
    const { canaries, suppressed } = await canaryRuns(SAMPLE, false);
    expect(canaries.length).toBeGreaterThan(100);
    expect(leaks(canaries, suppressed)).toEqual(new Map());
  }, 120_000);
});

describe('finance KPIs that count', () => {
  it('print small counts as *, whole numbers otherwise, and are not rated on a hidden number', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, 'Finance').rows.push(
        { Month: '2026-01', 'As at': '2025-11', KPI: 'Serious incidents', Unit: 'count', Direction: 'lower is better', 'YTD target': 3, 'YTD actual': 3, 'Full-year target': 4, 'Forecast outturn': 2 },
        { Month: '2026-01', 'As at': '2025-11', KPI: 'Complaints upheld', Unit: 'count', Direction: 'lower is better', 'YTD target': 20, 'YTD actual': 12, 'Full-year target': 30, 'Forecast outturn': '*' },
      );
    });
    const result = await build(workbook);
    const model = JSON.parse(Buffer.from(result.files[0]?.bytes ?? []).toString('utf8')) as PackModel;
    expect(model.finance.slice(1).map((k) => [k.kpi, k.yearToDate.target, k.yearToDate.actual, k.yearToDate.rating.because, k.fullYear.target, k.fullYear.forecast, k.fullYear.rating.word])).toEqual([
      ['Serious incidents', '3', '*', 'suppressed (a count under 5), so not rated', '4', '*', 'N/A'],
      ['Complaints upheld', '20', '12', 'worked out from target and direction', '30', '*', 'N/A'],
    ]);
  });
});
