import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError } from './delivery-error.js';
import { findSoffice, folderUrl } from './find-soffice.js';
import { farPastLimit, type OfficeEstimate } from './office-memory.js';
import { conversionJobs, officeLanes, type ConversionJob } from './conversion-plan.js';
import { mergedSlidePdf } from '../render/pdf/merged-pdf.js';
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
  /** How many LibreOffices may run side by side: the computer's cores unless given (fewer where the memory limit is small). */
  readonly cores?: number;
}

function pdfNameOf(name: string): string {
  return name.replace(/\.[^.]+$/, '.pdf');
}

type Stopped = 'time' | 'memory' | undefined;

/** How one LibreOffice ended: its exit code and last words, or why it could not be started. */
interface Exit {
  readonly code: number | null;
  readonly stderr: string;
  readonly notStarted?: DeliveryError;
}

/**
 * The LibreOffice processes running, watched together: past the time limit, or past the memory
 * limit (all their processes together), every group (each launcher and the office it started) is
 * killed at once, and `stopped` says why.
 */
class Watcher {
  stopped: Stopped;
  private readonly children = new Set<ChildProcess>();
  private readonly timer: NodeJS.Timeout;
  private readonly poll: NodeJS.Timeout;

  constructor(limits: { readonly timeoutMs: number; readonly memoryBytes: number }) {
    this.timer = setTimeout(() => this.stop('time'), limits.timeoutMs);
    this.poll = setInterval(() => {
      // resident memory, cheap to read, is never less than the proportional: only past the
      // limit is it counted again proportionally, which a fork's shared pages do not inflate
      const held = (count: MemoryCount): number | undefined => {
        let memory: number | undefined;
        for (const child of this.children) {
          const bytes = groupMemory(child, count);
          if (bytes !== undefined) memory = (memory ?? 0) + bytes;
        }
        return memory;
      };
      const resident = held('resident');
      if (resident !== undefined && resident > limits.memoryBytes && (held('proportional') ?? resident) > limits.memoryBytes) this.stop('memory');
    }, POLL_MS);
  }

  /**
   * Watches the child until it ends; the exit once it and every process it started have gone. It
   * settles, never rejects, so that a LibreOffice that cannot be started is never an unhandled
   * rejection while the next one is being started.
   */
  add(child: ChildProcess): Promise<Exit> {
    this.children.add(child);
    return new Promise<Exit>((resolve) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-4000);
      });
      child.on('error', (error) => {
        this.children.delete(child);
        resolve({ code: null, stderr: '', notStarted: new DeliveryError(`LibreOffice could not be started (${error.message}). Nothing was written.`, { cause: error }) });
      });
      child.on('close', (code) => {
        // the launcher may end before the office it started: make sure none of it is left
        killGroup(child);
        this.children.delete(child);
        resolve({ code, stderr });
      });
    });
  }

  stop(why: Stopped): void {
    this.stopped ??= why;
    for (const child of this.children) killGroup(child);
  }

  close(): void {
    clearTimeout(this.timer);
    clearInterval(this.poll);
  }
}

function failure(stopped: Stopped, failed: readonly { readonly name: string; readonly exit: Exit }[], limits: { timeoutMs: number; memoryBytes: number }): DeliveryError {
  if (stopped === 'time') {
    return new DeliveryError(
      `LibreOffice did not finish converting the documents to PDF within ${Math.round(limits.timeoutMs / 1000)} seconds, so it was stopped (with every process it had started). Set PACKSMITH_PDF_TIMEOUT to allow more seconds if the pack is very large. Nothing was written.`,
    );
  }
  if (stopped === 'memory') {
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

/** A job's outcome: its PDF, or how LibreOffice failed on it. */
type JobResult = { readonly pdf: Uint8Array } | { readonly failed: { readonly name: string; readonly exit: Exit } };

/** An empty profile with packsmith's settings (see `libreoffice-profile.ts`). */
async function writeProfile(profile: string): Promise<void> {
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), pdfExportProfile());
}

/** Starts a LibreOffice on the profile, headless, with these arguments, as one of the run's children. */
function startOffice(run: { readonly soffice: string; readonly children: ChildProcess[] }, profile: string, args: readonly string[]): ChildProcess {
  // UTC, so that the dates LibreOffice stamps have the one form stablePdf rewrites
  const child = spawnGroup(run.soffice, [`-env:UserInstallation=${folderUrl(profile)}`, '--headless', '--norestore', ...args], { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] });
  run.children.push(child);
  return child;
}

