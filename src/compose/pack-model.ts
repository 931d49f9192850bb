import type { Contact, NarrativeSection, Paper, ThreeAsBox, Unit } from '../model/pack-workbook.js';

/**
 * The composed pack model: every figure of the month with its rating, the reason for the rating
 * and the cell it came from. Written beside the documents as JSON, it is the audit trail of the
 * pack; the cover report and the slide pack are composed from the same data.
 */
export interface CitedNumber {
  /** In the unit's canonical form: percentages as fractions, durations in seconds. */
  readonly value: number;
  /** As the pack prints it: 57.3%, 18,815, 00:32:34. */
  readonly display: string;
  /** The workbook cell, e.g. `Values!D14`. */
  readonly source?: string;
}

export interface CitedActual {
  readonly suppressed: boolean;
  /** Absent when suppressed: a suppressed count has no number anywhere in the pack. */
  readonly value?: number;
  readonly display: string;
  readonly source?: string;
}

export interface CitedPlan extends CitedNumber {
  /** The period the plan was given for: a quarter's plan split over its months names the quarter. */
  readonly givenFor: string;
  /** period, split (evenly over the months) or whole (applied as it stands). */
  readonly how: 'period' | 'split' | 'whole';
}

export interface RatingView {
  readonly rating: 'green' | 'amber' | 'red' | 'not-rated';
  /** Green, Amber, Red or N/A: the word printed beside the colour. */
  readonly word: string;
  /** Why, in plain words. */
  readonly because: string;
  /** Why, as a code: against-plan, rated-by, manual, no-plan, awaiting-manual, suppressed, ... */
  readonly basis: string;
  readonly setByHand: boolean;
}

export interface HistoryPointView {
  readonly period: { readonly key: string; readonly label: string };
  readonly actual?: CitedActual;
  readonly plan?: { readonly value: number; readonly display: string };
}

export interface LevelFigures {
  readonly level: string;
  readonly levelName: string;
  readonly actual?: CitedActual;
  readonly plan?: CitedPlan;
  readonly rating: RatingView;
  /** Up to the last 24 periods with an actual, oldest first: the trend, charts and appendix tables. */
  readonly history: readonly HistoryPointView[];
}

export interface MetricView {
  readonly id: string;
  readonly label: string;
  readonly priority: string;
  readonly unit: string;
  /** The unit as a code (percent, count, duration, gbp-millions, ...) and the decimals it prints with. */
  readonly unitCode: Unit;
  readonly decimals: number;
  /** Counts from 1 up to this are suppressed (0: never). */
  readonly suppressBelow: number;
  readonly direction: string;
  readonly frequency: string;
  readonly onSummary: boolean;
  /** The workbook's note on the metric, printed under the tables that show it. */
  readonly note?: string;
  readonly yearEndPlan?: { readonly display: string; readonly value?: number; readonly source?: string };
  readonly currentPeriod?: { readonly key: string; readonly label: string };
  readonly headlineLevel?: string;
  readonly rating: RatingView;
  readonly previousRating: string;
  readonly movement: string;
  readonly levels: readonly LevelFigures[];
  readonly source?: string;
  /**
   * Statistical process control (Making Data Count) over the headline level's monthly series:
   * absent only for metrics SPC does not apply to at all (see {@link SpcView.status}).
   */
  readonly spc?: SpcView;
}

/** The Making Data Count variation icons: which way the latest point's special cause lies. */
export type SpcVariationCode = 'common-cause' | 'improving-high' | 'improving-low' | 'concerning-high' | 'concerning-low' | 'neutral-high' | 'neutral-low';
/** The Making Data Count assurance icons: can the process be relied on to meet the target? */
export type SpcAssuranceCode = 'consistently-passing' | 'consistently-failing' | 'hit-and-miss' | 'process-changed';
/** The special-cause rules, in their priority order. */
export type SpcRule = 'beyond-limit' | 'trend' | 'two-of-three' | 'shift';

