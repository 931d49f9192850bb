/**
 * The words officers pick from drop-downs in the workbook. Matching is case-insensitive and
 * ignores surrounding spaces; these spellings are what the blank template offers.
 */
export const UNITS = ['percent', 'count', 'duration', '£m', '£000', 'per 1,000', 'ratio', 'number'] as const;
export type UnitWord = (typeof UNITS)[number];

export const DIRECTIONS = ['higher is better', 'lower is better', 'neither'] as const;
export type DirectionWord = (typeof DIRECTIONS)[number];

export const RATING_RULES = ['against plan', 'rated by another metric', 'manual', 'not rated'] as const;
export type RatingRuleWord = (typeof RATING_RULES)[number];

export const FREQUENCIES = ['month', 'quarter', 'year'] as const;
export type FrequencyWord = (typeof FREQUENCIES)[number];

/**
 * How a plan for a longer period applies to a shorter one: a flow (activity in the period) is
 * split evenly, a snapshot (a position or a rate) applies as it stands.
 */
export const MEASURE_TYPES = ['flow', 'snapshot'] as const;
export type MeasureTypeWord = (typeof MEASURE_TYPES)[number];

export const RATINGS = ['Green', 'Amber', 'Red', 'N/A'] as const;
export type RatingWord = (typeof RATINGS)[number];

export const YES_NO = ['yes', 'no'] as const;

/** Which metrics get chart slides: those that need discussion, every rated one, or none. */
export const CHART_SLIDES = ['exceptions', 'all', 'none'] as const;
export type ChartSlidesWord = (typeof CHART_SLIDES)[number];

export const LEVEL_KINDS = ['system', 'provider'] as const;
export type LevelKindWord = (typeof LEVEL_KINDS)[number];

export const THREE_AS_CATEGORIES = ['Alert', 'Assure', 'Advise', 'Update, risk and learning'] as const;
export type ThreeAsCategoryWord = (typeof THREE_AS_CATEGORIES)[number];

/** Finds the canonical spelling of an officer's choice, or undefined when it is not one of them. */
export function matchChoice<T extends string>(choices: readonly T[], typed: string): T | undefined {
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  return choices.find((c) => c.toLowerCase() === wanted);
}
