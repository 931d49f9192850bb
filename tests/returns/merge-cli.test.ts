import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { periodKey } from '../../src/model/period.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { packsmith as runPacksmith, ROOT } from '../support/packsmith-cli.js';
import { editReturn, JANUARY, mainWorkbook, modelOf, setCell } from './support.js';

/*
 * The merge command end to end: exit codes, what it prints, the files it writes and those it must
 * not touch. Each run starts a Node process, so these are few.
 */

function packsmith(...args: string[]) {
  return runPacksmith(args);
}

let folder = '';
let original: Buffer;
let ucReturn: Buffer;
let perfReturn: Buffer;

/** A fresh folder holding the main workbook and a returns/ folder with the given returns. */
async function setUp(name: string, returns: Record<string, Uint8Array>): Promise<{ dir: string; main: string; paths: string[] }> {
  const dir = join(folder, name);
  await mkdir(join(dir, 'returns'), { recursive: true });
  const main = join(dir, 'main.xlsx');
  await writeFile(main, original);
  const paths: string[] = [];
  for (const [file, bytes] of Object.entries(returns)) {
    paths.push(join(dir, 'returns', file));
    await writeFile(join(dir, 'returns', file), bytes);
  }
  return { dir, main, paths };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packsmith-merge-'));
  original = await mainWorkbook();
  const model = await modelOf(original);
  ucReturn = await editReturn(await buildReturnWorkbook(model, JANUARY, 'UC'), (wb) => setCell(wb, 'Narrative', 'C3', 'Cancer update'));
  perfReturn = await editReturn(await buildReturnWorkbook(model, JANUARY, 'PERF'), (wb) => setCell(wb, 'Narrative', 'C2', 'January update'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('packsmith merge', () => {
  test('good returns: exit 0, the change list, a merged copy beside the workbook, the workbook untouched', async () => {
    const { dir, main, paths } = await setUp('good', { 'uc.xlsx': ucReturn, 'perf.xlsx': perfReturn });
    const run = packsmith('merge', '--month', '2026-01', '--workbook', main, ...paths);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const copy = join(dir, 'main-merged-2026-01.xlsx');
    expect(run.stdout.split('\n')).toEqual([
      'January 2026 narrative for the Quality and Performance Committee: 2 returns',
      `  ${paths[1]}: Senior Performance Manager (Performance Lead), PERF`,
      '    Elective Care (ELEC): added as Narrative row 4',
      '      Updates since previous month: added, 1 bullet',
      '      Current issues: added, 1 bullet',
      '      blank: Risks, Dependencies, Future actions & mitigations, Good news, Patient outcome',
      `  ${paths[0]}: Head of Urgent Care, UC`,
      '    Urgent Care (UEC): unchanged',
      '    Cancer (CANC): added as Narrative row 5',
      '      Updates since previous month: added, 1 bullet',
      '      blank: Current issues, Risks, Dependencies, Future actions & mitigations, Good news, Patient outcome',
      '  0 areas changed, 2 added, 1 unchanged; 0 returns changed nothing',
      `  wrote ${relative(ROOT, copy)}`,
      '',
    ]);
    expect((await readFile(main)).equals(original)).toBe(true);
    const merged = await modelOf(await readFile(copy));
    expect(merged.narratives.filter((n) => periodKey(n.month) === '2026-01').map((n) => n.areaId)).toEqual(['UEC', 'ELEC', 'CANC']);
    expect((await readdir(dir)).sort()).toEqual(['main-merged-2026-01.xlsx', 'main.xlsx', 'returns']);
  });

  test('--in-place: the workbook replaced, a backup kept, and a second merge never overwrites the first backup', async () => {
    const { dir, main, paths } = await setUp('in-place', { 'uc.xlsx': ucReturn });
    const first = packsmith('merge', '--month', '2026-01', '--workbook', main, '--in-place', ...paths);
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain(`  kept the workbook as it was in ${relative(ROOT, join(dir, 'main.backup-1.xlsx'))}\n  wrote ${relative(ROOT, main)}\n`);
    expect((await readFile(join(dir, 'main.backup-1.xlsx'))).equals(original)).toBe(true);
    const afterFirst = await readFile(main);
    expect((await modelOf(afterFirst)).narratives.some((n) => n.areaId === 'CANC')).toBe(true);

    await writeFile(paths[0] ?? '', await editReturn(ucReturn, (wb) => setCell(wb, 'Narrative', 'C3', 'Cancer update, revised')));
    const second = packsmith('merge', '--month', '2026-01', '--workbook', main, '--in-place', ...paths);
    expect([second.status, second.stderr]).toEqual([0, '']);
    expect(second.stdout).toContain('    Cancer (CANC): changed (Narrative row 4)\n      Updates since previous month: changed, 1 -> 1 bullet\n');
    expect((await readFile(join(dir, 'main.backup-1.xlsx'))).equals(original)).toBe(true);
    expect((await readFile(join(dir, 'main.backup-2.xlsx'))).equals(afterFirst)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['main.backup-1.xlsx', 'main.backup-2.xlsx', 'main.xlsx', 'returns']);
  });

  test('a bad return: exit 1, every problem with its file and cell, nothing written, no backup', async () => {
    const wrongCommittee = await editReturn(ucReturn, (wb) => setCell(wb, 'About', 'B11', 'Finance Committee'));
    const { dir, main, paths } = await setUp('bad', { 'uc.xlsx': wrongCommittee, 'perf.xlsx': perfReturn, 'empty.xlsx': new Uint8Array() });
    const missing = join(dir, 'returns', 'missing.xlsx');
    const run = packsmith('merge', '--month', '2026-01', '--workbook', main, '--in-place', ...paths, missing);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `${paths[2]}: the file is empty (0 bytes); it may not have finished saving or copying [read/empty-file]`,
      `${paths[0]}: About!B11: this return is for the "Finance Committee", but the workbook is the "Quality and Performance Committee"'s; merge it into that committee's workbook [return/wrong-committee]`,
      `${missing}: there is no file at that path [read/no-file]`,
      '',
      '3 problems to fix; nothing was written.',
      '',
    ]);
    expect(run.stderr).not.toContain('    at ');
    expect((await readFile(main)).equals(original)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['main.xlsx', 'returns']);
  });

  test('a mistyped command: exit 2', () => {
    const noReturns = packsmith('merge', '--month', '2026-01');
    expect([noReturns.status, noReturns.stderr]).toEqual([2, 'packsmith: name the return workbooks to merge, e.g. packsmith merge --month 2026-01 returns/*.xlsx\nRun packsmith merge --help for its options.\n']);
    const both = packsmith('merge', '--month', '2026-01', '--out', 'x.xlsx', '--in-place', 'a.xlsx');
    expect([both.status, both.stderr]).toEqual([2, 'packsmith: give --out or --in-place, not both\nRun packsmith merge --help for its options.\n']);
    const noMonth = packsmith('merge', 'a.xlsx');
    expect([noMonth.status, noMonth.stderr]).toEqual([2, 'packsmith: --month is required, e.g. packsmith merge --month 2026-01 returns/*.xlsx\nRun packsmith merge --help for its options.\n']);
  });

  test('returns/*.xlsx as typed in cmd or PowerShell (no shell expands it): merge expands it itself; a pattern matching nothing is a mistyped command', async () => {
    const { dir } = await setUp('wildcards', { 'uc.xlsx': ucReturn, 'perf.xlsx': perfReturn });
    const run = runPacksmith(['merge', '--month', '2026-01', '--workbook', 'main.xlsx', 'returns/*.xlsx'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('  returns/perf.xlsx: Senior Performance Manager (Performance Lead), PERF\n');
    expect(run.stdout).toContain('  returns/uc.xlsx: Head of Urgent Care, UC\n');
    const none = runPacksmith(['merge', '--month', '2026-01', '--workbook', 'main.xlsx', 'returns/*.xlsm'], { cwd: dir });
    expect([none.status, none.stderr]).toEqual([2, 'packsmith: no file matches returns/*.xlsm; check the folder and the name\nRun packsmith merge --help for its options.\n']);
  });

  test('--out names where the copy goes', async () => {
    const { dir, main, paths } = await setUp('out', { 'uc.xlsx': ucReturn });
    const out = join(dir, 'merged', 'january.xlsx');
    const run = packsmith('merge', '--month', '2026-01', '--workbook', main, '--out', out, ...paths);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout.endsWith(`  wrote ${relative(ROOT, out)}\n`)).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect((await readFile(main)).equals(original)).toBe(true);
  });
});
