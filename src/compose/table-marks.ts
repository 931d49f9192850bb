import type { FinanceView, MetricView } from './pack-model.js';

/**
 * The marks a metric's cells carry in every table of both documents, and the notes under the
 * table that say what they mean: a rating set by hand (†, with its reason) and a metric's own note
 * from the workbook's Metrics "Note" column (numbered). A reader of any table sees why without
 * turning to a chart.
 */
export const BY_HAND_MARK = '†';

/** A note under a table: its mark (`†`, `(1)`) and what it says. */
export interface TableNote {
  readonly mark: string;
  readonly text: string;
}

/** The number each metric's note carries in a table of these metrics, in the order of its rows. */
export function noteNumbers(metrics: readonly MetricView[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const metric of metrics) if (metric.note !== undefined) numbers.set(metric.id, numbers.size + 1);
  return numbers;
}

/** ` (1)` after a measure whose note is the table's first, else nothing. */
export function noteMark(numbers: ReadonlyMap<string, number>, metric: MetricView): string {
  const number = numbers.get(metric.id);
  return number === undefined ? '' : ` (${number})`;
}

/** `†` after a rating set by hand. */
export function byHandMark(setByHand: boolean): string {
  return setByHand ? BY_HAND_MARK : '';
}

/** A metric's ratings set by hand, each with its reason: the headline rating, then any other level's. */
function byHandNotes(metric: MetricView, levels: Levels): TableNote[] {
  const headline = metric.rating.setByHand ? [{ mark: BY_HAND_MARK, text: `${metric.label}: ${metric.rating.word}, ${metric.rating.because}` }] : [];
  if (levels === 'headline') return headline;
  const others = metric.levels
    .filter((l) => l.level !== metric.headlineLevel && l.rating.setByHand)
    .map((l) => ({ mark: BY_HAND_MARK, text: `${metric.label} (${l.levelName}): ${l.rating.word}, ${l.rating.because}` }));
  return [...headline, ...others];
}

/** Which ratings a table shows: the headline level's only (a summary), or every level's (an area's table). */
export type Levels = 'headline' | 'every';

/** The notes under a table of these metrics: ratings set by hand with their reasons, then the metrics' own notes. */
export function tableNotes(metrics: readonly MetricView[], levels: Levels): TableNote[] {
  const numbers = noteNumbers(metrics);
  const byHand = metrics.flatMap((m) => byHandNotes(m, levels));
  const own = metrics.flatMap((m) => (m.note === undefined ? [] : [{ mark: `(${numbers.get(m.id) ?? 0})`, text: `${m.label}: ${m.note}` }]));
  return [...byHand, ...own];
}

/** The note under a finance table where some of its ratings were given in the workbook rather than worked out. */
export function financeNotes(kpis: readonly FinanceView[]): TableNote[] {
  const given = kpis.some((k) => k.yearToDate.rating.setByHand || k.fullYear.rating.setByHand);
  return given ? [{ mark: BY_HAND_MARK, text: "Rating as given in the workbook's Finance sheet, not worked out from the target and direction." }] : [];
}
