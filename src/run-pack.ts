import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DocumentMode } from './compose/document-options.js';
import type { PackModel } from './compose/pack-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { periodKey } from './model/period.js';
import { buildPack } from './pipeline.js';
import type { DraftEmail } from './render/email/render-draft-email.js';

export interface RunOptions {
  readonly workbookPath: string;
  readonly month: MonthPeriod;
  /** Defaults to `output/<month>/` under the current folder. */
  readonly outDir?: string;
  readonly mode?: DocumentMode;
  /** Told as each long step starts, for a progress line. */
  readonly onStep?: (step: string) => void;
}

export type RunOutcome =
  | {
      readonly kind: 'written';
      /** The output folder, and the paths of the files written to it. */
      readonly folder: string;
      readonly files: readonly string[];
      readonly model: PackModel;
      readonly diagnostics: readonly Diagnostic[];
      /** A draft's e-mails to the authors, written under `drafts/`, ready for `sendDrafts`. */
      readonly drafts: readonly DraftEmail[];
    }
  | { readonly kind: 'invalid'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** Reads the workbook from disk, builds the pack and writes it: the `pack` command's work. */
export async function runPack(options: RunOptions): Promise<RunOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(options.workbookPath);
  } catch (cause) {
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
    const reason = code === 'ENOENT' ? 'there is no file at that path' : code === 'EISDIR' ? 'that is a folder, not a workbook file' : code === 'EACCES' ? 'the file cannot be read (permission denied)' : 'the file cannot be read';
    return { kind: 'unreadable', reason };
  }
  const result = await buildPack({ workbook: bytes, workbookName: basename(options.workbookPath), month: options.month, mode: options.mode ?? 'draft', ...(options.onStep === undefined ? {} : { onStep: options.onStep }) });
  if (!result.ok || result.model === undefined) return { kind: 'invalid', diagnostics: result.diagnostics };
  const folder = options.outDir ?? join('output', periodKey(options.month));
  options.onStep?.('writing the files');
  const files = await writeFilesAtomically(folder, result.files);
  return { kind: 'written', folder, files, model: result.model, diagnostics: result.diagnostics, drafts: result.drafts ?? [] };
}
