import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import { RATINGS, type RatingWord } from '../format/choices.js';
import { cellOf, type RawCell, type RawRow, type RawSheet } from '../xlsx/raw-workbook.js';
import { choiceCell, idCell, optionalText, periodCell, ruleOfIssue } from './cell-schemas.js';
import { warnIfFraction } from './fraction-warning.js';
import { figureCell, type TypedFigure } from './figure-cell.js';
import type { IdLookup } from './id-lookup.js';
import type { Figure, GivenRating, Metric, Observation } from './pack-workbook.js';
import { parseRow } from './parse-rows.js';
import { suppressSmallCount } from './suppression.js';
import { periodKey, periodLabel, type Period } from './period.js';
import type { FigureRule } from './read-metrics.js';
import type { SourceMap } from './source-map.js';

export const GIVEN_RATING_OF_WORD: Record<RatingWord, GivenRating> = { Green: 'green', Amber: 'amber', Red: 'red', 'N/A': 'not-applicable' };

const ValueRow = z.object({
  metric: idCell('the metric Id'),
  level: idCell('the level Id'),
  period: periodCell,
  manualRating: choiceCell(RATINGS, 'the manual rating', false),
  ratingReason: optionalText({ what: 'the rating reason' }),
});
const KEYS = Object.keys(ValueRow.shape);

const FREQUENCY_KINDS: Record<Metric['frequency'], readonly Period['kind'][]> = {
  month: ['month'],
  quarter: ['quarter'],
  year: ['financial-year', 'calendar-year'],
};
const KIND_WORDS: Record<Period['kind'], string> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };
const KIND_EXAMPLES: Record<Period['kind'], string> = { month: '2026-01', quarter: '2025/26 Q3', 'financial-year': '2025/26', 'calendar-year': '2023' };
const FREQUENCY_WORDS: Record<Metric['frequency'], string> = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };
const PERIOD_LENGTH: Record<Period['kind'], number> = { month: 1, quarter: 3, 'financial-year': 12, 'calendar-year': 12 };

/**
 * One figure schema per metric unit and kind of figure, built once, not once a row; found by the
 * metric (or its rule) first, without making a key for each of the sheet's rows.
 */
class FigureSchemas {
  readonly #cache = new Map<string, ReturnType<typeof figureCell>>();
  readonly #ofRule = new WeakMap<FigureRule, Record<'the actual' | 'the plan', ReturnType<typeof figureCell>>>();

  for(rule: FigureRule, what: 'the actual' | 'the plan'): ReturnType<typeof figureCell> {
    let schemas = this.#ofRule.get(rule);
    if (schemas === undefined) {
      schemas = { 'the actual': this.#schema(rule, 'the actual'), 'the plan': this.#schema(rule, 'the plan') };
      this.#ofRule.set(rule, schemas);
    }
    return schemas[what];
  }

  #schema(rule: FigureRule, what: 'the actual' | 'the plan'): ReturnType<typeof figureCell> {
    const key = `${rule.unit}|${rule.allowOver100}|${what}`;
    let schema = this.#cache.get(key);
    if (schema === undefined) {
      schema = figureCell({ unit: rule.unit, allowOver100: rule.allowOver100, allowSuppressed: what === 'the actual', what });
      this.#cache.set(key, schema);
    }
    return schema;
  }
}

function placeOf(row: RawRow, sheet: RawSheet, key: string): Place {
  return cellOf(row, key, sheet.columns).place;
}

export interface ValuesContext {
  readonly metrics: readonly Metric[];
  readonly metricIds: IdLookup;
  readonly levelIds: IdLookup;
  /** Units of metrics whose rows have errors, so that their figures are still checked. */
  readonly figureRules?: ReadonlyMap<string, FigureRule>;
}

