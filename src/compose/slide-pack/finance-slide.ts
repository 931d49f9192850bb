import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, FinanceView, PackModel, RatingView } from '../pack-model.js';
import { areaAnchor } from './anchors.js';
import { BODY } from './geometry.js';
import { narrativeSections } from './narrative-panels.js';
import type { ComposeContext, SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { cell, type CellSpec, type ColumnSpec } from './table-layout.js';
import { composeTableWithNarrative } from './table-with-narrative.js';

/**
 * The area whose narrative goes with the finance dashboard. The pack model does not link the
 * finance KPIs to an area, so it is taken to be the first area without metrics, when there are
 * finance KPIs at all (the sample's "Finance").
 */
export function financeAreaOf(model: PackModel): AreaView | undefined {
  return model.finance.length === 0 ? undefined : model.areas.find((area) => area.metrics.length === 0);
}

const FIGURE_WIDTH = 1.35;

function ratingCell(ctx: ComposeContext, rating: RatingView): CellSpec {
  const shade = ctx.palette.rating[rating.rating];
  return cell(rating.word, { bold: true, align: 'center', ...(shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour }) });
}

function common(values: readonly string[]): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/** The unit most KPIs share (percentages print their own % and do not count). */
function usualUnit(kpis: readonly FinanceView[]): string | undefined {
  const counts = new Map<string, number>();
  for (const k of kpis) if (k.unit !== '' && k.unit !== 'percent') counts.set(k.unit, (counts.get(k.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Slide 9: KPI | YTD target | YTD actual | rating | full-year target | forecast | rating, the
 * finance team's dashboard, with the finance narrative beneath. None when there are no KPIs.
 */
export function composeFinanceSlides(ctx: ComposeContext): SlideDraft[] {
  const kpis: readonly FinanceView[] = ctx.model.finance;
  if (kpis.length === 0) return [];
  const unit = usualUnit(kpis);
  const asAt = common(kpis.map((k) => k.asAt));
  const inHeader = unit === undefined ? '' : ` (${unit})`;
  const columns: ColumnSpec[] = [
    { header: 'KPI', width: BODY.w - 6 * FIGURE_WIDTH },
    { header: `Year-to-date target${inHeader}`, width: FIGURE_WIDTH, align: 'right' },
    { header: `Year-to-date actual${inHeader}`, width: FIGURE_WIDTH, align: 'right' },
    { header: 'Year-to-date rating', width: FIGURE_WIDTH, align: 'center' },
    { header: `Full-year target${inHeader}`, width: FIGURE_WIDTH, align: 'right' },
    { header: `Forecast outturn${inHeader}`, width: FIGURE_WIDTH, align: 'right' },
    { header: 'Full-year rating', width: FIGURE_WIDTH, align: 'center' },
  ];
  const rows = kpis.map((k): CellSpec[] => [
    cell(`${k.kpi}${k.unit !== unit && k.unit !== 'percent' && k.unit !== '' ? ` (${k.unit})` : ''}${asAt === undefined ? ` (as at ${k.asAt})` : ''}`),
    cell(k.yearToDate.target ?? NO_FIGURE),
    cell(k.yearToDate.actual ?? NO_FIGURE),
    ratingCell(ctx, k.yearToDate.rating),
    cell(k.fullYear.target ?? NO_FIGURE),
    cell(k.fullYear.forecast ?? NO_FIGURE),
    ratingCell(ctx, k.fullYear.rating),
  ]);
  const area = financeAreaOf(ctx.model);
  return composeTableWithNarrative(ctx, {
    kind: 'finance',
    title: `Use of resources: finance dashboard${asAt === undefined ? '' : ` (as at ${asAt})`}`,
    anchors: area === undefined ? ['finance'] : ['finance', areaAnchor(area)],
    tableName: 'Finance KPI dashboard',
    columns,
    rows,
    style: tableStyle(ctx.palette),
    ...(area === undefined ? {} : { sections: narrativeSections(ctx, area) }),
    links: [{ text: 'Back to summary', anchor: 'summary' }],
  });
}
