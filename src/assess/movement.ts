import type { Rag } from '../model/pack-workbook.js';
import type { Movement, Rating } from './assessment.js';

const RANK: Readonly<Record<Rag, number>> = { red: 0, amber: 1, green: 2 };

/**
 * How a metric's headline rating moved since the previous month's pack, green above amber above
 * red. A metric rated now but not then is new; one not rated now has no movement to show.
 * What the previous pack reported is set out with `reportedPeriods` (current-period.ts).
 */
export function movementOf(now: Rating, previous: Rating): Movement {
  if (now === 'not-rated') return 'not-rated';
  if (previous === 'not-rated') return 'new';
  const change = RANK[now] - RANK[previous];
  return change > 0 ? 'improved' : change < 0 ? 'worsened' : 'unchanged';
}
