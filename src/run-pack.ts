import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DocumentMode } from './compose/document-options.js';
import type { PackModel } from './compose/pack-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { DeliveryError } from './deliver/delivery-error.js';
import { unreadableReason } from './diagnostics/unreadable-file.js';
import { checkFinalFolder, finalPackFiles } from './deliver/final-pack.js';
import type { ProgressListener } from './deliver/progress-event.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { monthLongLabel, periodKey } from './model/period.js';
import { buildPack } from './pipeline.js';
import type { DraftEmail } from './render/email/render-draft-email.js';

export interface RunOptions {
  readonly workbookPath: string;
  readonly month: MonthPeriod;
  /** Defaults to `output/<month>/` under the current folder; a final pack goes in its `final/`. */
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
}

export type RunOutcome =
  | {
      readonly kind: 'written';
      /** The output folder (a final pack's `final/`), and the paths of the files written to it. */
      readonly folder: string;
      readonly files: readonly string[];
      readonly model: PackModel;
      readonly diagnostics: readonly Diagnostic[];
      /** A draft's e-mails to the authors, written under `drafts/`, ready for `sendDrafts`; none in a final pack. */
      readonly drafts: readonly DraftEmail[];
    }
  | { readonly kind: 'invalid'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Delivery could not go ahead (a final pack already there, LibreOffice missing); nothing written. */
  | { readonly kind: 'refused'; readonly reason: string };

async function readWorkbookFile(path: string): Promise<Buffer | string> {
  try {
    return await readFile(path);
  } catch (cause) {
    return unreadableReason(cause);
  }
}

/**
 * The `pack` command's work: reads the workbook, builds the pack and writes it. A draft goes to
 * the month's folder; a final pack to its `final/` folder, named for the agenda, with PDFs and a
 * manifest, and never over an earlier final pack unless `force`.
 */
export async function runPack(options: RunOptions): Promise<RunOutcome> {
  const mode = options.mode ?? 'draft';
  const folder = options.outDir ?? join('output', periodKey(options.month));
  try {
    const finalFolder = join(folder, 'final');
    const earlierFinal = mode === 'final' ? await checkFinalFolder(finalFolder, options.force === true, monthLongLabel(options.month)) : [];
    const bytes = await readWorkbookFile(options.workbookPath);
    if (typeof bytes === 'string') return { kind: 'unreadable', reason: bytes };
    const result = await buildPack({ workbook: bytes, workbookName: basename(options.workbookPath), month: options.month, mode, ...(options.onStep === undefined ? {} : { onStep: options.onStep }) });
    if (!result.ok || result.model === undefined || result.documents === undefined) return { kind: 'invalid', diagnostics: result.diagnostics };
    if (mode === 'final') {
      const files = await finalPackFiles(result.model, result.documents, { ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }), ...(options.soffice === undefined ? {} : { soffice: options.soffice }) });
      options.onStep?.('writing the files');
      const written = await writeFilesAtomically(finalFolder, files, { remove: earlierFinal });
      return { kind: 'written', folder: finalFolder, files: written, model: result.model, diagnostics: result.diagnostics, drafts: [] };
    }
    options.onStep?.('writing the files');
    const written = await writeFilesAtomically(folder, result.files);
    return { kind: 'written', folder, files: written, model: result.model, diagnostics: result.diagnostics, drafts: result.drafts ?? [] };
  } catch (error) {
    if (error instanceof DeliveryError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}
