import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError } from './delivery-error.js';
import { findSoffice, folderUrl } from './find-soffice.js';
import { cleanUpOnInterrupt } from './interruption.js';
import { pdfExportProfile } from './libreoffice-profile.js';
import { groupMemory, killGroup, spawnGroup } from './process-tree.js';
import type { ProgressListener } from './progress-event.js';
import type { OutputFile } from './write-files.js';

export { findSoffice } from './find-soffice.js';

const POLL_MS = 250;
/** How long a conversion may take, and how much memory LibreOffice may hold for it, unless the officer sets otherwise. */
export const DEFAULT_PDF_LIMITS = { timeoutMs: 10 * 60_000, memoryBytes: 4096 * 1024 * 1024 } as const;

export interface PdfConversionOptions {
  readonly soffice?: string;
  readonly onProgress?: ProgressListener;
  readonly timeoutMs?: number;
  /** LibreOffice's memory (all its processes) beyond which the conversion is stopped. */
  readonly memoryBytes?: number;
}

function pdfNameOf(name: string): string {
  return name.replace(/\.[^.]+$/, '.pdf');
}

/** The documents' PDFs that exist so far, for progress while LibreOffice works through them. */
async function pdfsWritten(dir: string, documents: readonly OutputFile[]): Promise<number> {
  const present = new Set(await readdir(dir).catch(() => []));
  return documents.filter((d) => present.has(pdfNameOf(d.name))).length;
}

type Stopped = 'time' | 'memory' | undefined;

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
  readonly stopped: Stopped;
}

/**
 * Waits for LibreOffice, watching it: past the time limit, or past the memory limit, the whole
 * group (the launcher and the office it started) is killed at once, and the exit says why.
 */
function watch(child: ChildProcess, limits: { timeoutMs: number; memoryBytes: number }, onTick: () => void): Promise<Exit> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let stopped: Stopped;
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const stop = (why: Stopped): void => {
      stopped ??= why;
      killGroup(child);
    };
    const timer = setTimeout(() => stop('time'), limits.timeoutMs);
    const poll = setInterval(() => {
      onTick();
      const memory = groupMemory(child);
      if (memory !== undefined && memory > limits.memoryBytes) stop('memory');
    }, POLL_MS);
    const done = (): void => {
      clearTimeout(timer);
      clearInterval(poll);
    };
    child.on('error', (error) => {
      done();
      reject(new DeliveryError(`LibreOffice could not be started (${error.message}). Nothing was written.`, { cause: error }));
    });
    child.on('close', (code) => {
      done();
      // the launcher may end before the office it started: make sure none of it is left
      killGroup(child);
      resolve({ code, stderr, stopped });
    });
  });
}

function failure(exit: Exit, missing: readonly string[], limits: { timeoutMs: number; memoryBytes: number }): DeliveryError {
  const what = missing.length > 0 && exit.stopped === undefined ? missing.join(' and ') : 'the documents';
  if (exit.stopped === 'time') {
    return new DeliveryError(
      `LibreOffice did not finish converting ${what} to PDF within ${Math.round(limits.timeoutMs / 1000)} seconds, so it was stopped (with every process it had started). Set PACKSMITH_PDF_TIMEOUT to allow more seconds if the pack is very large. Nothing was written.`,
    );
  }
  if (exit.stopped === 'memory') {
    return new DeliveryError(
      `LibreOffice used more than ${Math.round(limits.memoryBytes / 1024 / 1024)} MB converting ${what} to PDF, so it was stopped (with every process it had started). Set PACKSMITH_PDF_MEMORY to allow more megabytes if this computer has them. Nothing was written.`,
    );
  }
  const detail = exit.stderr.trim() === '' ? '' : `; LibreOffice said: ${exit.stderr.trim().split('\n').slice(-3).join(' / ')}`;
  return new DeliveryError(`LibreOffice could not convert ${what} to PDF: it ended with code ${String(exit.code)}${detail}. Nothing was written.`);
}

/**
 * Converts documents (DOCX, PPTX) to PDF with LibreOffice, all in one run of it (its start-up is
 * most of the cost), in a temporary folder with a fresh profile so that runs never clash. Returns
 * each PDF's bytes under the document's name with `.pdf`. Writes nothing else anywhere: a stop
 * (Ctrl+C, a limit) ends LibreOffice and everything it started, and removes the temporary folder.
 */
export async function convertToPdf(documents: readonly OutputFile[], options: PdfConversionOptions = {}): Promise<Map<string, Uint8Array>> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice !== undefined && !existsSync(soffice)) throw new DeliveryError(`LibreOffice was not found at ${soffice}, where it was said to be. Nothing was written.`);
  if (soffice === undefined) {
    throw new DeliveryError(
      'LibreOffice is needed to make the PDFs of a final pack and was not found. Install it (Windows and macOS: from libreoffice.org; Debian or Ubuntu: apt-get install libreoffice-writer libreoffice-impress) or set PACKSMITH_SOFFICE to its soffice program.',
    );
  }
  const limits = { timeoutMs: options.timeoutMs ?? DEFAULT_PDF_LIMITS.timeoutMs, memoryBytes: options.memoryBytes ?? DEFAULT_PDF_LIMITS.memoryBytes };
  const work = mkdtempSync(join(tmpdir(), 'packsmith-pdf-'));
  let child: ChildProcess | undefined;
  const cleanUp = (): void => {
    if (child !== undefined) killGroup(child);
    rmSync(work, { recursive: true, force: true });
  };
  const total = documents.length;
  try {
    return await cleanUpOnInterrupt(cleanUp, async () => {
      await mkdir(join(work, 'profile', 'user'), { recursive: true });
      await writeFile(join(work, 'profile', 'user', 'registrymodifications.xcu'), pdfExportProfile());
      const inputs = join(work, 'in');
      const outputs = join(work, 'out');
      await mkdir(inputs);
      await mkdir(outputs);
      for (const document of documents) await writeFile(join(inputs, document.name), document.bytes);
      options.onProgress?.({ step: `converting ${total === 1 ? 'the document' : `${total} documents`} to PDF with LibreOffice`, done: 0, total });
      const args = [`-env:UserInstallation=${folderUrl(join(work, 'profile'))}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outputs, ...documents.map((d) => join(inputs, d.name))];
      // UTC, so that the dates LibreOffice stamps have the one form stablePdf rewrites
      child = spawnGroup(soffice, args, { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let reported = 0;
      const exit = await watch(child, limits, () => {
        void pdfsWritten(outputs, documents).then((done) => {
          if (done > reported) {
            reported = done;
            options.onProgress?.({ step: 'converting to PDF with LibreOffice', done, total });
          }
        });
      });
      const pdfs = new Map<string, Uint8Array>();
      const missing: string[] = [];
      for (const document of documents) {
        const path = join(outputs, pdfNameOf(document.name));
        if (existsSync(path)) pdfs.set(pdfNameOf(document.name), await readFile(path));
        else missing.push(document.name);
      }
      if (exit.stopped !== undefined || exit.code !== 0 || missing.length > 0) throw failure(exit, missing, limits);
      options.onProgress?.({ step: 'converted to PDF', done: total, total, finished: true });
      return pdfs;
    });
  } finally {
    cleanUp();
  }
}
