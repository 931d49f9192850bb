import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DeliveryError } from './delivery-error.js';
import { cleanUpOnInterrupt } from './interruption.js';
import { pdfExportProfile } from './libreoffice-profile.js';
import type { ProgressListener } from './progress-event.js';
import type { OutputFile } from './write-files.js';

const KNOWN_PLACES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];
const POLL_MS = 250;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** LibreOffice's `soffice`: `PACKSMITH_SOFFICE` if set, else the PATH, else where installers put it. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['PACKSMITH_SOFFICE'];
  if (chosen !== undefined && chosen !== '') return existsSync(chosen) ? chosen : undefined;
  const onPath = (env['PATH'] ?? '').split(delimiter).flatMap((dir) => ['soffice', 'libreoffice'].map((name) => join(dir, name)));
  return [...onPath, ...KNOWN_PLACES].find((path) => existsSync(path));
}

export interface PdfConversionOptions {
  readonly soffice?: string;
  readonly onProgress?: ProgressListener;
  readonly timeoutMs?: number;
}

function pdfNameOf(name: string): string {
  return name.replace(/\.[^.]+$/, '.pdf');
}

/** The documents' PDFs that exist so far, for progress while LibreOffice works through them. */
async function pdfsWritten(dir: string, documents: readonly OutputFile[]): Promise<number> {
  const present = new Set(await readdir(dir).catch(() => []));
  return documents.filter((d) => present.has(pdfNameOf(d.name))).length;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new DeliveryError(`LibreOffice could not be started (${error.message}). Nothing was written.`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut: signal === 'SIGKILL' });
    });
  });
}

/**
 * Converts documents (DOCX, PPTX) to PDF with LibreOffice, all in one run of it (its start-up is
 * most of the cost), in a temporary folder with a fresh profile so that runs never clash. Returns
 * each PDF's bytes under the document's name with `.pdf`. Writes nothing else anywhere: an
 * interruption stops LibreOffice and removes the temporary folder.
 */
export async function convertToPdf(documents: readonly OutputFile[], options: PdfConversionOptions = {}): Promise<Map<string, Uint8Array>> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice !== undefined && !existsSync(soffice)) throw new DeliveryError(`LibreOffice was not found at ${soffice}, where it was said to be. Nothing was written.`);
  if (soffice === undefined) {
    throw new DeliveryError(
      'LibreOffice is needed to make the PDFs of a final pack and was not found. Install it (Debian or Ubuntu: apt-get install libreoffice-writer libreoffice-impress) or set PACKSMITH_SOFFICE to its soffice program.',
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'packsmith-pdf-'));
  let child: ChildProcess | undefined;
  const cleanUp = (): void => {
    child?.kill('SIGKILL');
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
      child = spawn(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outputs, ...documents.map((d) => join(inputs, d.name))], {
        // UTC, so that the dates LibreOffice stamps have the one form stablePdf rewrites
        env: { ...process.env, TZ: 'UTC' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let reported = 0;
      const poll = setInterval(() => {
        void pdfsWritten(outputs, documents).then((done) => {
          if (done > reported) {
            reported = done;
            options.onProgress?.({ step: 'converting to PDF with LibreOffice', done, total });
          }
        });
      }, POLL_MS);
      const exit = await waitForExit(child, options.timeoutMs ?? DEFAULT_TIMEOUT_MS).finally(() => clearInterval(poll));
      const pdfs = new Map<string, Uint8Array>();
      const missing: string[] = [];
      for (const document of documents) {
        const path = join(outputs, pdfNameOf(document.name));
        if (existsSync(path)) pdfs.set(pdfNameOf(document.name), await readFile(path));
        else missing.push(document.name);
      }
      if (exit.timedOut || exit.code !== 0 || missing.length > 0) {
        const why = exit.timedOut ? `it did not finish within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} seconds` : `it ended with code ${String(exit.code)}`;
        const detail = exit.stderr.trim() === '' ? '' : `; LibreOffice said: ${exit.stderr.trim().split('\n').slice(-3).join(' / ')}`;
        throw new DeliveryError(`LibreOffice could not convert ${missing.length > 0 ? missing.join(' and ') : 'the documents'} to PDF: ${why}${detail}. Nothing was written.`);
      }
      options.onProgress?.({ step: 'converted to PDF', done: total, total, finished: true });
      return pdfs;
    });
  } finally {
    cleanUp();
  }
}
