/** How many times any of the patterns occurs in the text (a part's XML), none overlapping itself. */
export function occurrences(text: string, patterns: readonly string[]): number {
  let found = 0;
  for (const pattern of patterns) for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + pattern.length)) found += 1;
  return found;
}
