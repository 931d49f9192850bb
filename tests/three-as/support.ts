import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeWorkbook } from '../../bench/large-workbook.js';
import { buildSampleWorkbook } from '../../seeds/sample-workbook.js';
import type { DocumentMode } from '../../src/compose/document-options.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import type { MonthPeriod } from '../../src/model/pack-workbook.js';
import { composeModel, loadWorkbook } from '../../src/pipeline.js';
import { writeWorkbook } from '../../src/xlsx/write-workbook.js';

/** The workbooks the drafted 3As are tried on: the sample and the benchmark, without a month's 3As. */
export const JANUARY: MonthPeriod = { kind: 'month', year: 2026, month: 1 };

const SOURCE = fileURLToPath(new URL('../../seeds/source/', import.meta.url));

let sample: Promise<Buffer> | undefined;

/** The sample workbook built from its sources without its January 2026 3As rows. */
export function sampleWithoutJanuaryThreeAs(): Promise<Buffer> {
  sample ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packsmith-sample-'));
    try {
      cpSync(SOURCE, dir, { recursive: true });
      const file = join(dir, 'three-as.csv');
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((line) => !line.startsWith('2026-01,')).join('\n'));
      return await buildSampleWorkbook(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return sample;
}

let benchmark: Promise<Buffer> | undefined;

/** The 1,000-metric benchmark workbook (bench/large-workbook.ts) with no 3As rows. */
export function benchmarkWithoutThreeAs(): Promise<Buffer> {
  benchmark ??= (async () => {
    const content = largeWorkbook();
    return writeWorkbook({ ...content, sheets: content.sheets.map((s) => (s.name === '3As' ? { ...s, rows: [] } : s)) });
  })();
  return benchmark;
}

/** The month's pack model of a workbook, as `pack` composes it (a draft unless said). */
export async function packModelOf(bytes: Uint8Array, month: MonthPeriod = JANUARY, mode: DocumentMode = 'draft'): Promise<PackModel> {
  const loaded = await loadWorkbook(bytes);
  const composed = composeModel(loaded, { workbook: bytes, workbookName: 'workbook.xlsx', month, mode });
  if (composed === undefined) throw new Error(`the workbook did not compose: ${loaded.diagnostics.errors().map((d) => d.reason).join('; ')}`);
  return composed.model;
}
