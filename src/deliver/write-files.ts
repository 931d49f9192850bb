import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** Path relative to the output folder. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes files so that a failed or interrupted run leaves the output folder as it was: each file
 * goes to a temporary name beside its target first, and all are renamed into place only once
 * every one is written.
 */
export async function writeFilesAtomically(folder: string, files: readonly OutputFile[]): Promise<string[]> {
  const staged: { temp: string; target: string }[] = [];
  const tag = randomBytes(6).toString('hex');
  try {
    for (const file of files) {
      const target = join(folder, file.name);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.${tag}.partial`;
      staged.push({ temp, target });
      await writeFile(temp, file.bytes);
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (cause) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw new Error(`could not write the output to ${folder}`, { cause });
  }
  return staged.map((s) => s.target);
}
