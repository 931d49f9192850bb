/** Edit distance between two words (insertions, deletions, substitutions, each 1). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known word a mistyped one was most likely meant to be: one that starts with it (`--mon`),
 * or is at most two edits away (a third of the word for short ones); undefined when none is close.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const prefixed = known.filter((k) => typed.length >= 2 && k.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  const limit = Math.min(2, Math.max(1, Math.floor(typed.length / 3)));
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = distance(typed, candidate);
    if (d <= limit && (best === undefined || d < best.distance)) best = { word: candidate, distance: d };
  }
  return best?.word;
}
