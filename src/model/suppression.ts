import type { TypedFigure } from './figure-cell.js';
import type { Figure } from './pack-workbook.js';

/**
 * The pack's suppression rule: a count from 1 up to (not including) the threshold loses its
 * number as it is read, so that no later stage can print it, rate it or chart it. 0 is a count
 * that reveals no one and is kept; a threshold of 0 turns suppression off. Applied to every
 * observed count: a metric's actuals, and a finance KPI's year-to-date actual and forecast.
 */
export function suppressSmallCount(figure: TypedFigure | undefined, suppressBelow: number): Figure | undefined {
  if (figure?.kind !== 'number' || suppressBelow <= 0) return figure;
  return figure.value > 0 && figure.value < suppressBelow ? { kind: 'suppressed' } : figure;
}
