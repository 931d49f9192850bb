import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, namePattern } from '../../src/cli/expand-globs.js';

/* `returns/*.xlsx` expanded by merge itself: cmd and PowerShell pass it on as typed. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'packsmith-glob-'));
  await mkdir(join(dir, 'returns', 'late'), { recursive: true });
  await mkdir(join(dir, 'Returns Jan'), { recursive: true });
  for (const name of ['returns/uec.xlsx', 'returns/elective.xlsx', 'returns/.~lock.uec.xlsx#', 'returns/notes.txt', 'returns/late/cancer.xlsx', 'Returns Jan/mh.xlsx', 'returns/a1.xlsx', 'returns/b2.xlsx']) {
    await writeFile(join(dir, name), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('wildcards in file names', () => {
  it('* and ? within a name, [...] sets, in any part of the path; hidden files and folders left out; sorted', async () => {
    const cwd = dir;
    expect(await expandGlob('returns/*.xlsx', { cwd })).toEqual(['returns/a1.xlsx', 'returns/b2.xlsx', 'returns/elective.xlsx', 'returns/uec.xlsx']);
    expect(await expandGlob('returns/??.xlsx', { cwd })).toEqual(['returns/a1.xlsx', 'returns/b2.xlsx']);
    expect(await expandGlob('returns/[ab][0-9].xlsx', { cwd })).toEqual(['returns/a1.xlsx', 'returns/b2.xlsx']);
    expect(await expandGlob('returns/[!ab]*.xlsx', { cwd })).toEqual(['returns/elective.xlsx', 'returns/uec.xlsx']);
    expect(await expandGlob('*/late/*.xlsx', { cwd })).toEqual(['returns/late/cancer.xlsx']);
    expect(await expandGlob('Returns Jan/*.xlsx', { cwd })).toEqual(['Returns Jan/mh.xlsx']);
    expect(await expandGlob(join(dir, 'returns', 'u*.xlsx'))).toEqual([join(dir, 'returns', 'uec.xlsx')]);
  });

  it('a name without wildcards is kept as it is (its reader says if it is missing); a pattern matching nothing gives nothing', async () => {
    expect(await expandGlob('returns/missing.xlsx', { cwd: dir })).toEqual(['returns/missing.xlsx']);
    expect(await expandGlob('returns/*.xlsm', { cwd: dir })).toEqual([]);
  });

  it('on Windows and macOS names match whatever their case', () => {
    expect(namePattern('*.XLSX', true).test('uec.xlsx')).toBe(true);
    expect(namePattern('*.XLSX', false).test('uec.xlsx')).toBe(false);
    expect(namePattern('a+b (1).xlsx', false).test('a+b (1).xlsx')).toBe(true);
  });
});