/**
 * A profile LibreOffice has set up, for each conversion to start from a copy of: LibreOffice
 * started on an empty profile sets it up, then starts itself again (its first process ends with
 * code 81), some 0.4 s more for each of the conversion's LibreOffices (an empty document: 0.96-1.17 s
 * on an empty profile, 0.54-0.74 s on a copy of one set up). Set up once, by a LibreOffice that
 * ends there (`--terminate_after_init`, 0.14 s), watched like the conversions (the limits, a stop).
 * Undefined where LibreOffice did not set it up: each conversion then starts on an empty profile,
 * and says what is wrong.
 */
async function setUpProfile(run: { readonly soffice: string; readonly work: string; readonly children: ChildProcess[] }, watcher: Watcher): Promise<string | undefined> {
  const profile = join(run.work, 'profile');
  await writeProfile(profile);
  const exit = await watcher.add(startOffice(run, profile, ['--terminate_after_init']));
  if (exit.notStarted !== undefined) throw exit.notStarted;
  return exit.code === 0 ? profile : undefined;
}

/**
 * Runs the jobs in order, as many side by side as there are cores while their expected memory
 * together fits the limit (one always runs), each LibreOffice with a fresh profile of its own (a
 * copy of one set up, see {@link setUpProfile}). Past a limit, every LibreOffice is stopped and the
 * conversion refused. A job LibreOffice fails on: no more are started, and those running finish,
 * so that every document that fails is named at once.
 */
async function runJobs(
  queue: ConversionJob[],
  run: { readonly soffice: string; readonly work: string; readonly cores: number; readonly limits: { readonly timeoutMs: number; readonly memoryBytes: number }; readonly children: ChildProcess[] },
  onConverted: (done: number) => void,
): Promise<Map<ConversionJob, JobResult>> {
  const results = new Map<ConversionJob, JobResult>();
  const running = new Map<ConversionJob, Promise<{ readonly job: ConversionJob; readonly exit: Exit }>>();
  const watcher = new Watcher(run.limits);
  const outputs = join(run.work, 'out');
  let failed = false;
  let held = 0;
  let started = 0;
  let converted = 0;
  try {
    const setUp = await setUpProfile(run, watcher);
    if (watcher.stopped !== undefined) throw failure(watcher.stopped, [], run.limits);
    while ((queue.length > 0 && !failed) || running.size > 0) {
      for (let next = queue[0]; !failed && next !== undefined && running.size < run.cores && (running.size === 0 || held + next.estimate <= run.limits.memoryBytes); next = queue[0]) {
        queue.shift();
        const profile = join(run.work, `profile-${started}`);
        started += 1;
        if (setUp !== undefined) await cp(setUp, profile, { recursive: true });
        else await writeProfile(profile);
        const child = startOffice(run, profile, ['--convert-to', 'pdf', '--outdir', outputs, join(run.work, 'in', next.name)]);
        const job = next;
        running.set(job, watcher.add(child).then((exit) => ({ job, exit })));
        held += job.estimate;
      }
      const { job, exit } = await Promise.race(running.values());
      running.delete(job);
      held -= job.estimate;
      if (exit.notStarted !== undefined) throw exit.notStarted;
      if (watcher.stopped !== undefined) throw failure(watcher.stopped, [], run.limits);
      const path = join(outputs, pdfNameOf(job.name));
      if (exit.code === 0 && existsSync(path)) {
        results.set(job, { pdf: await readFile(path) });
        converted += 1;
        onConverted(converted);
      } else {
        failed = true;
        results.set(job, { failed: { name: job.document.name, exit } });
      }
    }
  } finally {
    watcher.close();
  }
  return results;
}

/**
 * Converts documents (DOCX, PPTX) to PDF with LibreOffice: one LibreOffice for each document, or
 * for each part of a slide pack long to convert (see `conversion-plan.ts`), as many side by side as
 * the computer has cores while their memory together is expected to stay within the limit, each
 * with a fresh profile of its own (one profile serves one office at a time), in a temporary folder
 * so that runs never clash. Returns the PDFs of each document's parts, in order (one where the
 * document was converted whole), under the document's name with `.pdf`. Writes nothing else
 * anywhere: a stop (Ctrl+C, a limit) ends every LibreOffice and everything each started, and
 * removes the temporary folder.
 */
