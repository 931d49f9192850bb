import type { Direction, FinanceFigures, FinanceKpi } from '../model/pack-workbook.js';
import { ratingOfGiven, type FinanceAssessment, type FinanceRating } from './assessment.js';
import { rateFigure } from './rate-figure.js';

/**
 * Rates a finance KPI's year-to-date and full-year (forecast) figures. The finance dashboard
 * usually types its ratings; where it does not, they are worked out as for any metric.
 *
 * @param tolerance the pack's amber tolerance, as a fraction
 */
export function rateFinance(kpi: FinanceKpi, tolerance: number): FinanceAssessment {
  return {
    kpi,
    yearToDate: rateFinanceFigures(kpi.yearToDate, kpi.direction, tolerance),
    fullYear: rateFinanceFigures(kpi.fullYear, kpi.direction, tolerance),
  };
}

/**
 * A typed rating wins (N/A is not rated); else the value against the target; else not rated. A
 * suppressed count is never rated on its hidden number, as a metric's actual is not.
 */
export function rateFinanceFigures(figures: FinanceFigures, direction: Direction, tolerance: number): FinanceRating {
  if (figures.givenRating !== undefined) return { rating: ratingOfGiven(figures.givenRating), given: true };
  if (figures.value?.kind === 'suppressed') return { rating: 'not-rated', given: false, suppressed: true };
  if (figures.target === undefined || figures.value === undefined || direction === 'neither') return { rating: 'not-rated', given: false };
  return { rating: rateFigure(figures.value.value, figures.target, direction, tolerance).rating, given: false };
}