/** The metric or level Id of a row that has errors elsewhere; undefined (unreported) when it does not read. */
function idOf(row: RawRow, sheet: RawSheet, key: 'metric' | 'level'): string | undefined {
  const parsed = ValueRow.shape[key].safeParse(cellOf(row, key, sheet.columns).value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads a figure cell, reporting what is wrong with it; undefined when it is wrong. */
function readFigure(schema: ReturnType<typeof figureCell>, cell: RawCell, diagnostics: Diagnostics): { value: TypedFigure | undefined } | undefined {
  const result = schema.safeParse(cell.value);
  if (result.success) return { value: result.data };
  for (const issue of result.error.issues) diagnostics.error(issue.message, cell.place, ruleOfIssue(issue));
  return undefined;
}

/** Whether the row's period suits the metric's frequency; reports it where it does not. */
function checkFrequency(metric: Metric, period: Period, hasActual: boolean, place: Place, diagnostics: Diagnostics): boolean {
  const allowed = FREQUENCY_KINDS[metric.frequency];
  const frequency = FREQUENCY_WORDS[metric.frequency];
  if (hasActual && !allowed.includes(period.kind)) {
    const wanted = allowed.map((k) => `${KIND_WORDS[k]} like ${KIND_EXAMPLES[k]}`).join(' or ');
    diagnostics.error(`${metric.id} is reported ${frequency} (its Frequency on the Metrics sheet), but ${periodLabel(period)} is ${KIND_WORDS[period.kind]}; give its actuals for ${wanted}`, place, 'model/period-frequency');
    return false;
  }
  const finest = Math.min(...allowed.map((k) => PERIOD_LENGTH[k]));
  if (!hasActual && PERIOD_LENGTH[period.kind] < finest) {
    const wanted = allowed.map((k) => `${KIND_WORDS[k]} like ${KIND_EXAMPLES[k]}`).join(' or ');
    diagnostics.error(`${metric.id} is reported ${frequency} (its Frequency on the Metrics sheet), so its plan cannot be for ${KIND_WORDS[period.kind]} (${periodLabel(period)}); give the plan for ${wanted}`, place, 'model/period-frequency');
    return false;
  }
  return true;
}

/** Reads the Values sheet: each metric's actual and plan for each level and period. */
export function readValues(sheet: RawSheet | undefined, context: ValuesContext, diagnostics: Diagnostics, sources: SourceMap): Observation[] {
  if (sheet === undefined) return [];
  sources.setValuesSheet(sheet.name, sheet.columns);
  const metrics = new Map(context.metrics.map((m) => [m.id, m]));
  const schemas = new FigureSchemas();
  const firstRow = new Map<string, number>();
  const observations: Observation[] = [];
  for (const row of sheet.rows) {
    const data = parseRow(row, sheet.columns, ValueRow, KEYS, diagnostics);
    // Where another cell of the row is wrong (a period, say), the ids and figures are still checked.
    const metricId = data?.metric ?? idOf(row, sheet, 'metric');
    const levelId = data?.level ?? idOf(row, sheet, 'level');
    const knownMetric = metricId !== undefined && context.metricIds.check(metricId, placeOf(row, sheet, 'metric'), 'metric', diagnostics, 'model/unknown-metric');
    const knownLevel = levelId !== undefined && context.levelIds.check(levelId, placeOf(row, sheet, 'level'), 'level', diagnostics, 'model/unknown-level');
    const metric = metricId === undefined ? undefined : metrics.get(metricId);
    // A metric whose own row has errors is reported there; its figures here are still checked.
    const rule = metric ?? (metricId === undefined ? undefined : context.figureRules?.get(metricId));
    if (!knownMetric || rule === undefined) continue;
    const actualCell = cellOf(row, 'actual', sheet.columns);
    const planCell = cellOf(row, 'plan', sheet.columns);
    const actual = readFigure(schemas.for(rule, 'the actual'), actualCell, diagnostics);
    const plan = readFigure(schemas.for(rule, 'the plan'), planCell, diagnostics);
    if (data === undefined) continue;
    let ok = actual !== undefined && plan !== undefined && knownLevel && metric !== undefined;

    const period = data.period;
    if (metric !== undefined && actual !== undefined && plan !== undefined && (actual.value !== undefined || plan.value !== undefined)) {
      ok = checkFrequency(metric, period, actual.value !== undefined, placeOf(row, sheet, 'period'), diagnostics) && ok;
    }
    if (data.manualRating !== undefined && data.ratingReason === undefined) {
      diagnostics.error('a manual rating needs its reason in "Rating reason", so the committee knows why it was set by hand', placeOf(row, sheet, 'ratingReason'), 'model/manual-rating-reason');
      ok = false;
    }
    if (!ok || metric === undefined || actual === undefined || plan === undefined) continue;
    if (metric.unit === 'percent') {
      for (const cell of [actualCell, planCell]) warnIfFraction(cell, diagnostics);
    }
    if (data.manualRating === undefined && data.ratingReason !== undefined) {
      diagnostics.warn('"Rating reason" is ignored because no manual rating is given on this row', placeOf(row, sheet, 'ratingReason'), 'model/reason-without-rating');
    }
    const key = `${metric.id}|${data.level}|${periodKey(period)}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      diagnostics.error(`${metric.id} at ${data.level} for ${periodLabel(period)} appears twice: row ${first} and this row; keep one`, { sheet: sheet.name, row: row.row }, 'model/duplicate-row');
      continue;
    }
    firstRow.set(key, row.row);

    const figure = suppressSmallCount(actual.value, metric.suppressBelow);
    const planValue = plan.value?.kind === 'number' ? plan.value.value : undefined;
    const observation: Observation = {
      metricId: metric.id,
      levelId: data.level,
      period,
      ...(figure === undefined ? {} : { actual: figure }),
      ...(planValue === undefined ? {} : { plan: planValue }),
      ...(data.manualRating === undefined ? {} : { manualRating: { rating: GIVEN_RATING_OF_WORD[data.manualRating], reason: data.ratingReason ?? '' } }),
    };
    observations.push(observation);
    sources.setObservationRow(metric.id, data.level, period, row.row);
  }
  return observations;
}
