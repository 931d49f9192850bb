import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, rename as fsRename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeWriteFailure, errorCode, lockedFile } from './file-system-failure.js';
import { deferInterrupt, onInterrupt } from './interruption.js';
import { processIsAlive, removeMadeFolders } from './folder-lock.js';
import { makeOutputFolder } from './output-folder.js';
import { OutputError } from './output-error.js';

export interface OutputFile {
  /** Path relative to the output folder; may name a subfolder (`drafts/author.eml`). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WriteOptions {
  /** Files (relative names) to delete in the same step, such as a replaced final pack's old files. */
  readonly remove?: readonly string[];
  /** How a file is moved; tests pass one that fails as a file open on Windows does. */
  readonly rename?: (from: string, to: string) => Promise<void>;
}

const STAGING_PREFIX = '.packsmith-staging-';

/** A run killed outright (SIGKILL, power loss) leaves its staging folder; the next run clears it. */
async function removeAbandonedStaging(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  for (const entry of await readdir(folder)) {
    const pid = Number(/^\.packsmith-staging-(\d+)-/.exec(entry)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !processIsAlive(pid)) await rm(join(folder, entry), { recursive: true, force: true });
  }
}

/** What a move into place did, so that it can be undone. */
type Step = { readonly kind: 'aside' | 'placed'; readonly from: string; readonly to: string } | { readonly kind: 'folder'; readonly path: string };

/** A file of that name that is a folder cannot be replaced by a file: found before anything moves. */
async function checkTargets(folder: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = join(folder, file.name);
    const found = await lstat(target).catch(() => undefined);
    if (found?.isDirectory() === true) {
      throw new OutputError(`${target} is a folder, where packsmith writes a file of that name: move the folder away, or choose another folder with --out. Nothing was changed.`);
    }
  }
}

/**
 * Moves the staged files into place as one step: each file already there is first moved aside
 * into the staging folder, then the new one moved in. If any move fails (a file open in
 * PowerPoint on Windows cannot be moved), every move made so far is undone, newest first, so the
 * folder holds the old files again, and the failure names the file.
 */
async function moveIntoPlace(folder: string, staging: string, files: readonly OutputFile[], remove: readonly string[], rename: (from: string, to: string) => Promise<void>): Promise<void> {
  const done: Step[] = [];
  const aside = join(staging, '.replaced');
  const moveAside = async (target: string, name: string): Promise<void> => {
    if ((await lstat(target).catch(() => undefined)) === undefined) return;
    const to = join(aside, name);
    await mkdir(dirname(to), { recursive: true });
    try {
      await rename(target, to);
    } catch (error) {
      throw ['EBUSY', 'EPERM', 'EACCES', 'ETXTBSY'].includes(errorCode(error)) ? lockedFile(target, error) : error;
    }
    done.push({ kind: 'aside', from: target, to });
  };
  try {
    for (const file of files) {
      const target = join(folder, file.name);
      const made = await mkdir(dirname(target), { recursive: true });
      if (made !== undefined) done.push({ kind: 'folder', path: made });
      await moveAside(target, file.name);
      await rename(join(staging, file.name), target);
      done.push({ kind: 'placed', from: join(staging, file.name), to: target });
    }
    for (const name of remove.filter((n) => !files.some((f) => f.name === n))) await moveAside(join(folder, name), name);
  } catch (error) {
    for (const step of done.reverse()) {
      // undo: best effort, each step on its own
      if (step.kind === 'folder') await rm(step.path, { recursive: true, force: true }).catch(() => undefined);
      else await fsRename(step.to, step.from).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Writes files so that a failed or interrupted run leaves the output folder as it was. The folder
 * is checked first (not a file, not read-only, not /proc). Every file is written into a staging
 * folder inside the output folder (so that moves stay on one disk; a full disk fails here, with
 * nothing changed); only when all are written are they moved into place, all or none (see
 * `moveIntoPlace`), a step of milliseconds that an interruption (Ctrl+C) waits for. Failures of
 * the machine's (disk full, read-only, a file open elsewhere) are OutputErrors that say what to do.
 */
export async function writeFilesAtomically(folder: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const made = await makeOutputFolder(folder);
  const staging = join(folder, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  // synchronous, so that it can run inside a signal handler before the process ends
  const discard = (): void => {
    rmSync(staging, { recursive: true, force: true });
    removeMadeFolders(folder, made);
  };
  // the file being written, for a message: a full disk's error names no path
  let writing: string | undefined;
  // registered for the whole write: a stop between staging and moving must not leave staging behind
  const off = onInterrupt(discard);
  try {
    await removeAbandonedStaging(folder);
    await checkTargets(folder, files);
    for (const file of files) {
      writing = join(folder, file.name);
      const staged = join(staging, file.name);
      // a stop waits for the file in hand: removing the staging folder while the file system is
      // still creating a file in it would leave the folder behind
      await deferInterrupt(async () => {
        await mkdir(dirname(staged), { recursive: true });
        await writeFile(staged, file.bytes);
      });
    }
    writing = undefined;
    await deferInterrupt(async () => {
      await moveIntoPlace(folder, staging, files, options.remove ?? [], options.rename ?? fsRename);
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    });
  } catch (cause) {
    discard();
    if (cause instanceof OutputError) throw cause;
    throw describeWriteFailure(cause, folder, writing ?? stagedPath(cause, staging, folder)) ?? new Error(`could not write the output to ${folder}`, { cause });
  } finally {
    off();
  }
  return files.map((file) => join(folder, file.name));
}

/** The output path a failure was about, rather than its staging path, for the message. */
function stagedPath(error: unknown, staging: string, folder: string): string {
  const path = error instanceof Error && 'path' in error ? String(error.path) : folder;
  return path.startsWith(staging) ? join(folder, path.slice(staging.length + 1)) : path;
}
