import type { Period } from './period.js';

/**
 * The domain model: what an officer's workbook says, validated, in the officers' terms and free of
 * cell references (those live in the {@link SourceMap}) and of presentation.
 *
 * Numbers are held in one canonical form per unit: percentages as fractions (57.3% -> 0.573, as
 * Excel holds them), durations in seconds, everything else as typed.
 */
export type MonthPeriod = Period & { readonly kind: 'month' };

export type Unit = 'percent' | 'count' | 'duration' | 'gbp-millions' | 'gbp-thousands' | 'rate-per-1000' | 'ratio' | 'number';
export type Direction = 'higher' | 'lower' | 'neither';
export type Frequency = 'month' | 'quarter' | 'year';
/** How a plan for a longer period applies to a shorter one (see the Metrics sheet). */
export type MeasureType = 'flow' | 'snapshot';
export type Rag = 'green' | 'amber' | 'red';
/** A rating typed by an officer: a RAG colour, or N/A. */
export type GivenRating = Rag | 'not-applicable';

export type RatingRule =
  | { readonly kind: 'against-plan'; /** Overrides the pack's tolerance (a fraction, 0.05 = 5%). */ readonly tolerance?: number }
  | { readonly kind: 'rated-by'; readonly metricId: string }
  | { readonly kind: 'manual' }
  | { readonly kind: 'not-rated' };

export interface Colours {
  readonly primary: string;
  readonly green: string;
  readonly amber: string;
  readonly red: string;
}

export interface Settings {
  readonly organisation: string;
  /** The place the figures cover, for sentences ("performance in <system>"). */
  readonly system: string;
  readonly committee: string;
  readonly reportTitle: string;
  readonly reportOf: string;
  /** The calendar year the financial year starts in: 2025 for 2025/26. */
  readonly financialYear: number;
  /** The pack's default amber tolerance as a fraction: 0.05 = within 5% of plan. */
  readonly amberTolerance: number;
  /**
   * The amber tolerance for finance KPIs worked out from their direction. Finance dashboards rate
   * strictly (a CIP 3.7% behind target is red in the reference pack), so it defaults to 0.
   */
  readonly financeTolerance: number;
  /** Counts from 1 up to (not including) this print as `*`; 0 turns suppression off. */
  readonly suppressBelow: number;
  readonly colours: Colours;
  /** How many working days before the meeting each author's narrative is due. */
  readonly returnWorkingDays: number;
  /** The address the drafts to authors come from; absent: the drafts carry no sender. */
  readonly draftsFrom?: string;
  readonly spc: SpcSettings;
  /** Which metrics get chart slides in the slide pack's main body (default: those that need discussion). */
  readonly chartSlides: ChartSlides;
}

/** exceptions: red, concerning special cause, consistently failing or process changed; all; none. */
export type ChartSlides = 'exceptions' | 'all' | 'none';

/** How the pack's statistical process control (Making Data Count) charts read every metric. */
export interface SpcSettings {
  /** Points in a row on one side of the mean that make a shift: 6 or 7 (default 7). */
  readonly shiftLength: 6 | 7;
  /** Leave moving ranges of 3.267 mean moving ranges or more out of the limits (default no). */
  readonly screenMovingRanges: boolean;
  /**
   * Where a change of process (a shift, a trend or a run beyond a limit) reaches the latest
   * point, work the limits out afresh from the month it began, as a rebase would (default no:
   * the pack suggests the rebase instead).
   */
  readonly autoRebase: boolean;
}

/** A metric's own SPC choices, from the Metrics sheet. */
export interface MetricSpc {
  /** Set the limits of each segment from its first this-many points (all points when absent). */
  readonly baseline?: number;
  /** Months from which the limits are worked out afresh, oldest first. */
  readonly rebase: readonly MonthPeriod[];
}

export interface Meeting {
  readonly month: MonthPeriod;
  /** ISO date, `2026-02-05`. */
  readonly date: string;
  readonly agendaItem?: string;
}

export interface Level {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: 'system' | 'provider';
}

export interface Author {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly email: string;
}

export interface Area {
  readonly id: string;
  readonly name: string;
  readonly authorId: string;
  readonly tableHeading?: string;
}

/** The year-end plan column: a figure in the metric's unit, or words ("Reduction 2023 4"). */
export type YearEndPlan = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'text'; readonly text: string };

export interface Metric {
  readonly id: string;
  readonly areaId: string;
  /** The priority's full wording. */
  readonly priority: string;
  /** The short label in tables. */
  readonly label: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly rule: RatingRule;
  readonly yearEndPlan?: YearEndPlan;
  readonly frequency: Frequency;
  readonly measureType: MeasureType;
  readonly onSummary: boolean;
  /** Actuals from 1 up to (not including) this are suppressed; 0 = never. */
  readonly suppressBelow: number;
  readonly allowOver100: boolean;
  readonly spc: MetricSpc;
  /** A note the tables print under the metric ("Target is for end of Q2, not the end of September"). */
  readonly note?: string;
}

/**
 * An actual as the pack may show it. A suppressed figure carries no number: suppression happens
 * when the workbook is read, so a hidden count cannot leak into any output.
 */
export type Figure = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'suppressed' };

export interface ManualRating {
  readonly rating: GivenRating;
  readonly reason: string;
}

/** One row of the Values sheet: a metric at a level for a period. */
export interface Observation {
  readonly metricId: string;
  readonly levelId: string;
  readonly period: Period;
  readonly actual?: Figure;
  readonly plan?: number;
  readonly manualRating?: ManualRating;
}

export const NARRATIVE_SECTIONS = ['updates', 'issues', 'risks', 'dependencies', 'actions', 'goodNews', 'patientOutcome'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** An area's narrative for a month: each section a list of bullets (one a line in the cell). */
export interface Narrative {
  readonly month: MonthPeriod;
  readonly areaId: string;
  readonly sections: Readonly<Record<NarrativeSection, readonly string[]>>;
}

export type ThreeAsBox = 'alert' | 'assure' | 'advise' | 'update';

export interface ThreeAsItem {
  readonly month: MonthPeriod;
  readonly box: ThreeAsBox;
  readonly areaId?: string;
  /** The metric the item is about, where the sheet says. */
  readonly metricId?: string;
  readonly text: string;
}

export interface FinanceFigures {
  /** A target is a plan, not an observed count: never suppressed. */
  readonly target?: number;
  /** Year to date: the actual; full year: the forecast outturn. A small count is suppressed, as a metric's actual is. */
  readonly value?: Figure;
  readonly givenRating?: GivenRating;
}

export interface FinanceKpi {
  readonly month: MonthPeriod;
  readonly asAt: MonthPeriod;
  readonly kpi: string;
  readonly unit: Unit;
  /** Decimal places its figures print with: the Decimals column, or the unit's default for finance. */
  readonly decimals: number;
  readonly direction: Direction;
  readonly yearToDate: FinanceFigures;
  readonly fullYear: FinanceFigures;
}

export interface Contact {
  readonly name: string;
  readonly role: string;
  readonly organisation?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface Paper {
  readonly title: string;
  readonly link?: string;
}

export interface PackWorkbook {
  readonly settings: Settings;
  readonly meetings: readonly Meeting[];
  readonly levels: readonly Level[];
  readonly authors: readonly Author[];
  readonly areas: readonly Area[];
  readonly metrics: readonly Metric[];
  readonly observations: readonly Observation[];
  readonly narratives: readonly Narrative[];
  readonly threeAs: readonly ThreeAsItem[];
  readonly finance: readonly FinanceKpi[];
  readonly contacts: readonly Contact[];
  readonly papers: readonly Paper[];
}
