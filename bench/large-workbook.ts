import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { SHEETS } from '../src/format/workbook-format.js';
import { monthIndex, periodKey, periodOfMonthIndex } from '../src/model/period.js';
import type { CellContent, SheetContent, WorkbookContent } from '../src/xlsx/workbook-content.js';
import { writeWorkbook } from '../src/xlsx/write-workbook.js';

/**
 * A large, valid workbook for the benchmark: `metrics` metrics over `months` months at two levels,
 * ending January 2026, with every unit, direction and rule the format knows. Deterministic.
 */
const AREAS = ['Urgent Care', 'Elective Care', 'Diagnostics', 'Cancer', 'Mental Health', 'Learning Disabilities & Autism', 'Community Services', 'Primary Care', 'Maternity', 'CVD/Hypertension', 'Finance'];
const UNITS = ['percent', 'count', 'duration', 'number', '£m', 'per 1,000', 'ratio'] as const;

function headersOf(name: string): string[] {
  return SHEETS.find((s) => s.name === name)?.columns.map((c) => c.header) ?? [];
}

function sheet(name: string, rows: CellContent[][]): SheetContent {
  return { name, headers: headersOf(name), rows };
}

/** A small linear congruential generator: the same figures every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function largeWorkbook(metrics = 1000, months = 60): WorkbookContent {
  const next = random(42);
  const last = monthIndex(2026, 1);
  const first = last - months + 1;
  const metricRows: CellContent[][] = [];
  const values: CellContent[][] = [];
  for (let m = 0; m < metrics; m += 1) {
    const id = `M${String(m).padStart(4, '0')}`;
    const unit = UNITS[m % UNITS.length] ?? 'number';
    const higher = m % 2 === 0;
    const rule = m % 25 === 1 ? 'rated by another metric' : m % 40 === 3 ? 'not rated' : 'against plan';
    const ratedBy = rule === 'rated by another metric' ? `M${String(m + 1).padStart(4, '0')}` : null;
    metricRows.push([id, `A${m % AREAS.length}`, `Priority wording for metric ${m}, long enough to wrap in a table cell`, `Metric ${m}`, unit, null, higher ? 'higher is better' : 'lower is better', rule, ratedBy, null, null, 'month', m % 3 === 0 ? 'flow' : 'snapshot', 'yes', null, null]);
    const base = unit === 'percent' ? 0.7 : unit === 'duration' ? 1800 : unit === 'count' ? 1000 + m : 50;
    for (let i = first; i <= last; i += 1) {
      const key = periodKey(periodOfMonthIndex(i));
      for (const level of ['ICB', 'ACUTE']) {
        const drift = 1 + (next() - 0.5) * 0.2;
        const actual = unit === 'count' ? Math.round(base * drift) : base * drift;
        const plan = unit === 'count' ? Math.round(base) : base;
        const cell = (v: number): CellContent => (unit === 'percent' ? { number: Math.min(v, 1), numFmt: '0.0%' } : unit === 'duration' ? { number: v / 86400, numFmt: '[h]:mm:ss' } : v);
        values.push([id, level, key, i === last && m % 7 === 0 ? null : cell(actual), cell(plan), null, null]);
      }
    }
  }
  const monthKeys = Array.from({ length: months }, (_, i) => periodKey(periodOfMonthIndex(first + i)));
  return {
    created: new Date(Date.UTC(2026, 0, 1)),
    creator: 'packsmith benchmark',
    sheets: [
      sheet('Settings', [
        ['Organisation', 'Benchmark Integrated Care Board'],
        ['Committee', 'Benchmark Committee'],
        ['Report title', 'Performance Report'],
        ['Report of', 'Director of Performance'],
        ['Financial year', '2025/26'],
      ]),
      sheet('Meetings', monthKeys.map((k) => [k, `${k}-28`, null])),
      sheet('Levels', [
        ['ICB', 'Benchmark ICB', 'ICB', 'system'],
        ['ACUTE', 'Benchmark Acute Trust', 'BAT', 'provider'],
      ]),
      sheet('Authors', AREAS.map((_, i) => [`AU${i}`, `Area lead ${i}`, `Head of area ${i}`, `area.lead.${i}@example.org`])),
      sheet('Areas', AREAS.map((name, i) => [`A${i}`, name, `AU${i}`, null])),
      sheet('Metrics', metricRows),
      sheet('Values', values),
      sheet('Narrative', AREAS.map((_, i) => ['2026-01', `A${i}`, 'Update one\nUpdate two', 'An issue', 'A risk', 'A dependency', 'An action', null, null])),
      sheet('3As', [['2026-01', 'Alert', null, 'An alert'], ['2026-01', 'Assure', null, 'An assurance'], ['2026-01', 'Advise', null, 'Advice']]),
      sheet('Finance', [['2026-01', '2025-11', 'System delivery of planned deficit', '£m', 'lower is better', 68.81, 85.65, null, 80, 80, null]]),
      sheet('Contacts', [['Head of Performance', 'Head of Performance and Assurance', 'Example Integrated Care Board', 'head.of.performance@example.org', null]]),
    ],
  };
}

/**
 * Where the bench keeps the generated workbook of `metrics` metrics x 60 months x 2 levels: named
 * by a digest of its content, so a change to the generator writes a new workbook, never reuses a
 * stale one.
 */
export function benchWorkbookPath(metrics: number): string {
  const digest = createHash('sha256').update(JSON.stringify(largeWorkbook(metrics))).digest('hex').slice(0, 8);
  return `output/bench/large-${metrics}x60x2-${digest}.xlsx`;
}

/** The generated workbook of `metrics` metrics, written once and kept for later runs. */
export async function ensureBenchWorkbook(metrics: number): Promise<string> {
  const path = benchWorkbookPath(metrics);
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path} ...\n`);
    await mkdir('output/bench', { recursive: true });
    await writeFile(path, await writeWorkbook(largeWorkbook(metrics)));
  }
  return path;
}
