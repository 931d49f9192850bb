import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError } from './delivery-error.js';
import { findSoffice, folderUrl } from './find-soffice.js';
import { conversionBatches, farPastLimit, type OfficeEstimate } from './conversion-batches.js';
import { cleanUpOnInterrupt } from './interruption.js';
import { pdfExportProfile } from './libreoffice-profile.js';
import { groupMemory, killGroup, spawnGroup, type MemoryCount } from './process-tree.js';
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

/** How one LibreOffice ended: its exit code and last words. */
interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

interface Watched {
  readonly exits: readonly Exit[];
  /** Why the conversions were stopped, where a limit was passed. */
  readonly stopped: Stopped;
}

/**
 * Waits for the LibreOffice processes, watching them together: past the time limit, or past the
 * memory limit (all their processes together), every group (each launcher and the office it
 * started) is killed at once, and the result says why.
 */
function watch(children: readonly ChildProcess[], limits: { timeoutMs: number; memoryBytes: number }, onTick: () => void): Promise<Watched> {
  return new Promise((resolve, reject) => {
    let stopped: Stopped;
    const stop = (why: Stopped): void => {
      stopped ??= why;
      for (const child of children) killGroup(child);
    };
    const timer = setTimeout(() => stop('time'), limits.timeoutMs);
    const poll = setInterval(() => {
      onTick();
      // resident memory, cheap to read, is never less than the proportional: only past the
      // limit is it counted again proportionally, which a fork's shared pages do not inflate
      const held = (count: MemoryCount): number | undefined => {
        let memory: number | undefined;
        for (const child of children) {
          const bytes = groupMemory(child, count);
          if (bytes !== undefined) memory = (memory ?? 0) + bytes;
        }
        return memory;
      };
      const resident = held('resident');
      if (resident !== undefined && resident > limits.memoryBytes && (held('proportional') ?? resident) > limits.memoryBytes) stop('memory');
    }, POLL_MS);
    const exits = children.map(
      (child) =>
        new Promise<Exit>((resolveExit, rejectExit) => {
          let stderr = '';
          child.stderr?.on('data', (chunk: Buffer) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-4000);
          });
          child.on('error', (error) => rejectExit(new DeliveryError(`LibreOffice could not be started (${error.message}). Nothing was written.`, { cause: error })));
          child.on('close', (code) => {
            // the launcher may end before the office it started: make sure none of it is left
            killGroup(child);
            resolveExit({ code, stderr });
          });
        }),
    );
    Promise.all(exits).then(
      (ended) => {
        clearTimeout(timer);
        clearInterval(poll);
        resolve({ exits: ended, stopped });
      },
      (error: unknown) => {
        clearTimeout(timer);
        clearInterval(poll);
        for (const child of children) killGroup(child);
        reject(error);
      },
    );
  });
}

function failure(watched: Watched, failed: readonly { readonly name: string; readonly exit: Exit }[], limits: { timeoutMs: number; memoryBytes: number }): DeliveryError {
  if (watched.stopped === 'time') {
    return new DeliveryError(
      `LibreOffice did not finish converting the documents to PDF within ${Math.round(limits.timeoutMs / 1000)} seconds, so it was stopped (with every process it had started). Set PACKSMITH_PDF_TIMEOUT to allow more seconds if the pack is very large. Nothing was written.`,
    );
  }
  if (watched.stopped === 'memory') {
    return new DeliveryError(
      `LibreOffice used more than ${Math.round(limits.memoryBytes / 1024 / 1024)} MB converting the documents to PDF, so it was stopped (with every process it had started). Set PACKSMITH_PDF_MEMORY to allow more megabytes if this computer has them. Nothing was written.`,
    );
  }
  const what = failed.length > 0 ? failed.map((f) => f.name).join(' and ') : 'the documents';
  const exit = failed[0]?.exit;
  const stderr = exit?.stderr.trim() ?? '';
  const detail = stderr === '' ? '' : `; LibreOffice said: ${stderr.split('\n').slice(-3).join(' / ')}`;
  return new DeliveryError(`LibreOffice could not convert ${what} to PDF: it ended with code ${String(exit?.code ?? null)}${detail}. Nothing was written.`);
}

