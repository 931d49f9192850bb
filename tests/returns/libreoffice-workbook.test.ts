import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { MonthPeriod } from '../../src/model/pack-workbook.js';
import { buildPack } from '../../src/pipeline.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { mergeReturns, type MergeResult } from '../../src/returns/merge-returns.js';
import { readWorkbook } from '../../src/xlsx/read-workbook.js';
import { convertToPdf, SOFFICE, WITHOUT_LIBREOFFICE } from '../support/libreoffice.js';
import { editReturn, modelOf, printed, setCell, validationsXml, WITHOUT_CALC } from './support.js';

/*
 * Officers' workbooks are saved by spreadsheet programs, not by packsmith. LibreOffice Calc saves
 * the sample as its own xlsx (other part names, attribute order, an empty workbook protection
 * element and empty custom properties); the merge must keep that workbook's other sheets and
 * drop-downs, report no false losses, and give a copy LibreOffice opens and the pack builds from.
 */
const run = promisify(execFile);
const SAMPLE = fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url));
const FEBRUARY: MonthPeriod = { kind: 'month', year: 2026, month: 2 };

describe.skipIf(WITHOUT_LIBREOFFICE || WITHOUT_CALC)('merging into a workbook LibreOffice Calc saved', () => {
  let dir = '';
  let saved: Buffer;
  let result: MergeResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'packsmith-calc-'));
    await writeFile(join(dir, 'sample.xlsx'), readFileSync(SAMPLE));
    await run(SOFFICE ?? 'soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'saved'), join(dir, 'sample.xlsx')], { timeout: 180_000 });
    saved = await readFile(join(dir, 'saved', 'sample.xlsx'));
    const ret = await editReturn(await buildReturnWorkbook(await modelOf(saved), FEBRUARY, 'UECLEAD'), (wb) => setCell(wb, 'Narrative', 'C2', 'February update'));
    result = await mergeReturns({ workbook: saved, workbookName: 'saved.xlsx', month: FEBRUARY, returns: [{ name: 'uec.xlsx', bytes: ret }] });
  }, 240_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('merges with no problems and no false losses', () => {
    expect(result.ok).toBe(true);
    expect(printed(result.messages)).toEqual([]);
  });

  it('keeps every other sheet as the pack reads it, and every drop-down', async () => {
    const merged = result.merged ?? new Uint8Array();
    const before = await readWorkbook(saved, new Diagnostics());
    const after = await readWorkbook(merged, new Diagnostics());
    for (const [name, sheet] of before?.sheets ?? []) if (name !== 'Narrative') expect(after?.sheets.get(name), name).toEqual(sheet);
    const validations = await validationsXml(saved);
    expect([...validations.values()].filter((xml) => xml !== '').length).toBe(5);
    expect(await validationsXml(merged)).toEqual(validations);
  });

  it('gives a copy the pack builds from and LibreOffice opens', async () => {
    const merged = result.merged ?? new Uint8Array();
    const pack = await buildPack({ workbook: merged, workbookName: 'merged.xlsx', month: FEBRUARY });
    expect(pack.model?.areas.find((a) => a.id === 'UEC')?.narrative?.updates).toEqual(['February update']);
    const pdf = await convertToPdf(merged, 'merged.xlsx');
    expect(pdf.pageTexts.join(' ')).toContain('February update');
  }, 240_000);
});
