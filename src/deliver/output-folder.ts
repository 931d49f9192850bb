import { constants } from 'node:fs';
import { access, mkdir, stat, statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeWriteFailure, errorCode } from './file-system-failure.js';
import { OutputError } from './output-error.js';

/**
 * File systems that hold no files of ours: the kernel's views of processes and devices. Node's
 * recursive mkdir never returns on /proc (it retries for ever), so such a place is refused before
 * any folder is made. Magic numbers from Linux's include/uapi/linux/magic.h.
 */
const PSEUDO_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x6e736673, 'nsfs'],
  [0xcafe4a11, 'bpf'],
]);

/** The nearest folder above `path` (or `path` itself) that exists, with what it is. */
async function nearestExisting(path: string): Promise<{ readonly path: string; readonly isFolder: boolean }> {
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      return { path: dir, isFolder: (await stat(dir)).isDirectory() };
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOTDIR') continue;
      if (code !== 'ENOENT' || dirname(dir) === dir) throw describeWriteFailure(error, path, dir) ?? error;
    }
  }
}

/**
 * Checks that `folder` is a folder packsmith can write in, or can be made where it is, before
 * anything is built or written: not a file, not below a file, not on a read-only disk, not in
 * /proc or /sys. Throws an OutputError saying what is wrong and what to do.
 */
export async function checkOutputFolder(folder: string): Promise<void> {
  const target = resolve(folder);
  const existing = await nearestExisting(target);
  if (!existing.isFolder) {
    throw new OutputError(
      existing.path === target
        ? `${folder} is a file, not a folder: give --out a folder (it is made if it does not exist yet). Nothing was changed.`
        : `${folder} cannot be made: ${existing.path} is a file, not a folder; choose another folder with --out. Nothing was changed.`,
    );
  }
  const system = PSEUDO_FILE_SYSTEMS.get(Number((await statfs(existing.path).catch(() => undefined))?.type ?? -1));
  if (system !== undefined) {
    throw new OutputError(`${folder} is in ${existing.path}, a view of the system (${system}) that holds no files: choose another folder with --out. Nothing was changed.`);
  }
  try {
    await access(existing.path, constants.W_OK);
  } catch (error) {
    throw describeWriteFailure(error, folder, existing.path) ?? error;
  }
}

/**
 * Makes `folder` (and the folders above it) after `checkOutputFolder`; returns the outermost
 * folder it made, so that a run that writes nothing can remove what it made, or undefined when
 * the folder was there already.
 */
export async function makeOutputFolder(folder: string): Promise<string | undefined> {
  await checkOutputFolder(folder);
  try {
    return await mkdir(resolve(folder), { recursive: true });
  } catch (error) {
    throw describeWriteFailure(error, folder) ?? error;
  }
}
