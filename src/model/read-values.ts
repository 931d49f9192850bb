import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Place } from '../diagnostics/place.js';
import { RATINGS, type RatingWord } from '../format/choices.js';
import { cellOf, type RawRow, type RawSheet } from '../xlsx/raw-workbook.js';
import { choiceCell, idCell, optionalText, periodCell } from './cell-schemas.js';
import { figureCell, type TypedFigure } from './figure-cell.js';
import type { IdLookup } from './id-lookup.js';
import type { Figure, GivenRating, Metric, Observation } from './pack-workbook.js';
import { parseRow } from './parse-rows.js';
import { periodKey, periodLabel, type Period } from './period.js';
import { observationKey, type SourceMap } from './source-map.js';

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
const FREQUENCY_WORDS: Record<Metric['frequency'], string> = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };
const PERIOD_LENGTH: Record<Period['kind'], number> = { month: 1, quarter: 3, 'financial-year': 12, 'calendar-year': 12 };

/** One figure schema per metric unit and kind of figure, built once, not once a row. */
class FigureSchemas {
  readonly #cache = new Map<string, ReturnType<typeof figureCell>>();

  for(metric: Metric, what: 'the actual' | 'the plan'): ReturnType<typeof figureCell> {
    const key = `${metric.unit}|${metric.allowOver100}|${what}`;
    let schema = this.#cache.get(key);
    if (schema === undefined) {
      schema = figureCell({ unit: metric.unit, allowOver100: metric.allowOver100, allowSuppressed: what === 'the actual', what });
      this.#cache.set(key, schema);
    }
    return schema;
  }
}

function placeOf(row: RawRow, sheet: RawSheet, key: string): Place {
  return cellOf(row, key, sheet.columns).place;
}

/** Applies the pack's suppression rule: counts from 1 up to the threshold lose their number here. */
function suppress(figure: TypedFigure | undefined, metric: Metric): Figure | undefined {
  if (figure?.kind !== 'number' || metric.suppressBelow <= 0) return figure;
  return figure.value > 0 && figure.value < metric.suppressBelow ? { kind: 'suppressed' } : figure;
}

export interface ValuesContext {
  readonly metrics: readonly Metric[];
  readonly metricIds: IdLookup;
  readonly levelIds: IdLookup;
}

/** Reads the Values sheet: each metric's actual and plan for each level and period. */
export function readValues(sheet: RawSheet | undefined, context: ValuesContext, diagnostics: Diagnostics, sources: SourceMap): Observation[] {
  if (sheet === undefined) return [];
  const metrics = new Map(context.metrics.map((m) => [m.id, m]));
  const schemas = new FigureSchemas();
  const firstRow = new Map<string, number>();
  const observations: Observation[] = [];
  for (const row of sheet.rows) {
    const data = parseRow(row, sheet.columns, ValueRow, KEYS, diagnostics);
    if (data === undefined) continue;
    const metric = metrics.get(data.metric);
    const knownMetric = context.metricIds.check(data.metric, placeOf(row, sheet, 'metric'), 'metric', diagnostics, 'model/unknown-metric');
    const knownLevel = context.levelIds.check(data.level, placeOf(row, sheet, 'level'), 'level', diagnostics, 'model/unknown-level');
    if (metric === undefined || !knownMetric || !knownLevel) continue;
    const actualCell = cellOf(row, 'actual', sheet.columns);
    const planCell = cellOf(row, 'plan', sheet.columns);
    const actual = schemas.for(metric, 'the actual').safeParse(actualCell.value);
    const plan = schemas.for(metric, 'the plan').safeParse(planCell.value);
    for (const [result, cell] of [[actual, actualCell], [plan, planCell]] as const) {
      if (!result.success) for (const issue of result.error.issues) diagnostics.error(issue.message, cell.place, issue.code === 'custom' && typeof issue.params?.['rule'] === 'string' ? String(issue.params['rule']) : 'model/invalid');
    }
    if (!actual.success || !plan.success) continue;

    const period = data.period;
    const allowed = FREQUENCY_KINDS[metric.frequency];
    if (actual.data !== undefined && !allowed.includes(period.kind)) {
      diagnostics.error(`${metric.id} is reported ${FREQUENCY_WORDS[metric.frequency]}, but ${periodLabel(period)} is ${KIND_WORDS[period.kind]}; give actuals for ${allowed.map((k) => KIND_WORDS[k]).join(' or ')}`, placeOf(row, sheet, 'period'), 'model/period-frequency');
      continue;
    }
    const finest = Math.min(...allowed.map((k) => PERIOD_LENGTH[k]));
    if (actual.data === undefined && plan.data !== undefined && PERIOD_LENGTH[period.kind] < finest) {
      diagnostics.error(`${metric.id} is reported ${FREQUENCY_WORDS[metric.frequency]}, so its plan cannot be for ${KIND_WORDS[period.kind]} (${periodLabel(period)})`, placeOf(row, sheet, 'period'), 'model/period-frequency');
      continue;
    }
    if (data.manualRating !== undefined && data.ratingReason === undefined) {
      diagnostics.error('a manual rating needs its reason in "Rating reason", so the committee knows why it was set by hand', placeOf(row, sheet, 'ratingReason'), 'model/manual-rating-reason');
      continue;
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

    const figure = suppress(actual.data, metric);
    const planValue = plan.data?.kind === 'number' ? plan.data.value : undefined;
    const observation: Observation = {
      metricId: metric.id,
      levelId: data.level,
      period,
      ...(figure === undefined ? {} : { actual: figure }),
      ...(planValue === undefined ? {} : { plan: planValue }),
      ...(data.manualRating === undefined ? {} : { manualRating: { rating: GIVEN_RATING_OF_WORD[data.manualRating], reason: data.ratingReason ?? '' } }),
    };
    observations.push(observation);
    sources.set(observationKey(metric.id, data.level, period, 'row'), { sheet: sheet.name, row: row.row });
    if (figure !== undefined) sources.set(observationKey(metric.id, data.level, period, 'actual'), actualCell.place);
    if (planValue !== undefined) sources.set(observationKey(metric.id, data.level, period, 'plan'), planCell.place);
    if (data.manualRating !== undefined) sources.set(observationKey(metric.id, data.level, period, 'manualRating'), placeOf(row, sheet, 'manualRating'));
  }
  return observations;
}
