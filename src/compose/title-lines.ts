import type { PackModel } from './pack-model.js';

/**
 * Authors head parts of their narrative with the KPI or metric they are about, as the reference
 * pack's finance panel does ("2025/26- System Delivery of planned deficit (gross of deficit support
 * funding)", then the bullets about it). Such a line says nothing about progress, so the cover
 * report's progress bullets leave it out, as the reference paper does, and the slides' panels set
 * it as a heading of the bullets under it rather than as a bullet.
 *
 * A line is a title when, once its years, months, figures and small words are set aside, every word
 * it has is a word of one title and it has most of that title's words: it names the KPI and says
 * nothing more. A line that says something of the KPI ("System CIP delivery is £3.5m behind plan")
 * has words of its own and is kept.
 */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with']);
const PERIOD_WORDS = new Set([
  'month', 'months', 'year', 'years', 'ytd', 'fy', 'fot', 'position', 'latest',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** A month number (m8), a quarter (q3) or any word with a digit: a year or a figure. */
const PERIOD_OR_FIGURE = /^(?:m\d{1,2}|q[1-4])$|\d/;
/** The share of a title's words a line must have to be that title. */
const MOST = 0.75;

function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}%&]+/u);
  return new Set(words.filter((w) => w !== '' && !SMALL_WORDS.has(w) && !PERIOD_WORDS.has(w) && !PERIOD_OR_FIGURE.test(w)));
}

/** Whether a line only names one of the titles (KPIs' wording, metrics' labels or priorities). */
export type IsTitleLine = (line: string) => boolean;

/** The test for title lines among the given titles, their words worked out once. */
export function titleLines(titles: readonly string[]): IsTitleLine {
  const titleWords = [...new Map(titles.map((t) => [t, wordsOf(t)])).values()].filter((w) => w.size > 0);
  return (line) => {
    const words = wordsOf(line);
    if (words.size < 2) return false;
    return titleWords.some((title) => words.size >= MOST * title.size && [...words].every((w) => title.has(w)));
  };
}

/** The title-line test for a pack: its KPIs' wording, its metrics' labels and priorities. */
export function packTitleLines(model: PackModel): IsTitleLine {
  return titleLines([...model.finance.map((k) => k.kpi), ...model.areas.flatMap((a) => a.metrics.flatMap((m) => [m.label, m.priority]))]);
}
