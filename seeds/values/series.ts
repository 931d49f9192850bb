import { months, PLAN_MONTHS } from './periods.js';

/** How a series' figures are written in values.csv. */
export type Fmt = 'pct1' | 'pct2' | 'count' | 'dur' | 'num1';
export type Level = 'ICB' | 'ACUTE';
export type Figure = number | '*';

/** A random walk run backwards in time from the fixed (reference) figures. */
export interface Walk {
  /** Typical change from one period to the next, forwards in time. */
  readonly step: number;
  /** Largest random move in a period, either way. */
  readonly noise: number;
  readonly min?: number;
  readonly max?: number;
  /** Calendar-month factors (January first) for activity with a season. */
  readonly season?: readonly number[];
}

export type Derivation = { readonly kind: 'ratio'; readonly of: readonly [string, string] } | { readonly kind: 'sum'; readonly of: readonly string[] };

export interface Series {
  readonly metric: string;
  readonly level: Level;
  readonly fmt: Fmt;
  /** Periods with an actual, oldest first; the last must be in `fixed`. */
  readonly periods: readonly string[];
  /** Actuals given outright: the reference pack's latest figures, or a whole short series. */
  readonly fixed: Readonly<Record<string, Figure>>;
  readonly walk?: Walk;
  /** Worked out from other series of the same level (percentages of counts, totals). */
  readonly derive?: Derivation;
  /** Plans by period. */
  readonly plans?: Readonly<Record<string, number>>;
  /** Manual ratings by period: [rating, reason]. */
  readonly manual?: Readonly<Record<string, readonly [string, string]>>;
  /** The Cell column (how the row is typed into Excel), by period. */
  readonly cell?: (period: string) => string;
  /** The Period column as typed, where not the key itself (e.g. Dec-25). */
  readonly periodText?: (period: string) => string;
}

/** Monthly history from January 2024 to `to`. */
export const history = (to: string, from = '2024-01'): string[] => months(from, to);

/**
 * A 2025/26 monthly trajectory through the given points, straight lines between them and level
 * before the first and after the last.
 */
export function trajectory(points: Readonly<Record<string, number>>, decimals = 0): Record<string, number> {
  const anchors = Object.entries(points)
    .map(([key, value]) => [PLAN_MONTHS.indexOf(key), value] as const)
    .sort((a, b) => a[0] - b[0]);
  if (anchors.some(([i]) => i === -1)) throw new Error(`plan points outside 2025/26: ${Object.keys(points).join(', ')}`);
  const scale = 10 ** decimals;
  const plans: Record<string, number> = {};
  PLAN_MONTHS.forEach((key, i) => {
    const after = anchors.findIndex(([j]) => j >= i);
    let value: number;
    if (after === -1) value = anchors[anchors.length - 1]?.[1] ?? 0;
    else if (after === 0) value = anchors[0]?.[1] ?? 0;
    else {
      const [i0, v0] = anchors[after - 1] ?? [0, 0];
      const [i1, v1] = anchors[after] ?? [0, 0];
      value = v0 + ((v1 - v0) * (i - i0)) / (i1 - i0);
    }
    plans[key] = Math.round(value * scale) / scale;
  });
  return plans;
}

/** The same plan for every month of 2025/26. */
export const flatPlan = (value: number): Record<string, number> => trajectory({ '2025-04': value });

/** hh:mm:ss -> seconds. */
export function seconds(text: string): number {
  const [h = 0, m = 0, s = 0] = text.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}
