import { spawnSync } from 'node:child_process';
import { benchWorkbookPath, ensureBenchWorkbook } from './large-workbook.js';

/**
 * `npm run bench -- --stages`: where a draft's time goes, stage by stage, in the process itself:
 * read, validate and rate the bundled sample and a generated workbook of 1,000 metrics x 60
 * months x 2 levels, and render each document. Each run is a fresh process; the table shows the
 * median of the runs.
 */
interface Measurement {
  readMs: number;
  validateMs: number;
  restMs: number;
  totalMs: number;
  coverReportMs: number;
  slidePackMs: number;
  spcMs: number;
  spcCharts: number;
  readPeakRssMb: number;
  metrics: number;
  observations: number;
  peakRssMb: number;
}

const LARGE = benchWorkbookPath(1000);
/** SPC (Making Data Count) charts may add at most this share to the whole pack's time. */
const SPC_GOAL = 0.1;
/** Goals from the issues: reading, validating and rating; and each document's render. */
const GOALS: Record<string, { ms: number; mb: number; coverMs: number; slidesMs: number }> = {
  sample: { ms: 500, mb: Infinity, coverMs: 500, slidesMs: 1000 },
  large: { ms: 10_000, mb: 1024, coverMs: 10_000, slidesMs: 15_000 },
};

function measure(file: string, month: string): Measurement {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', file, month], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`measuring ${file} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function benchStages(): Promise<void> {
  await ensureBenchWorkbook(1000);
  const cases = [
    { name: 'sample', file: 'seeds/example-icb.xlsx', runs: 5 },
    { name: 'large', file: LARGE, runs: 3 },
  ];
  process.stdout.write('case     metrics  values   read ms  validate ms  rest ms  total ms  read MB  peak MB  cover ms  slides ms  goals\n');
  const results: { name: string; runs: Measurement[] }[] = [];
  for (const c of cases) {
    const runs = Array.from({ length: c.runs }, () => measure(c.file, '2026-01'));
    results.push({ name: c.name, runs });
    const m = (key: keyof Measurement) => median(runs.map((r) => r[key]));
    const goal = GOALS[c.name];
    const stagesMs = m('readMs') + m('validateMs');
    const met = goal !== undefined && stagesMs < goal.ms && m('readPeakRssMb') < goal.mb;
    const coverMet = goal !== undefined && m('coverReportMs') < goal.coverMs;
    const slidesMet = goal !== undefined && m('slidePackMs') < goal.slidesMs;
    const row = [
      c.name.padEnd(8),
      String(m('metrics')).padStart(7),
      String(m('observations')).padStart(7),
      m('readMs').toFixed(0).padStart(9),
      m('validateMs').toFixed(0).padStart(12),
      m('restMs').toFixed(0).padStart(8),
      m('totalMs').toFixed(0).padStart(9),
      m('readPeakRssMb').toFixed(0).padStart(8),
      m('peakRssMb').toFixed(0).padStart(8),
      m('coverReportMs').toFixed(0).padStart(9),
      m('slidePackMs').toFixed(0).padStart(10),
      `  ${goal === undefined ? '' : `read+validate < ${goal.ms} ms${Number.isFinite(goal.mb) ? `, < ${goal.mb} MB` : ''}: ${met ? 'met' : 'MISSED'}; cover < ${goal.coverMs} ms: ${coverMet ? 'met' : 'MISSED'}; slides < ${goal.slidesMs} ms: ${slidesMet ? 'met' : 'MISSED'}`}`,
    ];
    process.stdout.write(`${row.join(' ')}\n`);
  }
  process.stdout.write('(median of runs, each a fresh process building the whole pack in memory; "rest" = ratings, SPC, pack model JSON and documents, cold;\n "read MB" = peak memory after reading and validating; "peak MB" = after the whole pack; "cover", "slides" = each document composed and rendered again, warm)\n');
  process.stdout.write('\nSPC (Making Data Count) charts: the SPC stage alone (XmR limits, special causes, icons and their words for every metric), cold, against the whole pack\n');
  process.stdout.write('case     charts   SPC ms  total ms  without SPC ms  SPC adds  goal\n');
  for (const { name, runs } of results) {
    const m = (key: keyof Measurement) => median(runs.map((r) => r[key]));
    const without = m('totalMs') - m('spcMs');
    const adds = m('spcMs') / without;
    const row = [
      name.padEnd(8),
      String(m('spcCharts')).padStart(6),
      m('spcMs').toFixed(1).padStart(8),
      m('totalMs').toFixed(0).padStart(9),
      without.toFixed(0).padStart(15),
      `${(adds * 100).toFixed(1)}%`.padStart(9),
      `  adds under ${SPC_GOAL * 100}%: ${adds < SPC_GOAL ? 'met' : 'MISSED'}`,
    ];
    process.stdout.write(`${row.join(' ')}\n`);
  }
  process.stdout.write('("without SPC" = total less the SPC stage, timed cold on its own: an upper bound of what SPC adds)\n');
}

