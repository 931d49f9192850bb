import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Diagnostics } from '../src/diagnostics/diagnostics.js';
import { SHEET_ORDER } from '../src/format/workbook-format.js';
import { buildModel } from '../src/model/build-model.js';
import { parseMonthText } from '../src/model/parse-period.js';
import { composeCoverReport } from '../src/compose/cover-report/compose-cover-report.js';
import { composeSlidePack } from '../src/compose/slide-pack/compose-slide-pack.js';
import { packFromWorkbook } from '../src/pipeline.js';
import { renderSlidePack } from '../src/render/pptx/render-slide-pack.js';
import { renderCoverReport } from '../src/render/docx/render-cover-report.js';
import { readWorkbook } from '../src/xlsx/read-workbook.js';
import { timeSpcStage } from './spc-stage.js';

/**
 * One pack build in a fresh process, as `npm run pack` does it but in memory, timing each stage:
 * read (xlsx -> located cells), validate (-> domain model), then the rest (ratings, pack model
 * JSON, documents, with the SPC charts); the SPC stage alone, cold, before it (see
 * spc-stage.ts; left out of the total, which holds SPC once); then each document again, warm, for
 * its own time. Peak memory is the process's own. Prints one JSON line.
 */
const [file, monthText] = process.argv.slice(2);
if (file === undefined || monthText === undefined) throw new Error('usage: measure.ts WORKBOOK YYYY-MM');
const month = parseMonthText(monthText);
if (!month.ok) throw new Error(month.reason);
const bytes = await readFile(file);

const t0 = performance.now();
const diagnostics = new Diagnostics(SHEET_ORDER);
const raw = await readWorkbook(bytes, diagnostics);
const t1 = performance.now();
const built = raw === undefined ? undefined : buildModel(raw, diagnostics);
const t2 = performance.now();
if (built?.workbook === undefined) throw new Error(`the workbook did not validate: ${diagnostics.errors().length} errors`);
const readPeakRssMb = process.resourceUsage().maxRSS / 1024;
// The SPC stage on its own, cold, before the pack build (which runs it again as part of "rest");
// its wall time (with the untimed headline levels it needs) is kept out of the total.
const s0 = performance.now();
const spc = timeSpcStage(built.workbook, month.period);
const spcWallMs = performance.now() - s0;
const pack = await packFromWorkbook({ diagnostics, workbook: built.workbook, sources: built.sources, houseStyle: built.houseStyle }, { workbook: bytes, workbookName: file, month: month.period });
const t3 = performance.now() - spcWallMs;
if (!pack.ok || pack.model === undefined) throw new Error('the pack did not build');
// Each document again, warm, on its own: its share of the run above.
// the cover report reads its slide numbers from a composed slide pack, timed below with the slide pack
const slidePackView = composeSlidePack(pack.model, { mode: 'draft' });
const t4 = performance.now();
await renderCoverReport(composeCoverReport(pack.model, { mode: 'draft' }, slidePackView));
const t5 = performance.now();
await renderSlidePack(composeSlidePack(pack.model, { mode: 'draft' }));
const t6 = performance.now();

process.stdout.write(
  `${JSON.stringify({
    spcMs: spc.spcMs,
    spcCharts: spc.charted,
    readMs: t1 - t0,
    validateMs: t2 - t1,
    restMs: t3 - t2,
    totalMs: t3 - t0,
    coverReportMs: t5 - t4,
    slidePackMs: t6 - t5,
    metrics: built.workbook.metrics.length,
    observations: built.workbook.observations.length,
    readPeakRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
