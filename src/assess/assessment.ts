import type { Figure, FinanceKpi, GivenRating, MonthPeriod, Rag } from '../model/pack-workbook.js';
import type { Period } from '../model/period.js';
import type { SpcAssessment } from './spc/assess-spc.js';

/**
 * The judgements the pack makes about the workbook's figures for one reporting month. Pure data,
 * computed by {@link assessPack}; still free of presentation (no colours, no formatted numbers).
 */
export type Rating = Rag | 'not-rated';

/** Where the plan a figure was rated against came from. */
export type PlanSource =
  /** a plan given for the very period */
  | 'period'
  /** a longer period's plan (a quarter or year) split evenly over its months: a flow */
  | 'split'
  /** a longer period's plan applied as it stands: a snapshot */
  | 'whole';

export interface PlanForPeriod {
  readonly value: number;
  readonly source: PlanSource;
  /** The period the plan was given for (differs from the rated period when split or whole). */
  readonly givenFor: Period;
}

/** Why a figure has the rating it has; the pack prints it and the JSON keeps it. */
export type RatingBasis =
  | { readonly kind: 'against-plan'; readonly tolerance: number; /** actual vs plan, signed so that positive is better */ readonly gap: number }
  | { readonly kind: 'rated-by'; readonly metricId: string }
  | { readonly kind: 'manual'; readonly reason: string }
  /** not rated, and why */
  | { readonly kind: 'no-data' }
  | { readonly kind: 'no-plan' }
  | { readonly kind: 'text-plan' }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'no-direction' }
  | { readonly kind: 'rule-not-rated' }
  /** the metric's rule is manual and no manual rating was given */
  | { readonly kind: 'awaiting-manual' }
  /** the metric it is rated by has no rating either */
  | { readonly kind: 'rated-by-unrated'; readonly metricId: string };

export interface LevelAssessment {
  readonly levelId: string;
  readonly actual?: Figure;
  readonly plan?: PlanForPeriod;
  readonly rating: Rating;
  readonly basis: RatingBasis;
}

/** One period of a metric's series at one level. */
export interface HistoryPoint {
  readonly period: Period;
  readonly actual?: Figure;
  readonly plan?: PlanForPeriod;
}

export interface LevelHistory {
  readonly levelId: string;
  /** Oldest first; at most the last 24 periods with an actual, none after the reporting month. */
  readonly points: readonly HistoryPoint[];
}

/** Movement of the headline rating since the metric's previous reported period. */
export type Movement = 'improved' | 'worsened' | 'unchanged' | 'new' | 'not-rated';

export interface MetricAssessment {
  readonly metricId: string;
  /**
   * The latest period with an actual at any level at or before the reporting month (a January pack
   * shows Dec-25, Nov-25 and Q2 side by side); undefined when the metric has no data yet.
   */
  readonly currentPeriod?: Period;
  /** One entry per level that has a row for the metric, in the Levels sheet's order. */
  readonly levels: readonly LevelAssessment[];
  /** The level the metric's rating is headlined on: the first level (system first) with an actual. */
  readonly headlineLevelId?: string;
  readonly rating: Rating;
  readonly basis: RatingBasis;
  /**
   * The headline rating of the metric's previous reported period (Nov-25 where the pack shows
   * Dec-25). The workbook does not record when each figure arrived, so this stands for what the
   * previous pack showed; it is exact for a metric reported at a steady lag.
   */
  readonly previousRating: Rating;
  readonly movement: Movement;
  /** The series behind the trend and the charts, per level in the Levels sheet's order. */
  readonly history: readonly LevelHistory[];
  /** Statistical process control (Making Data Count) over the headline level's monthly series. */
  readonly spc: SpcAssessment;
}

export interface FinanceRating {
  readonly rating: Rating;
  /** True where the workbook gave the rating; false where it was worked out from the direction. */
  readonly given: boolean;
  /** Present where the figure is a suppressed count, so not rated. */
  readonly suppressed?: true;
}

export interface FinanceAssessment {
  readonly kpi: FinanceKpi;
  readonly yearToDate: FinanceRating;
  readonly fullYear: FinanceRating;
}

export interface PackAssessment {
  readonly month: MonthPeriod;
  /** Metric assessments in the Metrics sheet's order. */
  readonly metrics: readonly MetricAssessment[];
  /** The reporting month's finance KPIs in the Finance sheet's order. */
  readonly finance: readonly FinanceAssessment[];
}

export function ratingOfGiven(given: GivenRating): Rating {
  return given === 'not-applicable' ? 'not-rated' : given;
}
