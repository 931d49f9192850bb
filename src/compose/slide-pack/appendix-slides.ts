import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, LevelFigures, MetricView } from '../pack-model.js';
import { BODY, GUTTER } from './geometry.js';
import { paragraph, run } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { SlideItemView } from './slide-pack-view.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, type CellSpec, type ColumnSpec, type TablePage } from './table-layout.js';
import { shrinkToFit } from './shrink-to-fit.js';

const CAPTION_HEIGHT = 0.32;
const PERIOD_WIDTH = 1.0;
const ACTUAL_WIDTH = 1.2;
const PLAN_WIDTH = 1.15;

interface Block {
  readonly metric: MetricView;
  readonly columns: readonly ColumnSpec[];
  readonly page: TablePage;
  readonly continued: boolean;
  /** Inches: the table's width, and so its caption's. */
  readonly width: number;
}

/** Period | actual and plan at each level: every figure the metric's charts and tables draw on. */
function measuresTable(metric: MetricView): { columns: ColumnSpec[]; rows: CellSpec[][] } {
  const levels = metric.levels.filter((l) => l.history.length > 0);
  const periods = new Map<string, string>();
  for (const level of levels) for (const point of level.history) periods.set(point.period.key, point.period.label);
  const keys = [...periods.keys()].sort();
  const byKey = (level: LevelFigures) => new Map(level.history.map((p) => [p.period.key, p]));
  const indexed = levels.map(byKey);
  const columns: ColumnSpec[] = [
    { header: 'Period', width: PERIOD_WIDTH },
    ...levels.flatMap((l): ColumnSpec[] => [
      { header: `${l.levelName} actual`, width: ACTUAL_WIDTH, align: 'right' },
      { header: `${l.levelName} plan`, width: PLAN_WIDTH, align: 'right' },
    ]),
  ];
  const rows = keys.map((key): CellSpec[] => [
    cell(periods.get(key) ?? key),
    ...indexed.flatMap((points): CellSpec[] => {
      const point = points.get(key);
      return [cell(point?.actual?.display ?? NO_FIGURE), cell(point?.plan?.display ?? NO_FIGURE)];
    }),
  ]);
  return { columns, rows };
}

/** Appendix tables are dense: 24 periods and a header fit under the caption. */
function appendixStyle(ctx: ComposeContext) {
  return { ...tableStyle(ctx.palette), insetY: 0.02 };
}

function blocksOf(ctx: ComposeContext, area: AreaView): Block[] {
  const style = appendixStyle(ctx);
  return area.metrics.flatMap((metric) => {
    const { columns, rows } = measuresTable(metric);
    if (rows.length === 0) return [];
    const width = Math.min(BODY.w, columns.reduce((sum, c) => sum + c.width, 0));
    const pages = layoutTable(columns, rows, style, () => BODY.h - CAPTION_HEIGHT);
    return pages.map((page, index) => ({ metric, columns, page, continued: index > 0, width }));
  });
}

/**
 * Slide 10 onwards: the measures tables (period, actual, plan) of every metric, grouped by area,
 * set side by side as many to a slide as their widths allow (three single-level tables, two
 * with a provider's columns).
 */
export function composeAppendixSlides(ctx: ComposeContext): SlideDraft[] {
  const style = appendixStyle(ctx);
  const slides: SlideDraft[] = [];
  for (const area of ctx.model.areas) {
    const pages: SlideItemView[][] = [];
    let x = Number.POSITIVE_INFINITY;
    for (const block of blocksOf(ctx, area)) {
      if (x + block.width > BODY.x + BODY.w + 1e-6) {
        pages.push([]);
        x = BODY.x;
      }
      const caption = `${block.metric.label}${block.continued ? ' (continued)' : ''}`;
      const items = pages[pages.length - 1] as SlideItemView[];
      items.push(
        shrinkToFit({ name: `Caption ${block.metric.id}`, box: { x, y: BODY.y, w: block.width, h: CAPTION_HEIGHT }, paragraphs: [paragraph([run(caption, { bold: true })], { spaceAfter: 0 })], sizes: [10, 9, 8], colour: ctx.palette.theme.text, valign: 'middle' }),
        placeTable(`Measures ${block.metric.id}`, x, BODY.y + CAPTION_HEIGHT, block.columns, style, block.page),
      );
      x += block.width + GUTTER;
    }
    pages.forEach((items, index) => {
      const anchors = slides.length === 0 ? ['appendix'] : [];
      slides.push(slideDraft('appendix', pageTitle(`Appendix: ${area.name} measures`, index, pages.length), items, anchors));
    });
  }
  return slides;
}
