/**
 * How the names officers type (sheet headings, setting names) are matched to the format's: without
 * regard to capitals, spaces, punctuation or "&" for "and", so that "Full year target" is the
 * "Full-year target" column. A name that still does not match but is close to one the format
 * expects ("Actuals" for "Actual") is most likely a slip, and is reported as one rather than
 * ignored.
 */

/** The form names are compared in: "Future actions & mitigations" -> "futureactionsandmitigations". */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Edits (insert, delete, change, swap two neighbours) between two strings, up to `limit` + 1. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Whether `typed` is probably `expected` typed slightly wrong: a letter or two out (one for short
 * names), or the expected words with others added ("Actual figure", "YTD actual £m").
 */
export function isSlipFor(typed: string, expected: string): boolean {
  const a = nameKey(typed);
  const b = nameKey(expected);
  if (a === '' || a === b) return false;
  const allowed = b.length <= 3 ? 1 : b.length <= 8 ? 2 : 3;
  if (editDistance(a, b, allowed) <= allowed) return true;
  const words = new Set(wordsOf(typed));
  return wordsOf(expected).every((w) => words.has(w));
}
