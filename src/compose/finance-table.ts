import type { Unit } from '../model/pack-workbook.js';
import type { FinanceView } from './pack-model.js';
import { HEADING_UNIT } from './format-figure.js';
import { oneLine } from './words.js';

/**
 * The finance KPI table as finance papers lay it out, for both documents (the cover report's
 * Appendix B and the slide pack's dashboard): the unit once, in the figure columns' headings
 * (`Year-to-date target (£m)`), so each cell is the bare figure, `85.65` or `(41.91)`. A KPI whose
 * figures are in another unit says so after its wording (`Running costs (£'000)`); percentages and
 * durations carry their own marks in the cell and need no heading.
 */
export interface FinanceTableLayout {
  /** The unit the figure headings name (`£m`), where any KPI has a unit a heading can carry. */
  readonly unit?: string;
  /** ` (£m)`, to follow each figure column's heading; empty where there is no unit to name. */
  readonly inHeading: string;
  /** The month the figures are as at, where every KPI shares it (`Nov-25`). */
  readonly asAt?: string;
  /** The columns' headings: KPI, then year to date (target, actual, rating) and full year (target, forecast outturn, rating). */
  readonly headings: readonly string[];
  /** Each KPI's row label, in order: its wording, with its own unit and as-at month where they differ from the table's. */
  readonly labels: readonly string[];
}

/** Units whose cells carry their own mark, so a heading's unit can never be read into them. */
const OWN_MARK: ReadonlySet<Unit> = new Set(['percent', 'duration']);
/** Bare numbers under another unit's heading name what they are. */
const BARE_WORD: Partial<Record<Unit, string>> = { count: 'number', number: 'number', ratio: 'ratio' };

/** The unit most KPIs are in, of those a heading can name; the first such KPI's on a tie. */
function tableUnit(kpis: readonly FinanceView[]): string | undefined {
  const counts = new Map<string, number>();
  for (const kpi of kpis) {
    const unit = HEADING_UNIT[kpi.unitCode];
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [unit, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

/** The KPI's own unit, where the table's heading does not give it. */
function ownUnit(kpi: FinanceView, unit: string | undefined): string | undefined {
  const own = HEADING_UNIT[kpi.unitCode];
  if (own === unit || OWN_MARK.has(kpi.unitCode)) return undefined;
  return own ?? (unit === undefined ? undefined : BARE_WORD[kpi.unitCode]);
}

export function financeTableLayout(kpis: readonly FinanceView[]): FinanceTableLayout {
  const unit = tableUnit(kpis);
  const first = kpis[0]?.asAt;
  const asAt = first !== undefined && kpis.every((k) => k.asAt === first) ? first : undefined;
  const labels = kpis.map((kpi) => {
    const notes = [ownUnit(kpi, unit), asAt === undefined ? `as at ${kpi.asAt}` : undefined].filter((n): n is string => n !== undefined);
    return notes.length === 0 ? oneLine(kpi.kpi) : `${oneLine(kpi.kpi)} (${notes.join('; ')})`;
  });
  const inHeading = unit === undefined ? '' : ` (${unit})`;
  const headings = ['KPI', `Year-to-date target${inHeading}`, `Year-to-date actual${inHeading}`, 'Year-to-date rating', `Full-year target${inHeading}`, `Forecast outturn${inHeading}`, 'Full-year rating'];
  return { ...(unit === undefined ? {} : { unit }), inHeading, ...(asAt === undefined ? {} : { asAt }), headings, labels };
}
