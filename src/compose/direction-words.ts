import type { Direction } from '../model/pack-workbook.js';

/** A metric's direction as the pack model words it. */
export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = { higher: 'higher is better', lower: 'lower is better', neither: 'neither' };

/** The direction behind the pack model's words: `higher is better` -> `higher`. */
export function directionOf(words: string): Direction | undefined {
  return (Object.keys(DIRECTION_WORDS) as Direction[]).find((d) => DIRECTION_WORDS[d] === words);
}
