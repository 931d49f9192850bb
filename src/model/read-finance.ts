import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { DIRECTIONS, RATINGS, UNITS } from '../format/choices.js';
import { cellOf, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';
import { choiceCell, integerCell, monthCell, rawValue, requiredText, ruleOfIssue } from './cell-schemas.js';
import { figureCell } from './figure-cell.js';
import { warnIfFraction } from './fraction-warning.js';
import { suppressSmallCount } from './suppression.js';
import type { Figure, FinanceFigures, FinanceKpi, GivenRating, Unit } from './pack-workbook.js';
import { parseRows } from './parse-rows.js';
import { periodKey, periodLabel } from './period.js';
import { DIRECTION_OF_WORD, UNIT_OF_WORD } from './read-metrics.js';
import { GIVEN_RATING_OF_WORD } from './read-values.js';
import { uniqueRows } from './unique.js';

const rating = choiceCell(RATINGS, 'the rating', false);

/**
 * The decimals a finance KPI prints with where its Decimals cell is blank: finance papers print
 * £m and percentages to two places (85.65, 50.42%) and £'000 and counts whole (1,973,611).
 */
export function defaultFinanceDecimals(unit: Unit): number {
  return unit === 'gbp-thousands' || unit === 'count' ? 0 : 2;
}

const FinanceRow = z.object({
  month: monthCell(),
  asAt: monthCell('"As at"'),
  kpi: requiredText({ what: "the KPI's wording" }),
  unit: choiceCell(UNITS, 'the unit', true),
  decimals: integerCell('the number of decimals', 0, 6, undefined),
  direction: choiceCell(DIRECTIONS, 'the direction', true),
  ytdTarget: rawValue,
  ytdActual: rawValue,
  ytdRating: rating,
  fyTarget: rawValue,
  fyForecast: rawValue,
  fyRating: rating,
});

/**
 * Reads the Finance sheet: the KPI dashboard for each month. A KPI that counts follows the pack's
 * suppression rule (`suppressBelow`) in its year-to-date actual and forecast outturn, which may be
 * typed `*` where the source suppressed them; targets are plans and print as typed.
 */
export function readFinance(sheet: RawSheet | undefined, suppressBelow: number, diagnostics: Diagnostics): FinanceKpi[] {
  if (sheet === undefined) return [];
  const rows = uniqueRows(parseRows(sheet, FinanceRow, diagnostics), (d) => `${periodKey(d.month)}|${d.kpi.toLowerCase()}`, (d) => `the KPI "${d.kpi}" for ${periodLabel(d.month)}`, diagnostics);
  const kpis: FinanceKpi[] = [];
  for (const { row, data } of rows) {
    const unit = UNIT_OF_WORD[data.unit];
    let failed = false;
    const figure = (key: 'ytdTarget' | 'ytdActual' | 'fyTarget' | 'fyForecast', raw: RawValue, what: string): Figure | undefined => {
      const observed = key === 'ytdActual' || key === 'fyForecast';
      const parsed = figureCell({ unit, allowOver100: true, allowSuppressed: observed, what }).safeParse(raw);
      const cell = cellOf(row, key, sheet.columns);
      if (parsed.success && unit === 'percent') warnIfFraction(cell, diagnostics);
      if (parsed.success) return observed ? suppressSmallCount(parsed.data, unit === 'count' ? suppressBelow : 0) : parsed.data;
      const place = cell.place;
      for (const issue of parsed.error.issues) diagnostics.error(issue.message, place, ruleOfIssue(issue));
      failed = true;
      return undefined;
    };
    const figures = (target: Figure | undefined, value: Figure | undefined, given: GivenRating | undefined): FinanceFigures => ({
      ...(target?.kind === 'number' ? { target: target.value } : {}),
      ...(value === undefined ? {} : { value }),
      ...(given === undefined ? {} : { givenRating: given }),
    });
    const yearToDate = figures(figure('ytdTarget', data.ytdTarget, 'the YTD target'), figure('ytdActual', data.ytdActual, 'the YTD actual'), data.ytdRating && GIVEN_RATING_OF_WORD[data.ytdRating]);
    const fullYear = figures(figure('fyTarget', data.fyTarget, 'the full-year target'), figure('fyForecast', data.fyForecast, 'the forecast outturn'), data.fyRating && GIVEN_RATING_OF_WORD[data.fyRating]);
    if (failed) continue;
    kpis.push({ month: data.month, asAt: data.asAt, kpi: data.kpi, unit, decimals: data.decimals ?? defaultFinanceDecimals(unit), direction: DIRECTION_OF_WORD[data.direction], yearToDate, fullYear });
  }
  return kpis;
}