export interface SpcPointView {
  readonly period: { readonly key: string; readonly label: string };
  /** In the unit's canonical form; absent where the actual is missing or suppressed (a gap). */
  readonly value?: number;
  /** The limits that apply to this point: they change after a rebase. */
  readonly mean: number;
  readonly upperLimit: number;
  readonly lowerLimit: number;
  readonly upperNear: number;
  readonly lowerNear: number;
  /** The highest-priority rule that flags this point, if any. */
  readonly rule?: SpcRule;
  /** How the point reads: common cause, or a special cause that is an improvement, a concern or neutral. */
  readonly variation: 'common-cause' | 'improvement' | 'concern' | 'neutral';
  /** The target the point is judged against, where there is one. */
  readonly target?: number;
  /** Which way the point's special cause lies: above the mean (or rising) or below it (or falling). */
  readonly side?: 'high' | 'low';
  /** The value as the pack prints it (57.3%); absent for a gap. */
  readonly display?: string;
  /** Why the point has no value: its figure is suppressed (`*`) or not given. */
  readonly gap?: 'suppressed' | 'missing';
}

export interface SpcView {
  /**
   * ok: limits from 12 or more points; trial: limits from fewer (shown, and said to be trial);
   * too-few: too few points to compute (no chart, no icons, never a guess); constant: the same
   * figure every month, so limits of no width (no chart, no icons); not-monthly: SPC needs a
   * monthly series.
   */
  readonly status: 'ok' | 'trial' | 'too-few' | 'constant' | 'not-monthly';
  /** The status and its consequence in plain words, for the documents and the JSON reader. */
  readonly note: string;
  /** The decimals the mean, limits and targets print with (see `limitDecimals`). */
  readonly decimals: number;
  /** The level the series is for (the metric's headline level). */
  readonly level: string;
  /** Points with a value in the series. */
  readonly points: number;
  /** Points the (latest) limits were computed from, and the period they start from. */
  readonly baselinePoints: number;
  readonly baselineFrom?: string;
  /** The latest limits (after any rebase). */
  readonly mean?: number;
  readonly upperLimit?: number;
  readonly lowerLimit?: number;
  readonly variation?: {
    readonly code: SpcVariationCode;
    readonly word: string;
    /** The rule that flags the latest point, where one does. */
    readonly rule?: SpcRule;
    /** Why, in plain words: "the latest point is above the upper process limit". */
    readonly because?: string;
  };
  /**
   * A change of process that reaches the latest point: the limits describe months the process has
   * left, so the assurance is `process-changed`.
   */
  readonly change?: SpcChangeView;
  /** Absent where there is no target, or the limits cannot be computed. */
  readonly assurance?: {
    readonly code: SpcAssuranceCode;
    readonly word: string;
    readonly target: number;
    /** The target as the pack prints it. */
    readonly targetDisplay?: string;
    /** Where the target lies, in plain words: "the target of 78.0% lies below the lower process limit of 80.1%". */
    readonly where?: string;
    /** Why, in plain words: where the target lies and what follows ("..., so the process can be expected to meet it every month"). */
    readonly because?: string;
  };
  /**
   * Where the limits say "consistently passing" or "consistently failing" and the latest six points
   * disprove it: no assurance is given, and this says why.
   */
  readonly assuranceWithheld?: { readonly code: SpcAssuranceCode; readonly target: number; readonly because: string };
  /** The months from which the limits were worked out afresh (Apr-25), oldest first. */
  readonly rebasedFrom?: readonly string[];
  /** The rebase worked out automatically ("SPC auto rebase") where a change of process reached the latest point. */
  readonly autoRebased?: SpcChangeView;
  /** The series, oldest first, with each point's limits and flags. */
  readonly series: readonly SpcPointView[];
}

/** A change of process that reaches the latest point, and where new limits would start. */
export interface SpcChangeView {
  readonly rule: 'shift' | 'beyond-limit' | 'trend';
  readonly side: 'high' | 'low';
  /** The month the change began. */
  readonly since: { readonly key: string; readonly label: string };
  readonly points: number;
  /** In words: "has run above its mean of 17,315 since Nov-24 (13 points)". */
  readonly words: string;
  /** The month (`2024-11`) to set as an SPC rebase; absent where the limits already start there. */
  readonly rebaseFrom?: string;
}

/**
 * The Making Data Count assurance icons of the metrics that have one: those with limits (firm or
 * trial), a direction and a numeric target.
 */
export interface SpcAssuranceCounts {
  readonly metrics: number;
  readonly consistentlyPassing: number;
  readonly hitAndMiss: number;
  readonly consistentlyFailing: number;
  /** A change of process reaches the latest point: no reading from the limits. */
  readonly processChanged: number;
}

