import { NO_FIGURE } from './format-figure.js';
import type { LevelFigures, MetricView } from './pack-model.js';
import { oneLine } from './words.js';

/**
 * What a plan cell prints, in every table of both documents, so the cover report and the slide
 * pack can never print a metric's plan two ways.
 *
 * - `year-end`: the year-end plan as the workbook gives it, a figure (78.2%) or words
 *   ("Reduction 2023 4"); `–` where there is none.
 * - `period`: the plan for the period rated at the level given. Where the level has no plan figure
 *   and the metric's plan is in words, the words print at the headline level (the level the
 *   metric is rated on): the metric has a plan, just not a number, and `–` would say it has none.
 *   Other levels print `–`.
 */
export function planCellText(metric: MetricView, column: 'year-end'): string;
export function planCellText(metric: MetricView, column: 'period', level: LevelFigures | undefined): string;
export function planCellText(metric: MetricView, column: 'year-end' | 'period', level?: LevelFigures): string {
  const worded = wordedPlan(metric);
  if (column === 'year-end') return metric.yearEndPlan === undefined ? NO_FIGURE : oneLine(metric.yearEndPlan.display);
  if (level?.plan !== undefined) return level.plan.display;
  const atHeadline = level === undefined || level.level === metric.headlineLevel;
  return worded !== undefined && atHeadline ? worded : NO_FIGURE;
}

/** The metric's plan in words ("Reduce 21/22 *"), where its year-end plan is not a figure. */
function wordedPlan(metric: MetricView): string | undefined {
  const plan = metric.yearEndPlan;
  return plan !== undefined && plan.value === undefined ? oneLine(plan.display) : undefined;
}
