import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError } from '../../src/deliver/output-error.js';
import { writeFilesAtomically } from '../../src/deliver/write-files.js';
import { fixtureWorkbook } from '../fixtures/fixture-workbook.js';
import { CAN_MOUNT, mountTmpfs, unmount } from '../support/mounts.js';
import { packsmith } from '../support/packsmith-cli.js';

/*
 * The machine's faults while the output is written: each a plain message naming the file or
 * folder and what to do, exit 6, no stack trace, no hang, and the folder as it was.
 */
let base = '';
let workbook = '';
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'packsmith-faults-'));
  workbook = join(base, 'workbook.xlsx');
  await writeFile(workbook, await fixtureWorkbook());
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function pack(out: string) {
  return packsmith(['pack', '--month', '2026-01', '--workbook', workbook, '--out', out]);
}

function expectPlainFailure(run: ReturnType<typeof pack>, message: string): void {
  expect(run.stderr).toBe(`packsmith: ${message}\n`);
  expect(run.status).toBe(6);
  expect(run.stdout).toBe('');
}

const text = (s: string) => Buffer.from(s, 'utf8');

describe('the output folder cannot be used', () => {
  it('--out at a file: exit 6, the file untouched', async () => {
    const file = join(base, 'a-file.txt');
    await writeFile(file, 'keep me');
    expectPlainFailure(pack(file), `${file} is a file, not a folder: give --out a folder (it is made if it does not exist yet). Nothing was changed.`);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('--out below a file: exit 6, nothing made', async () => {
    const file = join(base, 'another-file.txt');
    await writeFile(file, 'keep me');
    expectPlainFailure(pack(join(file, 'pack', '2026-01')), `${join(file, 'pack', '2026-01')} cannot be made: ${file} is a file, not a folder; choose another folder with --out. Nothing was changed.`);
  });

  it('--out in /proc: exit 6 at once, rather than mkdir spinning for ever', () => {
    if (process.platform !== 'linux') return;
    const started = Date.now();
    expectPlainFailure(pack('/proc/packsmith-pack'), '/proc/packsmith-pack is in /proc, a view of the system (proc) that holds no files: choose another folder with --out. Nothing was changed.');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a folder where a file of the pack goes: exit 6, named, the folder as it was', async () => {
    const out = join(base, 'folder-in-the-way');
    await mkdir(join(out, 'quality-and-performance-committee-cover-report-2026-01.docx'), { recursive: true });
    expectPlainFailure(pack(out), `${join(out, 'quality-and-performance-committee-cover-report-2026-01.docx')} is a folder, where packsmith writes a file of that name: move the folder away, or choose another folder with --out. Nothing was changed.`);
    expect(await readdir(out)).toEqual(['quality-and-performance-committee-cover-report-2026-01.docx']);
  });
});

describe.skipIf(!CAN_MOUNT)('small and read-only disks (a tmpfs, as root)', () => {
  it('a read-only disk: exit 6, said in words', () => {
    const disk = join(base, 'read-only');
    expect(mountTmpfs(disk, 1024, true)).toBe(true);
    try {
      expectPlainFailure(pack(join(disk, 'packs')), `${join(disk, 'packs')} is on a disk that is read-only: choose a folder you can write to with --out. Nothing was changed.`);
    } finally {
      unmount(disk);
    }
  });

  it('a full disk (4 MB; the sample pack is some 18 MB): exit 6, said in words; the pack already there is left whole, nothing else is left behind', async () => {
    const disk = join(base, 'small');
    expect(mountTmpfs(disk, 4096)).toBe(true);
    try {
      const out = join(disk, 'packs');
      await mkdir(out);
      await writeFile(join(out, 'last-month.json'), 'last month');
      const run = packsmith(['pack', '--month', '2026-01', '--out', out]);
      expect(run.status).toBe(6);
      expect(run.stderr).toMatch(new RegExp(`^packsmith: the disk that holds ${out} is full \\(there was no room to write ${out}/[^)]+\\): free some space, or choose another folder with --out, and run again\\. Nothing was changed\\.\\n$`));
      expect(await readdir(out)).toEqual(['last-month.json']);
      expect(await readFile(join(out, 'last-month.json'), 'utf8')).toBe('last month');
    } finally {
      unmount(disk);
    }
  });
});

describe('moving the files into place is all or nothing', () => {
  it('a file open in PowerPoint (Windows refuses to move it): named in words, and every file moved so far put back', async () => {
    const folder = join(base, 'locked');
    await mkdir(folder);
    await writeFile(join(folder, 'pack.json'), 'old json');
    await writeFile(join(folder, 'pack.pptx'), 'old slides');
    // as Windows does for a file PowerPoint holds open
    const rename = async (from: string, to: string): Promise<void> => {
      if (from === join(folder, 'pack.pptx')) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}'`), { code: 'EBUSY', path: from });
      const { rename: real } = await import('node:fs/promises');
      await real(from, to);
    };
    const writing = writeFilesAtomically(folder, [{ name: 'pack.json', bytes: text('new json') }, { name: 'pack.pptx', bytes: text('new slides') }, { name: 'drafts/a.eml', bytes: text('mail') }], { rename });
    await expect(writing).rejects.toThrow(new OutputError(`${join(folder, 'pack.pptx')} is open in PowerPoint, or another program is using it, so it cannot be replaced: close it and run again. Nothing was changed.`));
    expect((await readdir(folder)).sort()).toEqual(['pack.json', 'pack.pptx']);
    expect(await readFile(join(folder, 'pack.json'), 'utf8')).toBe('old json');
    expect(await readFile(join(folder, 'pack.pptx'), 'utf8')).toBe('old slides');
  });

  it('a failure part way through a replaced final pack puts back the files it had removed', async () => {
    const folder = join(base, 'replace');
    await mkdir(folder);
    await writeFile(join(folder, 'old-item-7.1.pdf'), 'old pdf');
    const rename = async (from: string, to: string): Promise<void> => {
      if (from.endsWith('new-b.pdf')) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO', path: from });
      const { rename: real } = await import('node:fs/promises');
      await real(from, to);
    };
    await expect(writeFilesAtomically(folder, [{ name: 'new-a.pdf', bytes: text('a') }, { name: 'new-b.pdf', bytes: text('b') }], { remove: ['old-item-7.1.pdf'], rename })).rejects.toThrow(OutputError);
    expect(await readdir(folder)).toEqual(['old-item-7.1.pdf']);
    expect(existsSync(join(folder, 'new-a.pdf'))).toBe(false);
  });
});