/** A document LibreOffice is not started on: expected to need far more memory than it may use. */
function tooLargeError({ document, bytes, cells, charts }: { readonly document: OutputFile } & OfficeEstimate, memoryBytes: number): DeliveryError {
  const megabytes = (n: number): string => Math.ceil(n / 1024 / 1024).toLocaleString('en-GB');
  const enough = Math.ceil(bytes / 1024 / 1024 / 1024) * 1024;
  const counted = (n: number, what: string): string => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;
  return new DeliveryError(
    `${document.name} has ${counted(cells, 'table cell')} and ${counted(charts, 'chart')}: LibreOffice is expected to need some ${megabytes(bytes)} MB to convert it to PDF, far more than the ${megabytes(memoryBytes)} MB it may use, so it was not started. Set PACKSMITH_PDF_MEMORY to ${enough} if this computer has that much memory (and PACKSMITH_PDF_TIMEOUT higher: such a pack takes LibreOffice many minutes). Nothing was written.`,
  );
}

/**
 * Converts documents (DOCX, PPTX) to PDF with LibreOffice: one LibreOffice for each document, side
 * by side where their memory together is expected to stay within the limit (else one group after
 * another, see {@link conversionBatches}), each with a fresh profile of its own (one profile
 * serves one office at a time), in a
 * temporary folder so that runs never clash. Returns each PDF's bytes under the document's name
 * with `.pdf`. Writes nothing else anywhere: a stop (Ctrl+C, a limit) ends every LibreOffice and
 * everything each started, and removes the temporary folder.
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
  const tooLarge = farPastLimit(documents, limits.memoryBytes);
  if (tooLarge !== undefined) throw tooLargeError(tooLarge, limits.memoryBytes);
  const work = mkdtempSync(join(tmpdir(), 'packsmith-pdf-'));
  const children: ChildProcess[] = [];
  const cleanUp = (): void => {
    for (const child of children) killGroup(child);
    rmSync(work, { recursive: true, force: true });
  };
  const total = documents.length;
  try {
    return await cleanUpOnInterrupt(cleanUp, async () => {
      const inputs = join(work, 'in');
      const outputs = join(work, 'out');
      await mkdir(inputs);
      await mkdir(outputs);
      for (const document of documents) await writeFile(join(inputs, document.name), document.bytes);
      options.onProgress?.({ step: `converting ${total === 1 ? 'the document' : `${total} documents`} to PDF with LibreOffice`, done: 0, total });
      // side by side where their memory allows, else one group after another, within one time limit
      const deadline = Date.now() + limits.timeoutMs;
      const pdfs = new Map<string, Uint8Array>();
      let reported = 0;
      let index = 0;
      for (const batch of conversionBatches(documents, limits.memoryBytes)) {
        const started: ChildProcess[] = [];
        for (const document of batch) {
          const profile = join(work, `profile-${index}`);
          index += 1;
          await mkdir(join(profile, 'user'), { recursive: true });
          await writeFile(join(profile, 'user', 'registrymodifications.xcu'), pdfExportProfile());
          const args = [`-env:UserInstallation=${folderUrl(profile)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outputs, join(inputs, document.name)];
          // UTC, so that the dates LibreOffice stamps have the one form stablePdf rewrites
          const child = spawnGroup(soffice, args, { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] });
          children.push(child);
          started.push(child);
        }
        const watched = await watch(started, { timeoutMs: Math.max(0, deadline - Date.now()), memoryBytes: limits.memoryBytes }, () => {
          void pdfsWritten(outputs, documents).then((done) => {
            if (done > reported) {
              reported = done;
              options.onProgress?.({ step: 'converting to PDF with LibreOffice', done, total });
            }
          });
        });
        const failed: { name: string; exit: Exit }[] = [];
        for (const [at, document] of batch.entries()) {
          const exit = watched.exits[at] ?? { code: null, stderr: '' };
          const path = join(outputs, pdfNameOf(document.name));
          if (exit.code === 0 && existsSync(path)) pdfs.set(pdfNameOf(document.name), await readFile(path));
          else failed.push({ name: document.name, exit });
        }
        if (watched.stopped !== undefined || failed.length > 0) throw failure(watched, failed, limits);
      }
      options.onProgress?.({ step: 'converted to PDF', done: total, total, finished: true });
      return pdfs;
    });
  } finally {
    cleanUp();
  }
}
