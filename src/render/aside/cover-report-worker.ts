import { parentPort, workerData } from 'node:worker_threads';
import { renderCoverReport } from '../docx/render-cover-report.js';
import type { CoverReportReply, CoverReportTask } from './cover-report-task.js';

/**
 * The cover report drawn on a thread of its own (see `renderCoverReportAside`): the task arrives
 * as the worker's data, the bytes go back moved, not copied.
 */
const task = workerData as CoverReportTask;
let reply: CoverReportReply;
try {
  reply = { ok: true, bytes: await renderCoverReport(task.view, task.style) };
} catch (error) {
  reply = error instanceof Error ? { ok: false, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { ok: false, message: String(error) };
}
parentPort?.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
