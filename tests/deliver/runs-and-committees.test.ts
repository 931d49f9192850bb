import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeWorkbook } from '../support/complete-workbook.js';
import { packsmith, packsmithAsync } from '../support/packsmith-cli.js';

/*
 * Runs that meet: two at once on one folder, and two committees' packs in one output root. No run
 * ever writes over another's files.
 */
const FAKE_SOFFICE = fileURLToPath(new URL('../support/fake-soffice.mjs', import.meta.url));
let base = '';
let quality = '';
let finance = '';
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'packsmith-runs-'));
  quality = join(base, 'quality.xlsx');
  finance = join(base, 'finance.xlsx');
  await writeFile(quality, await completeWorkbook('Quality and Performance Committee'));
  await writeFile(finance, await completeWorkbook('Finance and Investment Committee'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Every file under a folder with its SHA-256, to show that a run left another's files alone. */
async function fingerprint(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path.slice(folder.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return result;
}

describe('two runs on one folder', () => {
  it('two final runs at once: one writes its pack, the other is refused (exit 7) and writes nothing', async () => {
    const out = join(base, 'together');
    const env = { PACKSMITH_SOFFICE: FAKE_SOFFICE, FAKE_SOFFICE_SLEEP_MS: '2000' };
    const args = ['pack', '--month', '2026-01', '--final', '--workbook', quality, '--out', out];
    const runs = await Promise.all([packsmithAsync(args, { env }), packsmithAsync(args, { env })]);
    expect(runs.map((r) => r.status).sort()).toEqual([0, 7]);
    const refused = runs.find((r) => r.status === 7);
    expect(refused?.stderr).toMatch(new RegExp(`^packsmith: another packsmith run \\(process \\d+ on ${hostname()}, started [^)]+\\) is writing to ${out}: wait for it to finish and run again\\. If no run is going on \\(the computer was restarted during one\\), delete ${out}/\\.packsmith-lock\\. Nothing was written\\.\\n$`));
    expect(refused?.stdout).toBe('');
    expect((await readdir(join(out, 'final'))).length).toBe(6);
    expect(await readdir(out)).toEqual(expect.not.arrayContaining(['.packsmith-lock']));
  });

  it('a lock left by a run that was killed outright is taken over', async () => {
    const out = join(base, 'abandoned');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, '.packsmith-lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const run = packsmith(['pack', '--month', '2026-01', '--workbook', quality, '--out', out]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(existsSync(join(out, '.packsmith-lock'))).toBe(false);
  });
});

describe('two committees in one output root', () => {
  it("each committee's drafts and final pack go to its own folder; a forced final run of one leaves the other's files as they were", async () => {
    const root = join(base, 'laptop');
    await mkdir(root);
    const env = { PACKSMITH_SOFFICE: FAKE_SOFFICE };
    const run = (workbook: string, ...more: string[]) => packsmith(['pack', '--month', '2026-01', '--workbook', workbook, ...more], { cwd: root, env });
    for (const workbook of [quality, finance]) {
      expect(run(workbook).status).toBe(0);
      expect(run(workbook, '--final').status).toBe(0);
    }
    expect(await readdir(join(root, 'output'))).toEqual(['finance-and-investment-committee', 'quality-and-performance-committee']);
    const qualityFolder = join(root, 'output', 'quality-and-performance-committee', '2026-01');
    const before = await fingerprint(qualityFolder);
    expect(Object.keys(before)).toContain('final/quality-and-performance-committee-2026-02-05-item-7.1-cover-report.pdf');
    const forced = run(finance, '--final', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('  wrote output/finance-and-investment-committee/2026-01/final/finance-and-investment-committee-2026-02-05-item-7.1-3as-pack.pdf\n');
    expect(await fingerprint(qualityFolder)).toEqual(before);
  });

  it("one folder given to both with --out: the second committee is refused (exit 5), the first's files untouched", async () => {
    const out = join(base, 'shared');
    expect(packsmith(['pack', '--month', '2026-01', '--workbook', quality, '--out', out]).status).toBe(0);
    const before = await fingerprint(out);
    const second = packsmith(['pack', '--month', '2026-01', '--workbook', finance, '--out', out]);
    expect([second.status, second.stderr]).toEqual([
      5,
      `packsmith: ${out} holds the packs of the Quality and Performance Committee, so the Finance and Investment Committee's pack is not written there (neither committee's files may replace the other's): leave out --out, and each committee's pack goes to its own folder under output/, or choose another folder. Nothing was written.\n`,
    ]);
    expect(await fingerprint(out)).toEqual(before);
  });
});
