import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DocumentMode } from './compose/document-options.js';
import { FINAL_FOLDER, packFolder, packIdentity, type PackIdentity } from './compose/pack-identity.js';
import type { PackModel } from './compose/pack-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { unreadableReason } from './diagnostics/unreadable-file.js';
import { DeliveryError } from './deliver/delivery-error.js';
import { lockFolder } from './deliver/folder-lock.js';
import { checkOwner, ownerFile } from './deliver/folder-owner.js';
import { readHouseStyle } from './house-style/read-house-style.js';
import { checkOutputFolder } from './deliver/output-folder.js';
import type { ProgressListener } from './deliver/progress-event.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { checkMonth } from './model/reporting-month.js';
import { loadWorkbook, packFromWorkbook } from './pipeline.js';
import { startPackWorkers, type PackWorkers } from './render/aside/pack-workers.js';
import type { DraftEmail } from './render/email/render-draft-email.js';

export interface RunOptions {
  readonly workbookPath: string;
  /** The reporting month, as `parseMonth` reads it; any other is refused with a MonthError. */
  readonly month: MonthPeriod;
  /** Defaults to `output/<committee>/<month>/` under the current folder; a final pack goes in its `final/`. */
  readonly outDir?: string;
  readonly mode?: DocumentMode;
  /** Replace a final pack already written. */
  readonly force?: boolean;
  /** Told as each step starts, for a progress line. */
  readonly onStep?: (step: string) => void;
  /** Told as a long step (the PDF conversion) moves on. */
  readonly onProgress?: ProgressListener;
  /** LibreOffice's soffice, where not found by itself (see `findSoffice`). */
  readonly soffice?: string;
  /** How long the PDF conversion may take, and how much memory LibreOffice may hold (see `DEFAULT_PDF_LIMITS`). */
  readonly pdfLimits?: { readonly timeoutMs?: number; readonly memoryBytes?: number };
  /**
   * Run once the files are written, while the folder is still this run's alone (sending the
   * drafts: the send log is in the folder). Its result is returned as `after`.
   */
  readonly afterWrite?: (written: Written) => Promise<number>;
}

export interface Written {
  readonly kind: 'written';
  /** The output folder (a final pack's `final/`), and the paths of the files written to it. */
  readonly folder: string;
  readonly files: readonly string[];
  readonly identity: PackIdentity;
  readonly model: PackModel;
  readonly diagnostics: readonly Diagnostic[];
  /** A draft's e-mails to the authors, written under `drafts/`, ready for `sendDrafts`; none in a final pack. */
  readonly drafts: readonly DraftEmail[];
  /** What `afterWrite` returned. */
  readonly after?: number;
}

export type RunOutcome =
  | Written
  | { readonly kind: 'invalid'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Delivery could not go ahead (a final pack already there, LibreOffice missing, another committee's folder); nothing written. */
  | { readonly kind: 'refused'; readonly reason: string };

async function readWorkbookFile(path: string): Promise<Buffer | string> {
  try {
    return await readFile(path);
  } catch (cause) {
    return unreadableReason(cause);
  }
}

/**
 * The `pack` command's work: reads the workbook, builds the pack and writes it. The pack's
 * identity (committee, month, meeting, names and folder) is composed once, from the workbook; the
 * folder is checked and taken for this run (a second run on it is refused with FolderBusyError),
 * and must not hold another committee's packs. A draft goes to the folder; a final pack to its
 * `final/`, named for the agenda, with PDFs and a manifest, and never over an earlier final pack
 * unless `force`. Failures of the disk are OutputErrors; nothing is half written.
 */
export async function runPack(options: RunOptions): Promise<RunOutcome> {
  const month = checkMonth(options.month);
  const mode = options.mode ?? 'draft';
  if (options.outDir !== undefined) await checkOutputFolder(options.outDir);
  // the documents' threads load their libraries while the workbook is read
  const workers = startPackWorkers();
  try {
    return await packAndWrite(options, month, mode, workers);
  } finally {
    await workers.stop();
  }
}

async function packAndWrite(options: RunOptions, month: MonthPeriod, mode: DocumentMode, workers: PackWorkers): Promise<RunOutcome> {
  const bytes = await readWorkbookFile(options.workbookPath);
  if (typeof bytes === 'string') return { kind: 'unreadable', reason: bytes };
  options.onStep?.('reading the workbook');
  const loaded = await loadWorkbook(bytes);
  // the files the Settings sheet names are checked even where the workbook has errors: all are told at once
  const houseStyle = await readHouseStyle(loaded.houseStyle, dirname(options.workbookPath), loaded.diagnostics);
  if (loaded.workbook === undefined || loaded.diagnostics.hasErrors) return { kind: 'invalid', diagnostics: loaded.diagnostics.list() };
  const identity = packIdentity(loaded.workbook, month);
  // the final pack's delivery (PDFs: LibreOffice and pdf-lib) is loaded only for a final pack
  const final = mode === 'final' ? await import('./deliver/final-pack.js') : undefined;
  const folder = packFolder(identity, options.outDir);
  const lock = await lockFolder(folder);
  try {
    await checkOwner(folder, identity);
    const finalFolder = join(folder, FINAL_FOLDER);
    const earlierFinal = final === undefined ? [] : await final.checkFinalFolder(finalFolder, options.force === true, identity);
    const request = { workbook: bytes, workbookName: basename(options.workbookPath), month, mode, identity, houseStyle, workers, ...(options.onStep === undefined ? {} : { onStep: options.onStep }) };
    const result = await packFromWorkbook(loaded, request);
    // drawn: the threads' memory is given back before the PDFs are made and the files written
    await workers.stop();
    if (!result.ok || result.model === undefined || result.documents === undefined) return { kind: 'invalid', diagnostics: result.diagnostics };
    let written: Written;
    if (final !== undefined) {
      const conversion = { ...options.pdfLimits, ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }), ...(options.soffice === undefined ? {} : { soffice: options.soffice }) };
      const files = await final.finalPackFiles(identity, result.model, result.documents, conversion);
      options.onStep?.('writing the files');
      const inFinal = (name: string): string => `${FINAL_FOLDER}/${name}`;
      const paths = await writeFilesAtomically(folder, [ownerFile(identity), ...files.map((f) => ({ name: inFinal(f.name), bytes: f.bytes }))], { remove: earlierFinal.map(inFinal) });
      written = { kind: 'written', folder: finalFolder, files: paths.slice(1), identity, model: result.model, diagnostics: result.diagnostics, drafts: [] };
    } else {
      options.onStep?.('writing the files');
      const paths = await writeFilesAtomically(folder, [ownerFile(identity), ...result.files]);
      written = { kind: 'written', folder, files: paths.slice(1), identity, model: result.model, diagnostics: result.diagnostics, drafts: result.drafts ?? [] };
    }
    return options.afterWrite === undefined ? written : { ...written, after: await options.afterWrite(written) };
  } catch (error) {
    if (error instanceof DeliveryError) return { kind: 'refused', reason: error.message };
    throw error;
  } finally {
    lock.release();
  }
}
