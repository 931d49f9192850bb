import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { writeWorkbook } from '../src/xlsx/write-workbook.js';
import { largeWorkbook } from './large-workbook.js';

/**
 * `npm run bench`: time and peak memory to read, validate and rate the bundled sample and a
 * generated workbook of 1,000 metrics x 60 months x 2 levels. Each run is a fresh process; the
 * table shows the median of the runs.
 */
interface Measurement {
  readMs: number;
  validateMs: number;
  rateMs: number;
  totalMs: number;
  metrics: number;
  observations: number;
  peakRssMb: number;
}

const LARGE = 'output/bench/large-1000x60x2.xlsx';
const GOALS: Record<string, { ms: number; mb: number }> = { sample: { ms: 500, mb: Infinity }, large: { ms: 10_000, mb: 1024 } };

function measure(file: string, month: string): Measurement {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', file, month], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`measuring ${file} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  if (!existsSync(LARGE)) {
    process.stdout.write(`generating ${LARGE} ...\n`);
    await mkdir('output/bench', { recursive: true });
    await writeFile(LARGE, await writeWorkbook(largeWorkbook()));
  }
  const cases = [
    { name: 'sample', file: 'seeds/example-icb.xlsx', runs: 5 },
    { name: 'large', file: LARGE, runs: 3 },
  ];
  process.stdout.write('case     metrics  values   read ms  validate ms  rate+compose ms  total ms  peak MB  goal\n');
  for (const c of cases) {
    const runs = Array.from({ length: c.runs }, () => measure(c.file, '2026-01'));
    const m = (key: keyof Measurement) => median(runs.map((r) => r[key]));
    const goal = GOALS[c.name];
    const met = goal !== undefined && m('totalMs') < goal.ms && m('peakRssMb') < goal.mb;
    const row = [
      c.name.padEnd(8),
      String(m('metrics')).padStart(7),
      String(m('observations')).padStart(7),
      m('readMs').toFixed(0).padStart(9),
      m('validateMs').toFixed(0).padStart(12),
      m('rateMs').toFixed(0).padStart(16),
      m('totalMs').toFixed(0).padStart(9),
      m('peakRssMb').toFixed(0).padStart(8),
      `  ${goal === undefined ? '' : `< ${goal.ms} ms${Number.isFinite(goal.mb) ? `, < ${goal.mb} MB` : ''}: ${met ? 'met' : 'MISSED'}`}`,
    ];
    process.stdout.write(`${row.join(' ')}\n`);
  }
  process.stdout.write('(median of runs, each a fresh process building the pack in memory; rate+compose includes the pack model JSON)\n');
}

await main();
