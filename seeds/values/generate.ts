import { seededRandom, seedOf } from './random.js';
import { calendarMonth, isMonth } from './periods.js';
import type { Figure, Fmt, Series } from './series.js';

export const VALUES_HEADERS = ['Metric', 'Level', 'Period', 'Actual', 'Plan', 'Manual rating', 'Rating reason', 'Cell'] as const;

const DECIMALS: Record<Fmt, number> = { pct1: 1, pct2: 2, count: 0, dur: 0, num1: 1 };

function round(value: number, fmt: Fmt): number {
  const scale = 10 ** DECIMALS[fmt];
  return Math.round(value * scale) / scale;
}

function seasonOf(series: Series, period: string): number {
  const season = series.walk?.season;
  return season !== undefined && isMonth(period) ? (season[calendarMonth(period) - 1] ?? 1) : 1;
}

/**
 * Walks back in time from the fixed figures: each earlier period is the later one less the
 * typical step, plus a seeded random move, kept within bounds; seasonal series walk their
 * de-seasonalised level.
 */
function walkActuals(series: Series): Map<string, Figure> {
  const random = seededRandom(seedOf(`${series.metric}|${series.level}`));
  const actuals = new Map<string, Figure>();
  let level: number | undefined;
  for (let i = series.periods.length - 1; i >= 0; i--) {
    const period = series.periods[i] ?? '';
    const fixed = series.fixed[period];
    const season = seasonOf(series, period);
    if (fixed !== undefined) {
      actuals.set(period, fixed);
      level = fixed === '*' ? undefined : fixed / season;
      continue;
    }
    const walk = series.walk;
    if (walk === undefined || level === undefined) throw new Error(`${series.metric} ${series.level} ${period}: no figure and nothing to walk from`);
    level = level - walk.step + walk.noise * (2 * random() - 1);
    const value = Math.min(walk.max ?? Infinity, Math.max(walk.min ?? -Infinity, level * season));
    level = value / season;
    actuals.set(period, round(value, series.fmt));
  }
  return actuals;
}

type Key = string;
const keyOf = (metric: string, level: string): Key => `${metric}|${level}`;

function derive(series: Series, known: ReadonlyMap<Key, Map<string, Figure>>): Map<string, Figure> {
  const derivation = series.derive;
  if (derivation === undefined) throw new Error(`${series.metric} is not derived`);
  const sources = derivation.of.map((m) => {
    const values = known.get(keyOf(m, series.level));
    if (values === undefined) throw new Error(`${series.metric} ${series.level} needs ${m} first`);
    return values;
  });
  const actuals = new Map<string, Figure>();
  for (const period of series.periods) {
    const figures = sources.map((s) => s.get(period));
    const numbers = figures.filter((f): f is number => typeof f === 'number');
    if (numbers.length !== figures.length) throw new Error(`${series.metric} ${series.level} ${period}: a source figure is missing`);
    const [a = 0, b = 1] = numbers;
    const value = derivation.kind === 'ratio' ? (a / b) * 100 : numbers.reduce((x, y) => x + y, 0);
    actuals.set(period, round(value, series.fmt));
  }
  return actuals;
}

/** A total's plan is the sum of its parts' plans. */
function derivedPlans(series: Series, all: readonly Series[]): Readonly<Record<string, number>> | undefined {
  if (series.plans !== undefined || series.derive?.kind !== 'sum') return series.plans;
  const parts = series.derive.of.map((m) => all.find((s) => s.metric === m && s.level === series.level)?.plans ?? {});
  const plans: Record<string, number> = {};
  for (const period of Object.keys(parts[0] ?? {})) plans[period] = parts.reduce((sum, p) => sum + (p[period] ?? 0), 0);
  return plans;
}

export interface GeneratedSeries {
  readonly series: Series;
  readonly actuals: ReadonlyMap<string, Figure>;
  readonly plans: Readonly<Record<string, number>>;
}

/** Every series' actuals and plans, derived series after the series they come from. */
export function generateSeries(all: readonly Series[]): GeneratedSeries[] {
  const known = new Map<Key, Map<string, Figure>>();
  for (const s of all.filter((x) => x.derive === undefined)) known.set(keyOf(s.metric, s.level), walkActuals(s));
  for (const s of all.filter((x) => x.derive !== undefined)) known.set(keyOf(s.metric, s.level), derive(s, known));
  return all.map((series) => ({ series, actuals: known.get(keyOf(series.metric, series.level)) ?? new Map(), plans: derivedPlans(series, all) ?? {} }));
}

function duration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** A figure as values.csv holds it: 78.9%, 00:47:14, 123213, 4.4 or *. */
export function formatFigure(figure: Figure | undefined, fmt: Fmt): string {
  if (figure === undefined) return '';
  if (figure === '*') return '*';
  switch (fmt) {
    case 'pct1':
    case 'pct2':
      return `${figure.toFixed(DECIMALS[fmt])}%`;
    case 'dur':
      return duration(figure);
    case 'count':
      return String(Math.round(figure));
    case 'num1':
      return figure.toFixed(1);
  }
}
