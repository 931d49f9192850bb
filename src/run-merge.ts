import { access, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { unreadableReason } from './diagnostics/unreadable-file.js';
import { keepBackup } from './deliver/keep-backup.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { periodKey } from './model/period.js';
import { checkMonth } from './model/reporting-month.js';
import type { MergeChanges } from './returns/merge-changes.js';
import { mergeReturns, type FileMessages, type ReturnFile } from './returns/merge-returns.js';

export interface MergeOptions {
  readonly workbookPath: string;
  readonly month: MonthPeriod;
  readonly returnPaths: readonly string[];
  /** Where to write the merged copy; default beside the workbook, `<name>-merged-<month>.xlsx`. */
  readonly outPath?: string;
  /** Replace the workbook itself, after keeping a backup of it beside it. */
  readonly inPlace?: boolean;
}

export type MergeOutcome =
  /** Some file has errors (all listed); nothing was written. */
  | { readonly kind: 'invalid'; readonly messages: readonly FileMessages[] }
  /** Every return matches the workbook already; nothing was written. */
  | { readonly kind: 'unchanged'; readonly messages: readonly FileMessages[]; readonly changes: MergeChanges }
  | { readonly kind: 'written'; readonly messages: readonly FileMessages[]; readonly changes: MergeChanges; readonly file: string; readonly backup?: string };

/** The merged copy's default path: `seeds/example-icb.xlsx` -> `seeds/example-icb-merged-2026-01.xlsx`. */
export function mergedCopyPath(workbookPath: string, month: MonthPeriod): string {
  const extension = extname(workbookPath) || '.xlsx';
  return join(dirname(workbookPath), `${basename(workbookPath, extname(workbookPath))}-merged-${periodKey(month)}${extension}`);
}

/** One error about a file, as the commands that write copies report it. */
export function fileProblem(file: string, reason: string, rule: string): FileMessages {
  const diagnostic: Diagnostic = { severity: 'error', reason, rule };
  return { file, diagnostics: [diagnostic] };
}

/** A file's bytes, or why it cannot be read, in words. */
export async function readOrSay(path: string): Promise<{ bytes: Buffer } | { problem: FileMessages }> {
  try {
    return { bytes: await readFile(path) };
  } catch (cause) {
    return { problem: fileProblem(path, unreadableReason(cause), 'read/no-file') };
  }
}

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Excel keeps `~$<name>` beside a workbook it has open (LibreOffice `.~lock.<name>#`): replacing
 * the workbook then would be undone when the officer next saves it from Excel.
 */
async function openElsewhere(path: string): Promise<string | undefined> {
  const name = basename(path);
  const locks = [`~$${name}`, `~$${name.slice(2)}`, `.~lock.${name}#`];
  for (const lock of locks) if (await exists(join(dirname(path), lock))) return lock;
  return undefined;
}

/** Checks, just before the workbook is replaced, that it is closed and as it was read. */
async function checkReplaceable(path: string, read: Buffer): Promise<FileMessages | undefined> {
  const lock = await openElsewhere(path);
  if (lock !== undefined) return fileProblem(path, `the workbook is open in a spreadsheet program (its lock file ${lock} is beside it); close it, then merge again, or the program would save over the merge`, 'merge/workbook-open');
  const now = await readOrSay(path);
  if (!('bytes' in now) || !now.bytes.equals(read)) return fileProblem(path, 'the workbook changed while the returns were merged (was it saved from Excel?); merge again', 'merge/workbook-changed');
  return undefined;
}

/** Reads the workbook and the returns from disk, merges them and writes the merged workbook: the `merge` command's work. */
export async function runMerge(options: MergeOptions): Promise<MergeOutcome> {
  checkMonth(options.month);
  const main = await readOrSay(options.workbookPath);
  const returns: ReturnFile[] = [];
  const unreadable: FileMessages[] = [];
  for (const path of options.returnPaths) {
    const read = await readOrSay(path);
    if ('bytes' in read) returns.push({ name: path, bytes: read.bytes });
    else unreadable.push(read.problem);
  }
  if (!('bytes' in main)) return { kind: 'invalid', messages: [main.problem, ...unreadable] };
  const result = await mergeReturns({ workbook: main.bytes, workbookName: options.workbookPath, month: options.month, returns, inPlace: options.inPlace === true });
  const messages = [...result.messages, ...unreadable];
  if (!result.ok || result.changes === undefined || unreadable.length > 0) return { kind: 'invalid', messages };
  if (result.merged === undefined) return { kind: 'unchanged', messages, changes: result.changes };

  if (options.inPlace === true) {
    const problem = await checkReplaceable(options.workbookPath, main.bytes);
    if (problem !== undefined) return { kind: 'invalid', messages: [...messages, problem] };
    const backup = await keepBackup(options.workbookPath, main.bytes);
    const [file = options.workbookPath] = await writeFilesAtomically(dirname(options.workbookPath), [{ name: basename(options.workbookPath), bytes: result.merged }]);
    return { kind: 'written', messages, changes: result.changes, file, backup };
  }
  const out = options.outPath ?? mergedCopyPath(options.workbookPath, options.month);
  const [file = out] = await writeFilesAtomically(dirname(out), [{ name: basename(out), bytes: result.merged }]);
  return { kind: 'written', messages, changes: result.changes, file };
}
