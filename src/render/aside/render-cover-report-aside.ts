import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CoverReportView } from '../../compose/cover-report/cover-report-view.js';
import { DeliveryError } from '../../deliver/delivery-error.js';
import type { ReportHouseStyle } from '../docx/render-cover-report.js';
import type { CoverReportReply, CoverReportTask } from './cover-report-task.js';

/**
 * The built worker beside this module. From the TypeScript sources (the tests) there is none, and
 * the cover report is drawn on the calling thread instead: the same bytes either way.
 */
const WORKER = new URL('./cover-report-worker.js', import.meta.url);

/**
 * Young-generation room for the worker: drawing a Word document makes millions of short-lived
 * objects, and a larger nursery collects them in fewer, cheaper passes.
 */
const YOUNG_GENERATION_MB = 64;

function workerFile(): URL | undefined {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER)) ? WORKER : undefined;
}

/**
 * Draws the cover report on a worker thread, so that the slide pack, the return workbooks and the
 * e-mails are made while it draws (the docx package takes about a second for the sample, the
 * largest single step of a draft). Resolves to the DOCX bytes; rejects with the worker's error.
 */
export async function renderCoverReportAside(view: CoverReportView, style: ReportHouseStyle = {}): Promise<Uint8Array> {
  const file = workerFile();
  if (file === undefined) {
    const { renderCoverReport } = await import('../docx/render-cover-report.js');
    return renderCoverReport(view, style);
  }
  const task: CoverReportTask = { view, style };
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let settled = false;
    worker.once('message', (reply: CoverReportReply) => {
      settled = true;
      if (reply.ok) {
        resolve(new Uint8Array(reply.bytes));
        return;
      }
      const error = new Error(reply.message);
      if (reply.stack !== undefined) error.stack = reply.stack;
      reject(error);
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settled = true;
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DeliveryError('the computer ran out of memory while drawing the cover report; close other programs and run packsmith again') : error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the cover report's worker stopped (exit code ${code}) before it finished`));
    });
  });
}
