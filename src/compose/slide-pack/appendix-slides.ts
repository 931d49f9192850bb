import { figureUnderHeading, HEADING_UNIT } from '../format-figure.js';
import type { AreaView, LevelFigures, MetricView } from '../pack-model.js';
import { GUTTER } from './geometry.js';
import { paragraph, run } from './rich-text.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, ParagraphView, SlideItemView } from './slide-pack-view.js';
import { tableStyle } from './styles.js';
import { cell, fitColumns, layoutTable, placeTable, type CellSpec, type ColumnSpec, type TablePage } from './table-layout.js';
import { heightFor, textBox } from './text-box.js';
import { textStyle } from './text-flow.js';

/** Room kept for a caption when a table is paginated: three lines at 9 pt. */
const CAPTION_HEIGHT = 0.55;
const CAPTION_TEXT = textStyle(9);
const PERIOD_WIDTH = 0.75;
const ACTUAL_WIDTH = 0.78;
const PLAN_WIDTH = 0.78;

interface Block {
  readonly area: AreaView;
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
  // A unit printed after each figure (per 1,000, £m) goes in the headings instead, once.
  const unit = HEADING_UNIT[metric.unitCode];
  const ofUnit = unit === undefined ? '' : ` (${unit})`;
  const style = { unit: metric.unitCode, decimals: metric.decimals };
  const columns: ColumnSpec[] = [
    { header: 'Period', width: PERIOD_WIDTH },
    ...levels.flatMap((l): ColumnSpec[] => [
      { header: `${l.levelName} actual${ofUnit}`, width: ACTUAL_WIDTH, align: 'right' },
      { header: `${l.levelName} plan${ofUnit}`, width: PLAN_WIDTH, align: 'right' },
    ]),
  ];
  const rows = keys.map((key): CellSpec[] => [
    cell(periods.get(key) ?? key),
    ...indexed.flatMap((points): CellSpec[] => {
      const point = points.get(key);
      return [cell(figureUnderHeading(point?.actual, style)), cell(figureUnderHeading(point?.plan, style))];
    }),
  ]);
  return { columns, rows };
}

/** Appendix tables are dense: 24 periods and a header fit under the caption. */
function appendixStyle(ctx: ComposeContext) {
  return { ...tableStyle(ctx), insetY: 0.02 };
}

/** A metric's measures table, its columns narrowed to the body where they are wider. */
function tableOf(ctx: ComposeContext, metric: MetricView) {
  const table = measuresTable(metric);
  const columns = fitColumns(table.columns, contentBody(ctx).w, undefined, { rows: table.rows, style: appendixStyle(ctx) });
  return { rows: table.rows, columns, width: Math.min(contentBody(ctx).w, columns.reduce((sum, c) => sum + c.width, 0)) };
}

/**
 * The room every caption is given: 0.55 in, or the most a caption takes where a narrow body's
 * tables wrap one onto more lines ("(continued)" included).
 */
function captionRoom(tables: readonly MetricTable[]): number {
  const heights = tables.map(({ area, metric, table }) => heightFor(captionOf({ area, metric, continued: true }), table.width, CAPTION_TEXT));
  return Math.max(CAPTION_HEIGHT, ...heights);
}

/** A metric's measures table, with the area it is listed under. */
interface MetricTable {
  readonly area: AreaView;
  readonly metric: MetricView;
  readonly table: ReturnType<typeof tableOf>;
}

function blocksOf(ctx: ComposeContext, tables: readonly MetricTable[], caption: number): Block[] {
  const style = appendixStyle(ctx);
  const BODY = contentBody(ctx);
  return tables.flatMap(({ area, metric, table: { rows, columns, width } }) => {
    if (rows.length === 0) return [];
    const pages = layoutTable(columns, rows, style, () => BODY.h - caption);
    return pages.map((page, index) => ({ area, metric, columns, page, continued: index > 0, width }));
  });
}

/** A table's caption: its area and measure, in as many lines as they take. */
function captionOf(block: Pick<Block, 'area' | 'metric' | 'continued'>): ParagraphView[] {
  return [paragraph([run(`${block.area.name}: `), run(`${block.metric.label}${block.continued ? ' (continued)' : ''}`, { bold: true })], { spaceAfter: 0 })];
}

/** A table placed on a slide: its column's left edge and the top of its caption. */
interface Placed {
  readonly block: Block;
  readonly x: number;
  readonly y: number;
}

/**
 * The tables packed onto slides in reading order: down a column while the next table is no wider
 * than the column and fits under the one before (a quarter's or a year's few rows stack), then the
 * next column to the right, then a new slide. Each table is counted with the most room a caption
 * takes; the slide's captions are then set at one height, that of its longest.
 */
function packed(BODY: Box, blocks: readonly Block[], caption: number): Placed[][] {
  const slides: Placed[][] = [];
  const bottom = BODY.y + BODY.h;
  let column = { x: Number.POSITIVE_INFINITY, w: 0, y: bottom };
  for (const block of blocks) {
    const needs = caption + block.page.h;
    const stacks = block.width <= column.w + 1e-6 && column.y + GUTTER + needs <= bottom + 1e-6;
    if (stacks) {
      (slides[slides.length - 1] as Placed[]).push({ block, x: column.x, y: column.y + GUTTER });
      column = { ...column, y: column.y + GUTTER + needs };
      continue;
    }
    const x = column.x + column.w + GUTTER;
    if (x + block.width > BODY.x + BODY.w + 1e-6) {
      slides.push([]);
      column = { x: BODY.x, w: block.width, y: BODY.y + needs };
    } else column = { x, w: block.width, y: BODY.y + needs };
    (slides[slides.length - 1] as Placed[]).push({ block, x: column.x, y: column.y - needs });
  }
  return slides;
}

/**
 * Appendix B: the measures tables (period, actual, plan at each level) of every metric, area by
 * area, set side by side and stacked where short (see {@link packed}), one area running on into
 * the next; each table's caption names its area and measure, and the captions of a slide take one
 * height so its tables start level.
 */
export function composeAppendixSlides(ctx: ComposeContext): SlideDraft[] {
  const style = appendixStyle(ctx);
  // each metric's table made once, for the captions' room and for the slides
  const tables = ctx.model.areas.flatMap((area) => area.metrics.map((metric): MetricTable => ({ area, metric, table: tableOf(ctx, metric) })));
  const caption = captionRoom(tables);
  const slides = packed(contentBody(ctx), blocksOf(ctx, tables, caption), caption);
  return slides.map((placed, index) => {
    const captionHeight = Math.max(...placed.map(({ block }) => heightFor(captionOf(block), block.width, CAPTION_TEXT)));
    const columnTop = new Map<number, number>();
    const items = placed.flatMap(({ block, x, y }): SlideItemView[] => {
      // Within a column, each table follows the one above at its real height.
      const top = columnTop.get(x) ?? y;
      columnTop.set(x, top + captionHeight + block.page.h + GUTTER);
      return [
        textBox({ name: `Caption ${block.metric.id}`, box: { x, y: top, w: block.width, h: captionHeight }, paragraphs: captionOf(block), style: CAPTION_TEXT, colour: ctx.palette.theme.text }),
        placeTable(`Measures ${block.metric.id}`, x, top + captionHeight, block.columns, style, block.page),
      ];
    });
    return slideDraft(ctx, 'appendix', pageTitle('Appendix B: every figure, area by area', index, slides.length), items, index === 0 ? ['appendix'] : []);
  });
}