/** Making Data Count's colours for the SPC icons and points (`#00B0F0`). */
export interface SpcColours {
  readonly improvement: string;
  readonly concern: string;
  readonly commonCause: string;
  readonly neutral: string;
  /** The "process changed" assurance icon. */
  readonly changed: string;
}

/** Each section's bullets: updates, issues, risks, dependencies, actions, good news, patient outcome. */
export type NarrativeView = Readonly<Record<NarrativeSection, readonly string[]>>;

export interface AreaView {
  readonly id: string;
  readonly name: string;
  readonly tableHeading?: string;
  readonly author: { readonly name: string; readonly role: string; readonly email: string };
  readonly metrics: readonly MetricView[];
  /** Absent when the author has not given this month's narrative yet. */
  readonly narrative?: NarrativeView;
}

export interface RatingCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly notRated: number;
  /** green + amber + red */
  readonly rated: number;
}

export interface FinanceView {
  readonly kpi: string;
  readonly unit: string;
  /** The unit as a code, and the decimals the KPI's figures print with (the Finance sheet's Decimals, or the unit's default). */
  readonly unitCode: Unit;
  readonly decimals: number;
  readonly asAt: string;
  /** Figures as finance papers print them: the unit in the column heading, negatives in brackets, `(41.91)`. */
  readonly yearToDate: { readonly target?: string; readonly actual?: string; readonly rating: RatingView };
  readonly fullYear: { readonly target?: string; readonly forecast?: string; readonly rating: RatingView };
}

/** An item of the executive summary. */
export interface ThreeAsItemView {
  readonly text: string;
  /** The area's Id, where the item is about one area. */
  readonly area?: string;
  /** The metric's Id, where the item is about one metric: every drafted item is. */
  readonly metric?: string;
  /** Drafted by packsmith from the figures for the officers to edit, not yet on the 3As sheet. */
  readonly drafted: boolean;
}

export interface PackModel {
  readonly generator: { readonly name: 'packsmith'; readonly version: string; readonly modelVersion: 1 };
  readonly month: { readonly key: string; readonly label: string; readonly previous: string; readonly previousLabel: string };
  readonly workbook: { readonly file: string; readonly sha256: string };
  readonly organisation: string;
  readonly system: string;
  readonly committee: string;
  readonly reportTitle: string;
  readonly reportOf: string;
  readonly financialYear: string;
  readonly amberTolerance: number;
  /** Counts from 1 up to this print as `*` (0: no suppression). */
  readonly suppressBelow: number;
  /** Which metrics get chart slides in the slide pack's main body (Settings, "Chart slides"). */
  readonly chartSlides: 'exceptions' | 'all' | 'none';
  /** Hex colours (`#DA291C`) for headings and RAG shading, from the Settings sheet; and the SPC icons'. */
  readonly colours: { readonly primary: string; readonly green: string; readonly amber: string; readonly red: string; readonly spc: SpcColours };
  readonly meeting?: { readonly date: string; readonly agendaItem?: string };
  /** The pack's date, ISO `2026-02-05`: the meeting's, else the first day after the month; every document is dated by it. */
  readonly date: string;
  readonly levels: readonly { readonly id: string; readonly name: string; readonly shortName: string; readonly kind: string }[];
  /** Headline ratings of every metric. */
  readonly counts: RatingCounts;
  /** Headline ratings of the metrics shown on the summary tables: the cover report's summary. */
  readonly summaryCounts: RatingCounts;
  /** SPC assurance of every metric, and of the metrics on the summary tables (the cover report's). */
  readonly spcAssurance: SpcAssuranceCounts;
  readonly summarySpcAssurance: SpcAssuranceCounts;
  readonly movement: Readonly<Record<'improved' | 'worsened' | 'unchanged' | 'new' | 'notRated', number>>;
  readonly areas: readonly AreaView[];
  /**
   * The executive summary's items, box by box: the officers' from the 3As sheet; in a draft, a box
   * they left empty (Alert, Assure or Advise) holds the items drafted from the figures instead.
   */
  readonly threeAs: Readonly<Record<ThreeAsBox, readonly ThreeAsItemView[]>>;
  readonly finance: readonly FinanceView[];
  readonly contacts: readonly Contact[];
  readonly papers: readonly Paper[];
  readonly warnings: readonly string[];
}
