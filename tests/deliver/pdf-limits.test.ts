import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeWorkbook } from '../support/complete-workbook.js';
import { packsmithAsync } from '../support/packsmith-cli.js';

/*
 * A conversion past its limits: LibreOffice's launcher starts the office as a process of its own,
 * so a limit must stop the whole group, or the office runs on (it reached 15.9 GB on a 1,000-metric
 * pack). The stand-in soffice starts such a process and says which it is.
 */
const FAKE_SOFFICE = fileURLToPath(new URL('../support/fake-soffice.mjs', import.meta.url));
let base = '';
let workbook = '';
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'packsmith-limits-'));
  workbook = join(base, 'workbook.xlsx');
  await writeFile(workbook, await completeWorkbook());
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Whether a process still runs (a zombie, killed but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return process.platform !== 'linux' || !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** Whether any of the processes still runs a moment after the command ended (the system reaps them). */
async function anyRunning(pids: readonly number[]): Promise<boolean> {
  for (let tries = 0; tries < 20 && pids.some(running); tries += 1) await new Promise((r) => setTimeout(r, 100));
  return pids.some(running);
}

async function officeProcesses(file: string): Promise<number[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '').map(Number);
}

describe.skipIf(process.platform === 'win32')('limits of the PDF conversion', () => {
  it('past its time limit: every process of LibreOffice stopped, exit 5, said so, nothing written', async () => {
    const pids = join(base, 'time-pids');
    const out = join(base, 'time');
    const env = { PACKSMITH_SOFFICE: FAKE_SOFFICE, FAKE_SOFFICE_OFFICE_PIDS: pids, FAKE_SOFFICE_SLEEP_MS: '60000', PACKSMITH_PDF_TIMEOUT: '2' };
    const started = Date.now();
    const run = await packsmithAsync(['pack', '--month', '2026-01', '--final', '--workbook', workbook, '--out', out], { env });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(5);
    expect(run.stderr.split('\n')).toContain(
      'packsmith: LibreOffice did not finish converting the documents to PDF within 2 seconds, so it was stopped (with every process it had started). Set PACKSMITH_PDF_TIMEOUT to allow more seconds if the pack is very large. Nothing was written.',
    );
    // a LibreOffice for each document, each a launcher and the office it started
    const office = await officeProcesses(pids);
    expect(office).toHaveLength(4);
    expect(await anyRunning(office)).toBe(false);
  });

  it('past its memory limit: stopped the same way, exit 5, said so', async () => {
    // a limit under what the stand-in holds (300 MB), and over half of what the documents are
    // expected to need, so that LibreOffice is started rather than refused at once
    const pids = join(base, 'memory-pids');
    const env = { PACKSMITH_SOFFICE: FAKE_SOFFICE, FAKE_SOFFICE_OFFICE_PIDS: pids, FAKE_SOFFICE_SLEEP_MS: '60000', FAKE_SOFFICE_MEMORY_MB: '300', PACKSMITH_PDF_MEMORY: '250' };
    const run = await packsmithAsync(['pack', '--month', '2026-01', '--final', '--workbook', workbook, '--out', join(base, 'memory')], { env });
    expect(run.status).toBe(5);
    expect(run.stderr.split('\n')).toContain(
      'packsmith: LibreOffice used more than 250 MB converting the documents to PDF, so it was stopped (with every process it had started). Set PACKSMITH_PDF_MEMORY to allow more megabytes if this computer has them. Nothing was written.',
    );
    expect(await anyRunning(await officeProcesses(pids))).toBe(false);
  });

  it('a limit that is not a number: exit 2 before anything is built', async () => {
    const run = await packsmithAsync(['pack', '--month', '2026-01', '--final', '--workbook', workbook, '--out', join(base, 'typo')], { env: { PACKSMITH_PDF_TIMEOUT: 'ten minutes' } });
    expect([run.status, run.stderr]).toEqual([2, 'packsmith: PACKSMITH_PDF_TIMEOUT must be a whole number of seconds, e.g. 900; got "ten minutes"\nRun packsmith pack --help for its options.\n']);
  });
});
