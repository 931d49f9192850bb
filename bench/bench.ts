import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { findSoffice } from '../src/deliver/find-soffice.js';
import { ensureBenchWorkbook } from './large-workbook.js';
import { measuredRun, type MeasuredRun } from './measured-run.js';
import { benchStages } from './stages.js';

/**
 * `npm run bench`: the built command as an officer runs it, each run a fresh process, timed from
 * start to exit with the peak memory of it and everything it starts (LibreOffice too); the median
 * of the runs beside the goal, then how the cost grows from 100 to 1,000 metrics.
 *
 *   npm run bench                        every row, 3 runs each (about 12 minutes)
 *   npm run bench -- --quick             leave out the slowest rows (the finals of 200 and 1,000 metrics)
 *   npm run bench -- --runs 5            runs a row (the median is of these)
 *   npm run bench -- --only draft        only the rows whose name holds the words
 *   npm run bench -- --against OLD/dist/bin.js
 *                                        each row run by that build too, the runs taking turns, so that
 *                                        both see the same load: a change measured before and after
 *   npm run bench -- --stages            where a draft's time goes, stage by stage (in one process)
 *
 * A run is stopped at five times its goal (30 s at least) and reported unfinished; a row whose run
 * was stopped is not run again.
 */
interface Goal {
  readonly seconds: number;
  readonly mb?: number;
}

interface Row {
  readonly name: string;
  readonly args: readonly string[];
  readonly goal?: Goal;
  /** Left out by --quick. */
  readonly slow?: boolean;
  /** Needs LibreOffice. */
  readonly final?: boolean;
  /** The folder the run writes to, emptied before each run (untimed). */
  readonly out?: string;
}

interface Build {
  readonly label: string;
  readonly bin: string;
}