export async function convertToPdfParts(documents: readonly OutputFile[], options: PdfConversionOptions = {}): Promise<Map<string, readonly Uint8Array[]>> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice !== undefined && !existsSync(soffice)) throw new DeliveryError(`LibreOffice was not found at ${soffice}, where it was said to be. Nothing was written.`);
  if (soffice === undefined) {
    throw new DeliveryError(
      'LibreOffice is needed to make the PDFs of a final pack and was not found. Install it (Windows and macOS: from libreoffice.org; Debian or Ubuntu: apt-get install libreoffice-writer libreoffice-impress) or set PACKSMITH_SOFFICE to its soffice program.',
    );
  }
  const limits = { timeoutMs: options.timeoutMs ?? DEFAULT_PDF_LIMITS.timeoutMs, memoryBytes: options.memoryBytes ?? DEFAULT_PDF_LIMITS.memoryBytes };
  const cores = officeLanes(limits.memoryBytes, Math.max(1, options.cores ?? availableParallelism()));
  const plan = conversionJobs(documents, limits.memoryBytes, cores);
  // a document cut into parts needs only a part's memory at once
  const tooLarge = farPastLimit(
    plan.flatMap((jobs) => (jobs.length === 1 && jobs[0] !== undefined ? [jobs[0].document] : [])),
    limits.memoryBytes,
  );
  if (tooLarge !== undefined) throw tooLargeError(tooLarge, limits.memoryBytes);
  const work = mkdtempSync(join(tmpdir(), 'packsmith-pdf-'));
  const children: ChildProcess[] = [];
  const cleanUp = (): void => {
    for (const child of children) killGroup(child);
    rmSync(work, { recursive: true, force: true });
  };
  const total = documents.length;
  const jobCount = plan.flat().length;
  try {
    return await cleanUpOnInterrupt(cleanUp, async () => {
      await mkdir(join(work, 'in'));
      await mkdir(join(work, 'out'));
      for (const job of plan.flat()) await writeFile(join(work, 'in', job.name), job.bytes);
      const what = `${total === 1 ? 'the document' : `${total} documents`}${jobCount > total ? ` in ${jobCount} parts` : ''}`;
      options.onProgress?.({ step: `converting ${what} to PDF with LibreOffice`, done: 0, total: jobCount });
      // whole documents first, the longest single jobs; then the parts fill the time beside them
      const queue = [...plan.filter((jobs) => jobs.length === 1), ...plan.filter((jobs) => jobs.length > 1)].flat();
      const converted = await runJobs(queue, { soffice, work, cores, limits, children }, (done) =>
        options.onProgress?.({ step: 'converting to PDF with LibreOffice', done, total: jobCount }),
      );
      const failed = [...converted.values()].flatMap((result) => ('failed' in result ? [result.failed] : []));
      if (failed.length > 0) throw failure(undefined, documents.flatMap((document) => failed.filter((f) => f.name === document.name).slice(0, 1)), limits);
      const pdfs = new Map<string, readonly Uint8Array[]>();
      for (const [at, document] of documents.entries()) {
        const parts = (plan[at] ?? []).flatMap((job) => {
          const result = converted.get(job);
          return result !== undefined && 'pdf' in result ? [result.pdf] : [];
        });
        pdfs.set(pdfNameOf(document.name), parts);
      }
      options.onProgress?.({ step: 'converted to PDF', done: jobCount, total: jobCount, finished: true });
      return pdfs;
    });
  } finally {
    cleanUp();
  }
}

/** {@link convertToPdfParts}, a slide pack's parts merged into one PDF: each PDF's bytes under the document's name with `.pdf`. */
export async function convertToPdf(documents: readonly OutputFile[], options: PdfConversionOptions = {}): Promise<Map<string, Uint8Array>> {
  const pdfs = new Map<string, Uint8Array>();
  for (const [name, parts] of await convertToPdfParts(documents, options)) pdfs.set(name, await mergedSlidePdf(parts));
  return pdfs;
}
