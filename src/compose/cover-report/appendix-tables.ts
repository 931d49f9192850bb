import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, FinanceView, MetricView, PackModel, RatingView } from '../pack-model.js';
import type { BlockView, CellView, ColumnView, ParagraphView, TableView } from './cover-report-view.js';
import { byHandMark, noteMark, noteNumbers, tableNotes, type TableNote } from '../table-marks.js';
import { financeTableLayout } from '../finance-table.js';
import { planCellText } from '../plan-cell.js';
import { spcMarks, type SpcMark } from '../spc-marks.js';
import { oneLine } from '../words.js';

/**
 * The tables of Appendices A and B. A rating cell carries its word (Green, Amber, Red, N/A) as its
 * text and its rating for the shading; an SPC cell carries its icon's word and its colour for the
 * circle before it: the colour is never the only sign.
 */

/** Printed where a figure is not given. */

/** A rating's cell: its word, marked † where it was set by hand (the reason in a note under the table). */
function ratingCell(rating: RatingView): CellView {
  return { text: `${rating.word}${byHandMark(rating.setByHand)}`, rating: rating.rating };
}

function column(heading: string, width: number, align: ColumnView['align'] = 'left'): ColumnView {
  return { heading, width, align };
}

const METRIC_COLUMNS: readonly ColumnView[] = [
  column('Area', 11),
  column('Priority', 33),
  column('Level', 5),
  column('Current period', 7, 'centre'),
  column('Plan', 9, 'right'),
  column('Actual', 9, 'right'),
  column('Rating', 7, 'centre'),
  column('Variation', 10),
  column('Assurance', 9),
];

/** An SPC reading's cell: the icon's coloured circle and word, or why there is none. */
function spcCell(mark: SpcMark): CellView {
  return mark.icon === undefined ? { text: mark.text } : { text: mark.text, icon: { colour: mark.icon.colour } };
}

function metricRow(model: PackModel, area: AreaView, metric: MetricView, notes: ReadonlyMap<string, number>): CellView[] {
  const level = metric.levels.find((l) => l.level === metric.headlineLevel);
  const levelName = model.levels.find((l) => l.id === metric.headlineLevel)?.shortName ?? level?.levelName ?? NO_FIGURE;
  const spc = spcMarks(metric, model.colours.spc);
  return [
    { text: oneLine(area.name) },
    { text: `${oneLine(metric.priority)}${noteMark(notes, metric)}` },
    { text: levelName },
    { text: metric.currentPeriod?.label ?? NO_FIGURE },
    { text: planCellText(metric, 'period', level) },
    { text: level?.actual?.display ?? NO_FIGURE },
    ratingCell(metric.rating),
    spcCell(spc.variation),
    spcCell(spc.assurance),
  ];
}

/** Appendix A: every metric of the pack, area by area. */
function metricsTable(model: PackModel): TableView {
  const metrics = model.areas.flatMap((area) => area.metrics);
  const notes = noteNumbers(metrics);
  return {
    kind: 'table',
    title: `Performance metrics, ${model.month.label}`,
    caption: `Every metric in the pack for ${model.month.label}: area, priority, level, current period, plan, actual, rating, and the SPC variation and assurance.`,
    columns: METRIC_COLUMNS,
    rows: model.areas.flatMap((area) => area.metrics.map((metric) => metricRow(model, area, metric, notes))),
    width: 100,
  };
}

/** The notes under a table, each a paragraph: `† Stillbirths: Amber, set by hand: …`. */
export function noteBlocks(notes: readonly TableNote[]): ParagraphView[] {
  return notes.map((note) => ({ kind: 'paragraph', list: 'plain', runs: [{ text: `${note.mark} ${note.text}` }] }));
}

/** Appendix A's table and the notes under it. */
export function metricsTableWithNotes(model: PackModel): BlockView[] {
  return [metricsTable(model), ...noteBlocks(tableNotes(model.areas.flatMap((area) => area.metrics), 'headline'))];
}

/** Shares of the width: the KPI's wording, then three figures and a rating for each of the year to date and the full year. */
const FINANCE_WIDTHS = [36, 11, 11, 10, 11, 11, 10] as const;
const FINANCE_ALIGN: readonly ColumnView['align'][] = ['left', 'right', 'right', 'centre', 'right', 'right', 'centre'];

function financeRow(kpi: FinanceView, label: string): CellView[] {
  return [
    { text: label },
    { text: kpi.yearToDate.target ?? NO_FIGURE },
    { text: kpi.yearToDate.actual ?? NO_FIGURE },
    ratingCell(kpi.yearToDate.rating),
    { text: kpi.fullYear.target ?? NO_FIGURE },
    { text: kpi.fullYear.forecast ?? NO_FIGURE },
    ratingCell(kpi.fullYear.rating),
  ];
}

/**
 * Appendix B: the finance KPIs with their year-to-date and forecast ratings, laid out as the slide
 * pack's dashboard is (see `financeTableLayout`): the unit in the headings, negatives in brackets.
 */
export function financeTable(model: PackModel): TableView {
  const { unit, asAt, headings, labels } = financeTableLayout(model.finance);
  return {
    kind: 'table',
    title: 'Finance KPIs',
    caption: `The finance KPIs${asAt === undefined ? '' : ` as at ${asAt}`}: year-to-date target, actual and rating; full-year target, forecast outturn and rating.${unit === undefined ? '' : ` Figures in ${unit} unless the KPI names its unit; negative figures in brackets.`}`,
    columns: headings.map((heading, i) => column(heading, FINANCE_WIDTHS[i] ?? 0, FINANCE_ALIGN[i])),
    rows: model.finance.map((kpi, i) => financeRow(kpi, labels[i] ?? oneLine(kpi.kpi))),
    width: 100,
  };
}
