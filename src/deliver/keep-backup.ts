import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The n-th backup's path: `folder/example-icb.xlsx` -> `folder/example-icb.backup-2.xlsx`. */
export function backupPath(path: string, n: number): string {
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)}.backup-${n}${extension}`);
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

/**
 * Puts the bytes at `target` only if nothing is there yet: whole (written to a temporary name and
 * linked into place, so a half-written backup never carries the name), and never over another file.
 * Returns false when the name is taken. Where the file system has no hard links (some network
 * shares), the bytes are copied to the name with the same never-overwrite rule.
 */
async function placeOnce(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    if (!isCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS')) throw error;
  }
  try {
    await copyFile(temp, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

/**
 * Keeps a copy of a file's bytes beside it, as `<name>.backup-<n><ext>` with the first n not yet
 * taken, so that no earlier backup is ever overwritten. Returns the backup's path.
 */
export async function keepBackup(path: string, bytes: Uint8Array): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    for (let n = 1; ; n += 1) {
      const target = backupPath(path, n);
      if (await placeOnce(temp, target)) return target;
    }
  } catch (cause) {
    throw new Error(`could not keep a backup of ${path}`, { cause });
  } finally {
    await rm(temp, { force: true });
  }
}
