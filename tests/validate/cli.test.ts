import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWorkbook, setCell, sheetOf } from '../fixtures/fixture-workbook.js';
import { packsmith as runPacksmith } from '../support/packsmith-cli.js';

/*
 * The command end to end: exit codes, and nothing written when the workbook has problems. Each
 * run starts a Node process, so these are few.
 */

function packsmithWith(env: Record<string, string>, ...args: string[]) {
  return runPacksmith(args, { env });
}

function packsmith(...args: string[]) {
  return runPacksmith(args);
}

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packsmith-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('packsmith pack', () => {
  test('a workbook with problems: exit 1, every problem with its place, no stack trace, nothing written', async () => {
    const workbook = join(folder, 'bad.xlsx');
    await writeFile(
      workbook,
      await fixtureWorkbook((sheets) => {
        setCell(sheets, 'Values', 3, 'Actual', 'TBC');
        setCell(sheets, 'Authors', 2, 'Email', 'nobody');
      }),
    );
    const out = join(folder, 'bad-out');
    const run = packsmith('pack', '--month', '2026-01', '--workbook', workbook, '--out', out);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toEqual([
      `${workbook}: Authors!D2: "nobody" is not an e-mail address like name@example.org [model/bad-email]`,
      `${workbook}: Values!D3: the actual must be a percentage like 57.3% or '*', got "TBC" [model/bad-number]`,
      `${workbook}: 2 problems to fix; nothing was written.`,
    ]);
    expect(run.stderr).not.toContain('    at ');
    expect(run.stdout).toBe('');
  });

  test('a damaged file: exit 1, one plain message, no stack trace, nothing written', async () => {
    const workbook = join(folder, 'damaged.xlsx');
    const bytes = await fixtureWorkbook();
    await writeFile(workbook, bytes.subarray(0, 1000));
    const out = join(folder, 'damaged-out');
    const run = packsmith('pack', '--month', '2026-01', '--workbook', workbook, '--out', out);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([
      `${workbook}: the file could not be opened as an Excel workbook: it is damaged, or was only partly saved or copied; open it in Excel (which may offer to repair it) and save it again, or copy it again [read/corrupt]`,
      `${workbook}: 1 problem to fix; nothing was written.`,
    ]);
  });

  test('a mistyped command: exit 2 for --month 2026-13, a missing --month and an unknown option', () => {
    const badMonth = packsmith('pack', '--month', '2026-13');
    expect([badMonth.status, badMonth.stderr]).toEqual([2, 'packsmith: --month: "2026-13" has no month 13; months run 01 to 12\nRun packsmith pack --help for its options.\n']);
    const noMonth = packsmith('pack');
    expect([noMonth.status, noMonth.stderr]).toEqual([2, 'packsmith: --month is required, e.g. packsmith pack --month 2026-01\nRun packsmith pack --help for its options.\n']);
    const unknown = packsmith('pack', '--month', '2026-01', '--colour', 'blue');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('packsmith: unknown option --colour; the options of pack are --month, --workbook, --out, --final, --force, --send\nRun packsmith pack --help for its options.\n');
    expect(unknown.stderr).not.toContain('    at ');
  });

  test('the valid fixture: exit 0 and the pack JSON written', async () => {
    const workbook = join(folder, 'good.xlsx');
    await writeFile(workbook, await fixtureWorkbook());
    const out = join(folder, 'good-out');
    const run = packsmith('pack', '--month', '2026-01', '--workbook', workbook, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`${workbook}: Narrative: warning: no narrative for Elective Care for January 2026 yet (awaited from Senior Performance Manager) [pack/narrative-missing]\n`);
    expect((await readdir(out)).sort()).toEqual(['.packsmith-pack.json', 'drafts', 'quality-and-performance-committee-3as-pack-2026-01.pptx', 'quality-and-performance-committee-cover-report-2026-01.docx', 'quality-and-performance-committee-pack-model-2026-01.json']);
    // each author's draft, and their return workbook beside it as well as attached
    expect((await readdir(join(out, 'drafts'))).sort()).toEqual(['head-of-urgent-care.eml', 'narrative-return-2026-01-perf.xlsx', 'narrative-return-2026-01-uc.xlsx', 'performance-lead.eml']);
    const json: unknown = JSON.parse(await readFile(join(out, 'quality-and-performance-committee-pack-model-2026-01.json'), 'utf8'));
    expect(json).toMatchObject({ committee: 'Quality and Performance Committee' });
  });

  test('--final: a final pack in FOLDER/final, progress as plain lines in a log; again without --force: exit 5, nothing replaced', async () => {
    const workbook = join(folder, 'complete.xlsx');
    await writeFile(workbook, await fixtureWorkbook((sheets) => {
      sheetOf(sheets, 'Narrative').rows.push({ Month: '2026-01', Area: 'ELEC', 'Updates since previous month': 'Validation complete' });
    }));
    const out = join(folder, 'final-out');
    const env = { PACKSMITH_SOFFICE: fileURLToPath(new URL('../support/fake-soffice.mjs', import.meta.url)) };
    const first = packsmithWith(env, 'pack', '--month', '2026-01', '--final', '--workbook', workbook, '--out', out);
    expect(first.status).toBe(0);
    expect(first.stderr.split('\n')).toContain('converting 2 documents to PDF with LibreOffice (0 of 2)');
    expect(first.stderr).not.toContain('\r');
    expect(first.stdout).toContain('final-out/final/quality-and-performance-committee-2026-02-05-item-7.1-cover-report.pdf\n');
    const again = packsmithWith(env, 'pack', '--month', '2026-01', '--final', '--workbook', workbook, '--out', out);
    expect([again.status, again.stderr]).toEqual([5, `packsmith: a final pack for January 2026 is already in ${join(out, 'final')}; it is not replaced unless asked: run again with --force to replace it. Nothing was written.\n`]);
    const forced = packsmithWith(env, 'pack', '--month', '2026-01', '--final', '--force', '--workbook', workbook, '--out', out);
    expect(forced.status).toBe(0);
    const draftForce = packsmith('pack', '--month', '2026-01', '--force');
    expect([draftForce.status, draftForce.stderr.split('\n')[0]]).toEqual([2, 'packsmith: --force only goes with --final (a draft always replaces the previous draft)']);
  });
});