const OUT = 'output/bench/runs';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function rows(): Promise<Row[]> {
  const packRow = (name: string, workbook: string | undefined, final: boolean, goal: Goal | undefined, slow = false): Row => {
    const out = `${OUT}/${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    const args = ['pack', '--month', '2026-01', '--out', out, ...(workbook === undefined ? [] : ['--workbook', workbook]), ...(final ? ['--final'] : [])];
    return { name, args, out, final, slow, ...(goal === undefined ? {} : { goal }) };
  };
  const [w100, w200, w1000] = [await ensureBenchWorkbook(100), await ensureBenchWorkbook(200), await ensureBenchWorkbook(1000)];
  return [
    { name: '--help', args: ['--help'], goal: { seconds: 0.3 } },
    packRow('sample draft', undefined, false, { seconds: 1 }),
    packRow('100 metrics draft', w100, false, undefined),
    packRow('200 metrics draft', w200, false, { seconds: 3 }),
    packRow('1,000 metrics draft', w1000, false, { seconds: 8, mb: 1024 }),
    packRow('sample final', undefined, true, { seconds: 8 }),
    packRow('200 metrics final', w200, true, { seconds: 30, mb: 1536 }, true),
    packRow('1,000 metrics final', w1000, true, { seconds: 60, mb: 2048 }, true),
  ];
}

/** How long a run of the row may take: five times its goal, 30 s at least (a minute where it has none). */
function limitOf(row: Row): number {
  return row.goal === undefined ? 60_000 : Math.max(30_000, row.goal.seconds * 5000);
}

async function runRow(row: Row, build: Build): Promise<MeasuredRun> {
  if (row.out !== undefined) rmSync(row.out, { recursive: true, force: true });
  const limit = limitOf(row);
  // the PDF conversion stops itself (LibreOffice and all) a little before the bench would stop the run
  const env = { ...process.env, PACKSMITH_PDF_TIMEOUT: String(Math.round(limit / 1000) - 5) };
  return measuredRun(process.execPath, [build.bin, ...row.args], { env, timeoutMs: limit });
}

function goalWords(goal: Goal | undefined): string {
  if (goal === undefined) return '';
  return `under ${goal.seconds} s${goal.mb === undefined ? '' : `, under ${goal.mb >= 1024 ? `${goal.mb / 1024} GB` : `${goal.mb} MB`}`}`;
}

function verdict(goal: Goal | undefined, seconds: number, mb: number): string {
  if (goal === undefined) return '';
  return seconds < goal.seconds && (goal.mb === undefined || mb < goal.mb) ? 'met' : 'MISSED';
}

interface Summary {
  readonly seconds: number;
  readonly mb: number;
}

/** One build's line for a row: median time, range, CPU and peak memory, or why it did not finish. */
function line(row: Row, build: Build, measured: readonly MeasuredRun[], builds: number): { text: string; summary?: Summary } {
  const label = (builds > 1 ? `${row.name} (${build.label})` : row.name).padEnd(builds > 1 ? 34 : 22);
  const failed = measured.find((m) => m.code !== 0);
  if (failed !== undefined) {
    const why = failed.code === null ? `stopped at ${(failed.ms / 1000).toFixed(0)} s` : `exit ${failed.code} after ${(failed.ms / 1000).toFixed(1)} s`;
    const said = failed.stderr.trim().split('\n').slice(-1)[0] ?? '';
    return { text: `${label}${`did not finish: ${why}`.padStart(41)}${failed.peakMb.toFixed(0).padStart(9)}   ${goalWords(row.goal)}: MISSED\n    ${said}` };
  }
  const seconds = median(measured.map((m) => m.ms)) / 1000;
  const mb = median(measured.map((m) => m.peakMb));
  const times = measured.map((m) => m.ms / 1000);
  const range = `${Math.min(...times).toFixed(2)}-${Math.max(...times).toFixed(2)}`;
  const cpu = median(measured.map((m) => m.cpuSeconds));
  const goal = row.goal === undefined ? '' : `${goalWords(row.goal)}: ${verdict(row.goal, seconds, mb)}`;
  return { text: `${label}${seconds.toFixed(2).padStart(9)}${range.padStart(14)}${cpu.toFixed(2).padStart(9)}${mb.toFixed(0).padStart(9)}   ${goal}`, summary: { seconds, mb } };
}

async function main(): Promise<void> {
  if (process.argv.includes('--stages')) {
    await benchStages();
    return;
  }
  const current: Build = { label: 'this build', bin: resolve('dist/bin.js') };
  const against = option('--against');
  const builds: Build[] = against === undefined ? [current] : [{ label: 'against', bin: resolve(against) }, current];
  for (const build of builds) if (!existsSync(build.bin)) throw new Error(`${build.bin} is missing: run npm run build first`);
  const runs = Number(option('--runs') ?? 3);
  const only = option('--only');
  const quick = process.argv.includes('--quick');
  const soffice = findSoffice() !== undefined;
  const width = builds.length > 1 ? 34 : 22;
  process.stdout.write(`${'work'.padEnd(width)}${'time (s)'.padStart(9)}${'range (s)'.padStart(14)}${'CPU (s)'.padStart(9)}${'peak MB'.padStart(9)}   goal\n`);
  const summaries = new Map<string, Summary>();
  for (const row of await rows()) {
    if (only !== undefined && !row.name.includes(only)) continue;
    const skipped = quick && row.slow === true ? '(left out: --quick)' : row.final === true && !soffice ? '(LibreOffice not installed)' : undefined;
    if (skipped !== undefined) {
      process.stdout.write(`${row.name.padEnd(width)}${skipped.padStart(41)}   ${goalWords(row.goal)}\n`);
      continue;
    }
    // the builds take turns, run by run, so that a busy moment falls on both alike
    const measured = builds.map((): MeasuredRun[] => []);
    for (let i = 0; i < runs; i += 1) {
      for (const [b, build] of builds.entries()) {
        const done = measured[b] ?? [];
        if (done.some((m) => m.code !== 0)) continue;
        done.push(await runRow(row, build));
      }
    }
    for (const [b, build] of builds.entries()) {
      const { text, summary } = line(row, build, measured[b] ?? [], builds.length);
      process.stdout.write(`${text}\n`);
      if (summary !== undefined && build === current) summaries.set(row.name, summary);
    }
  }
  const small = summaries.get('100 metrics draft');
  const large = summaries.get('1,000 metrics draft');
  if (small !== undefined && large !== undefined) {
    const growth = large.seconds / small.seconds;
    process.stdout.write(`\ncost from 100 to 1,000 metrics (draft): time x${growth.toFixed(1)}, peak memory x${(large.mb / small.mb).toFixed(1)}   goal: time at most x11 (linear): ${growth <= 11 ? 'met' : 'MISSED'}\n`);
  }
  process.stdout.write(
    `\n(median of ${runs} runs, each a fresh process of node dist/bin.js; "range" = the fastest and slowest run; CPU = user and system seconds of the\n` +
      ` process and what it started, steadier than the time on a shared machine; peak MB = the most the process and everything it started\n` +
      ` (LibreOffice) held at once, a page shared by two processes counted once (sampled: see bench/measured-run.ts); workbooks of N metrics x 60 months x 2 levels; month 2026-01; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`,
  );
}

await main();
