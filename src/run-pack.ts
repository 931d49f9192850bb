import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DocumentMode } from './compose/document-options.js';
import type { PackModel } from './compose/pack-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { periodKey } from './model/period.js';
import { buildPack } from './pipeline.js';

export interface RunOptions {
  readonly workbookPath: string;
  readonly month: MonthPeriod;
  /** Defaults to `output/<month>/` under the current folder. */
  readonly outDir?: string;
  readonly mode?: DocumentMode;
}

export type RunOutcome =
  | { readonly kind: 'written'; readonly files: readonly string[]; readonly model: PackModel; readonly diagnostics: readonly Diagnostic[] }
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
  const result = await buildPack({ workbook: bytes, workbookName: basename(options.workbookPath), month: options.month, mode: options.mode ?? 'draft' });
  if (!result.ok || result.model === undefined) return { kind: 'invalid', diagnostics: result.diagnostics };
  const folder = options.outDir ?? join('output', periodKey(options.month));
  const files = await writeFilesAtomically(folder, result.files);
  return { kind: 'written', files, model: result.model, diagnostics: result.diagnostics };
}
