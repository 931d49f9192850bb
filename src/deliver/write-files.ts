import { randomBytes } from 'node:crypto';
import { existsSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cleanUpOnInterrupt, deferInterrupt } from './interruption.js';

export interface OutputFile {
  /** Path relative to the output folder; may name a subfolder (`drafts/author.eml`). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WriteOptions {
  /** Files (relative names) to delete in the same step, such as a replaced final pack's old files. */
  readonly remove?: readonly string[];
}

const STAGING_PREFIX = '.packsmith-staging-';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** A run killed outright (SIGKILL, power loss) leaves its staging folder; the next run clears it. */
async function removeAbandonedStaging(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  for (const entry of await readdir(folder)) {
    const pid = Number(/^\.packsmith-staging-(\d+)-/.exec(entry)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !processIsAlive(pid)) await rm(join(folder, entry), { recursive: true, force: true });
  }
}

async function firstMissingAncestor(folder: string): Promise<string | undefined> {
  let missing: string | undefined;
  for (let dir = folder; !existsSync(dir); dir = dirname(dir)) {
    missing = dir;
    if (dirname(dir) === dir) break;
  }
  return missing;
}

/** Removes the folders this run created, innermost first, where they are empty again. */
function removeCreatedFolders(folder: string, createdFrom: string | undefined): void {
  if (createdFrom === undefined) return;
  for (let dir = folder; dir.length >= createdFrom.length; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === createdFrom) return;
  }
}

/**
 * Writes files so that a failed or interrupted run leaves the output folder as it was. Every file
 * is first written into a staging folder inside the output folder (so that renames stay on one
 * file system); only when all are written are they renamed into place, a step of milliseconds
 * that an interruption (Ctrl+C) waits for. A failure or interruption before then removes the
 * staging folder, and folders the run created, and changes nothing else.
 */
export async function writeFilesAtomically(folder: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  await removeAbandonedStaging(folder);
  const createdFrom = await firstMissingAncestor(folder);
  const staging = join(folder, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  // synchronous, so that it can run inside a signal handler before the process ends
  const discard = (): void => {
    rmSync(staging, { recursive: true, force: true });
    removeCreatedFolders(folder, createdFrom);
  };
  try {
    await cleanUpOnInterrupt(discard, async () => {
      for (const file of files) {
        const staged = join(staging, file.name);
        await mkdir(dirname(staged), { recursive: true });
        await writeFile(staged, file.bytes);
      }
    });
    await deferInterrupt(async () => {
      for (const file of files) {
        const target = join(folder, file.name);
        await mkdir(dirname(target), { recursive: true });
        await rename(join(staging, file.name), target);
      }
      for (const name of options.remove ?? []) {
        if (!files.some((f) => f.name === name)) await rm(join(folder, name), { force: true });
      }
      await rm(staging, { recursive: true, force: true });
    });
  } catch (cause) {
    discard();
    throw new Error(`could not write the output to ${folder}`, { cause });
  }
  return files.map((file) => join(folder, file.name));
}
