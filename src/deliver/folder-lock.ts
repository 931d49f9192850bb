import { readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describeWriteFailure, errorCode } from './file-system-failure.js';
import { onInterrupt } from './interruption.js';
import { makeOutputFolder } from './output-folder.js';
import { FolderBusyError } from './output-error.js';

/** The lock file a run keeps in its output folder while it works there. */
export const LOCK_FILE = '.packsmith-lock';

interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

export interface FolderLock {
  /** Gives the folder up: removes the lock, and the folders the run made if they are empty again. */
  release(): void;
}

/** Whether a process of this computer still runs (one of another user's counts). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function holderOf(path: string): Promise<LockHolder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host, started: String(parsed.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the folders from `folder` up to `made` (the outermost one this run made) while they are empty. */
export function removeMadeFolders(folder: string, made: string | undefined): void {
  if (made === undefined) return;
  for (let dir = resolve(folder); dir.length >= made.length; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === made) return;
  }
}

/**
 * Takes the output folder for this run: two runs on one folder would interleave their files (two
 * final packs, the second silently replacing the first). The folder is made if needed and a lock
 * file created in it exclusively; a second run finds it and is refused, saying which run holds
 * it. A lock left by a run on this computer that has ended (killed outright, power cut) is taken
 * over. The lock goes when the run ends, however it ends short of SIGKILL.
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const made = await makeOutputFolder(folder);
  const path = join(folder, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  let released = false;
  let mine = false;
  const release = (): void => {
    if (released) return;
    released = true;
    off();
    try {
      if (mine && readFileSync(path, 'utf8').includes(`"pid":${process.pid},`)) unlinkSync(path);
    } catch {
      // gone already
    }
    removeMadeFolders(folder, made);
  };
  const off = onInterrupt(release);
  try {
    for (let attempt = 0; !mine; attempt += 1) {
      try {
        await writeFile(path, JSON.stringify(me), { flag: 'wx' });
        mine = true;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw describeWriteFailure(error, folder, path) ?? error;
        const holder = await holderOf(path);
        const abandoned = holder !== undefined && holder.host === me.host && !processIsAlive(holder.pid);
        if (!abandoned || attempt > 0) {
          const who = holder === undefined ? 'another packsmith run' : `another packsmith run (process ${holder.pid} on ${holder.host}, started ${holder.started})`;
          throw new FolderBusyError(`${who} is writing to ${folder}: wait for it to finish and run again. If no run is going on (the computer was restarted during one), delete ${path}. Nothing was written.`);
        }
        await unlink(path).catch(() => undefined);
      }
    }
  } catch (error) {
    release();
    throw error;
  }
  return { release };
}
