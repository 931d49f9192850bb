import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { DIRECTIONS, FREQUENCIES, MEASURE_TYPES, RATING_RULES, UNITS, type DirectionWord, type RatingRuleWord, type UnitWord } from '../format/choices.js';
import type { Place } from '../diagnostics/place.js';
import { cellOf, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';
import { choiceCell, idCell, integerCell, monthListCell, optionalId, rawValue, requiredText, ruleOfIssue, toleranceCell, yesNoCell, optionalText } from './cell-schemas.js';
import { figureCell } from './figure-cell.js';
import { warnIfFraction } from './fraction-warning.js';
import type { Direction, Metric, RatingRule, Settings, Unit, YearEndPlan } from './pack-workbook.js';
import { IdLookup } from './id-lookup.js';
import { parseRows, type ParsedRow } from './parse-rows.js';
import { metricKey, type SourceMap } from './source-map.js';
import { duplicateIdOptions, uniqueRows } from './unique.js';

export const UNIT_OF_WORD: Record<UnitWord, Unit> = {
  percent: 'percent',
  count: 'count',
  duration: 'duration',
  '£m': 'gbp-millions',
  '£000': 'gbp-thousands',
  'per 1,000': 'rate-per-1000',
  ratio: 'ratio',
  number: 'number',
};

export const DIRECTION_OF_WORD: Record<DirectionWord, Direction> = {
  'higher is better': 'higher',
  'lower is better': 'lower',
  neither: 'neither',
};

const DEFAULT_DECIMALS: Record<Unit, number> = {
  percent: 1,
  count: 0,
  duration: 0,
  'gbp-millions': 2,
  'gbp-thousands': 0,
  'rate-per-1000': 1,
  ratio: 2,
  number: 1,
};

const MetricRow = z.object({
  id: idCell('the metric Id'),
  area: idCell('the area Id'),
  priority: requiredText({ what: "the priority's wording" }),
  label: requiredText({ singleLine: true, what: 'the label' }),
  unit: choiceCell(UNITS, 'the unit', true),
  decimals: integerCell('the number of decimals', 0, 6, undefined),
  direction: choiceCell(DIRECTIONS, 'the direction', true),
  ratingRule: choiceCell(RATING_RULES, 'the rating rule', true),
  ratedBy: optionalId('"Rated by"'),
  tolerance: toleranceCell('the amber tolerance'),
  yearEndPlan: rawValue,
  frequency: choiceCell(FREQUENCIES, 'the frequency', true),
  measureType: choiceCell(MEASURE_TYPES, 'the measure type', false),
  onSummary: yesNoCell('"On summary"', true),
  suppressBelow: integerCell('"Suppress below"', 0, 1000, undefined),
  allowOver100: yesNoCell('"Allow over 100%"', false),
  spcBaseline: integerCell('the SPC baseline (number of points)', 2, 1000, undefined),
  spcRebase: monthListCell('the SPC rebase'),
  note: optionalText({ singleLine: true, what: 'the note' }),
});
type MetricRowData = z.output<typeof MetricRow>;

function ruleOf(word: RatingRuleWord, data: MetricRowData): RatingRule {
  switch (word) {
    case 'against plan':
      return data.tolerance === undefined ? { kind: 'against-plan' } : { kind: 'against-plan', tolerance: data.tolerance };
    case 'rated by another metric':
      return { kind: 'rated-by', metricId: data.ratedBy ?? '' };
    case 'manual':
      return { kind: 'manual' };
    case 'not rated':
      return { kind: 'not-rated' };
  }
}

/**
 * A year-end plan is a figure in the metric's unit where it reads as one, and words otherwise
 * ("Reduction 2023 4"). A figure that reads but is out of range (150% for a percentage), or a
 * formula error, is reported with the figure's own message.
 */
function yearEndPlanOf(raw: RawValue, unit: Unit, allowOver100: boolean, place: Place, diagnostics: Diagnostics): YearEndPlan | 'error' | undefined {
  const parsed = figureCell({ unit, allowOver100, allowSuppressed: false, what: 'the year-end plan' }).safeParse(raw);
  if (parsed.success) return parsed.data?.kind === 'number' ? { kind: 'number', value: parsed.data.value } : undefined;
  const issues = parsed.error.issues;
  if (raw.kind === 'text' && issues.every((issue) => ruleOfIssue(issue) === 'model/bad-number')) return { kind: 'text', text: raw.text.trim().replace(/\s+/g, ' ') };
  for (const issue of issues) {
    const rule = ruleOfIssue(issue);
    const message = rule === 'model/bad-number' ? 'the year-end plan must be a figure in the metric\'s unit or words such as "Reduction 2023 4"' : issue.message;
    diagnostics.error(message, place, rule);
  }
  return 'error';
}

function cellPlace(sheet: RawSheet, parsed: ParsedRow<unknown>, key: string): Place {
  return cellOf(parsed.row, key, sheet.columns).place;
}

/**
 * Checks "rated by another metric": the metric named must exist and must not lead back round to
 * the one that names it. A circle is reported once, at its first row; a metric whose chain runs
 * into a mistake reported elsewhere is dropped without a message of its own.
 */
function checkRatedBy(metrics: Metric[], places: Map<string, Place>, typedIds: IdLookup, diagnostics: Diagnostics): Metric[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const bad = new Set<string>();
  const inReportedCircle = new Set<string>();
  for (const metric of metrics) {
    if (metric.rule.kind !== 'rated-by') continue;
    const place = places.get(metric.id);
    const target = metric.rule.metricId;
    if (target === '') {
      diagnostics.error(`${metric.id} is "rated by another metric" but "Rated by" is empty; give the Id of the metric it takes its rating from`, place, 'model/missing-rated-by');
      bad.add(metric.id);
      continue;
    }
    if (target === metric.id) {
      diagnostics.error(`${metric.id} cannot be rated by itself; name another metric in "Rated by", or choose another rating rule`, place, 'model/rated-by-cycle');
      bad.add(metric.id);
      continue;
    }
    if (!byId.has(target)) {
      // A target typed on the sheet but with errors of its own is reported on its own row.
      if (!typedIds.has(target)) diagnostics.error(`no metric has the Id "${target}"; "Rated by" must name a metric on this sheet`, place, 'model/unknown-metric');
      bad.add(metric.id);
      continue;
    }
    const chain = [metric.id];
    let next: Metric | undefined = byId.get(target);
    while (next?.rule.kind === 'rated-by' && !chain.includes(next.id)) {
      chain.push(next.id);
      next = byId.get(next.rule.metricId);
    }
    if (next === undefined || chain.includes(next.id)) bad.add(metric.id);
    if (next !== undefined && next.id === metric.id && !inReportedCircle.has(metric.id)) {
      for (const id of chain) inReportedCircle.add(id);
      const names = `${chain.slice(0, -1).join(', ')} and ${chain[chain.length - 1]}`;
      diagnostics.error(`${names} take their ratings from each other in a circle (${[...chain, metric.id].join(' -> ')}); give one of them a rating rule of its own`, place, 'model/rated-by-cycle');
    }
  }
  return metrics.filter((m) => !bad.has(m.id));
}

/** What a Values row needs of its metric to check its figures. */
export type FigureRule = Pick<Metric, 'unit' | 'allowOver100'>;

const FigureRuleRow = z.object({
  id: idCell('the metric Id'),
  unit: choiceCell(UNITS, 'the unit', true),
  allowOver100: yesNoCell('"Allow over 100%"', false),
});

/**
 * The unit of every metric row whose Id and Unit read, even where the row has other errors, so
 * that the figures of the Values rows that refer to it are still checked. Nothing is reported here.
 */
export function figureRulesOf(sheet: RawSheet | undefined): Map<string, FigureRule> {
  const rules = new Map<string, FigureRule>();
  if (sheet === undefined) return rules;
  for (const row of sheet.rows) {
    const cell = (key: string): RawValue => cellOf(row, key, sheet.columns).value;
    const parsed = FigureRuleRow.safeParse({ id: cell('id'), unit: cell('unit'), allowOver100: cell('allowOver100') });
    if (parsed.success && !rules.has(parsed.data.id)) rules.set(parsed.data.id, { unit: UNIT_OF_WORD[parsed.data.unit], allowOver100: parsed.data.allowOver100 });
  }
  return rules;
}

/** Reads the Metrics sheet: each metric's wording, unit, direction and rating rule. */
export function readMetrics(sheet: RawSheet | undefined, areas: IdLookup, settings: Settings | undefined, diagnostics: Diagnostics, sources: SourceMap): Metric[] {
  if (sheet === undefined) return [];
  const rows = uniqueRows(parseRows(sheet, MetricRow, diagnostics), (d) => d.id.toLowerCase(), (d) => `the metric Id "${d.id}"`, diagnostics, duplicateIdOptions('metric'));
  const metrics: Metric[] = [];
  const ratedByPlaces = new Map<string, Place>();
  for (const parsed of rows) {
    const { data } = parsed;
    const knownArea = areas.check(data.area, cellPlace(sheet, parsed, 'area'), 'area', diagnostics, 'model/unknown-area');
    const unit = UNIT_OF_WORD[data.unit];
    const yearEndPlan = yearEndPlanOf(data.yearEndPlan, unit, data.allowOver100, cellPlace(sheet, parsed, 'yearEndPlan'), diagnostics);
    if (!knownArea || yearEndPlan === 'error') continue;
    if (yearEndPlan?.kind === 'number' && unit === 'percent') warnIfFraction(cellOf(parsed.row, 'yearEndPlan', sheet.columns), diagnostics);
    if (data.tolerance !== undefined) warnIfFraction(cellOf(parsed.row, 'tolerance', sheet.columns), diagnostics);
    if (data.ratedBy !== undefined && data.ratingRule !== 'rated by another metric') {
      diagnostics.warn(`"Rated by" is ignored because the rating rule is "${data.ratingRule}"`, cellPlace(sheet, parsed, 'ratedBy'), 'model/rated-by-ignored');
    }
    if (data.frequency !== 'month') {
      for (const [key, given] of [['spcBaseline', data.spcBaseline !== undefined], ['spcRebase', data.spcRebase.length > 0]] as const) {
        if (given) diagnostics.warn(`SPC charts are drawn for monthly metrics only, so this is ignored for a metric reported each ${data.frequency}`, cellPlace(sheet, parsed, key), 'model/spc-ignored');
      }
    }
    const defaultSuppression = unit === 'count' ? (settings?.suppressBelow ?? 5) : 0;
    const metric: Metric = {
      id: data.id,
      areaId: data.area,
      priority: data.priority,
      label: data.label,
      unit,
      decimals: data.decimals ?? DEFAULT_DECIMALS[unit],
      direction: DIRECTION_OF_WORD[data.direction],
      rule: ruleOf(data.ratingRule, data),
      ...(yearEndPlan === undefined ? {} : { yearEndPlan }),
      frequency: data.frequency,
      measureType: data.measureType ?? 'snapshot',
      onSummary: data.onSummary,
      suppressBelow: data.suppressBelow ?? defaultSuppression,
      allowOver100: data.allowOver100,
      spc: { ...(data.spcBaseline === undefined ? {} : { baseline: data.spcBaseline }), rebase: data.spcRebase },
      ...(data.note === undefined ? {} : { note: data.note }),
    };
    metrics.push(metric);
    ratedByPlaces.set(metric.id, cellPlace(sheet, parsed, 'ratedBy'));
    sources.set(metricKey(metric.id), { sheet: sheet.name, row: parsed.row.row });
    if (yearEndPlan !== undefined) sources.set(metricKey(metric.id, 'yearEndPlan'), cellPlace(sheet, parsed, 'yearEndPlan'));
    // where a suggested rebase is to be typed, blank or not
    if (metric.frequency === 'month') sources.set(metricKey(metric.id, 'spcRebase'), cellPlace(sheet, parsed, 'spcRebase'));
  }
  return checkRatedBy(metrics, ratedByPlaces, new IdLookup(sheet), diagnostics);
}
