import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/deliver/write-files.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let base = '';
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'packsmith-write-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const text = (s: string) => Buffer.from(s, 'utf8');

describe('writing output atomically', () => {
  it('writes every file, in subfolders too, and leaves no staging behind', async () => {
    const folder = join(base, 'out', '2026-01');
    const written = await writeFilesAtomically(folder, [
      { name: 'pack.json', bytes: text('{}') },
      { name: 'drafts/author.eml', bytes: text('mail') },
    ]);
    expect(written).toEqual([join(folder, 'pack.json'), join(folder, 'drafts/author.eml')]);
    expect((await readdir(folder)).sort()).toEqual(['drafts', 'pack.json']);
    expect(await readFile(join(folder, 'drafts/author.eml'), 'utf8')).toBe('mail');
  });

  it('a failed write leaves the folder as it was: earlier files untouched, no new file, no new folder', async () => {
    const folder = join(base, 'out');
    await mkdir(folder);
    await writeFile(join(folder, 'pack.json'), 'last month');
    // "pack.json/inner" cannot be staged: pack.json is a file by then
    const failing = writeFilesAtomically(folder, [
      { name: 'pack.json', bytes: text('this month') },
      { name: 'pack.json/inner', bytes: text('x') },
    ]);
    await expect(failing).rejects.toThrow(`${join(folder, 'pack.json/inner')} cannot be made: a file of that name is in the way; move it away, or choose another folder with --out. Nothing was changed.`);
    expect(await readdir(folder)).toEqual(['pack.json']);
    expect(await readFile(join(folder, 'pack.json'), 'utf8')).toBe('last month');

    const fresh = join(base, 'new', 'deeper');
    await expect(writeFilesAtomically(fresh, [{ name: 'a', bytes: text('1') }, { name: 'a/b', bytes: text('2') }])).rejects.toThrow();
    expect(existsSync(join(base, 'new'))).toBe(false);
  });

  it('removes the files it is asked to in the same step, and clears staging a killed run left', async () => {
    const folder = join(base, 'final');
    await mkdir(join(folder, '.packsmith-staging-999999999-dead'), { recursive: true });
    await writeFile(join(folder, 'old-item-7.1-cover-report.pdf'), 'old');
    await writeFilesAtomically(folder, [{ name: 'new-item-7.2-cover-report.pdf', bytes: text('new') }], { remove: ['old-item-7.1-cover-report.pdf'] });
    expect(await readdir(folder)).toEqual(['new-item-7.2-cover-report.pdf']);
  });

  it('an interrupted run (Ctrl+C while writing) leaves either all the files or none, and no staging', async () => {
    const folder = join(base, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/write-many.ts', folder, '400'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // interrupt as soon as the staging folder holds a file
    for (let tries = 0; tries < 600; tries += 1) {
      const staging = existsSync(folder) ? (await readdir(folder)).find((n) => n.startsWith('.packsmith-staging-')) : undefined;
      if (staging !== undefined && (await readdir(join(folder, staging)).catch(() => [])).length > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    const { signal } = await exited;
    const left = existsSync(folder) ? await readdir(folder) : [];
    expect(left.filter((n) => n.startsWith('.packsmith-staging-'))).toEqual([]);
    expect([0, 400]).toContain(left.length);
    if (left.length === 0) expect(signal).toBe('SIGINT');
  });
});
