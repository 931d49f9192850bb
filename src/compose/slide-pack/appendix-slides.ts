import { NO_FIGURE } from '../format-figure.js';
import type { AreaView, LevelFigures, MetricView } from '../pack-model.js';
import { BODY, GUTTER } from './geometry.js';
import { paragraph, run } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { ParagraphView, SlideItemView } from './slide-pack-view.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, type CellSpec, type ColumnSpec, type TablePage } from './table-layout.js';
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
    return pages.map((page, index) => ({ area, metric, columns, page, continued: index > 0, width }));
  });
}

/** A table's caption: its area and measure, in as many lines as they take. */
function captionOf(block: Block): ParagraphView[] {
  return [paragraph([run(`${block.area.name}: `), run(`${block.metric.label}${block.continued ? ' (continued)' : ''}`, { bold: true })], { spaceAfter: 0 })];
}

/**
 * Appendix B: the measures tables (period, actual, plan at each level) of every metric, area by
 * area, set side by side as many to a slide as their widths allow, one area running on into the
 * next; each table's caption names its area and measure, and the tables of a slide start level,
 * under its longest caption.
 */
export function composeAppendixSlides(ctx: ComposeContext): SlideDraft[] {
  const style = appendixStyle(ctx);
  const slides: Block[][] = [];
  let x = Number.POSITIVE_INFINITY;
  for (const block of ctx.model.areas.flatMap((area) => blocksOf(ctx, area))) {
    if (x + block.width > BODY.x + BODY.w + 1e-6) {
      slides.push([]);
      x = BODY.x;
    }
    (slides[slides.length - 1] as Block[]).push(block);
    x += block.width + GUTTER;
  }
  return slides.map((blocks, index) => {
    const captionHeight = Math.max(...blocks.map((b) => heightFor(captionOf(b), b.width, CAPTION_TEXT)));
    let left = BODY.x;
    const items = blocks.flatMap((block): SlideItemView[] => {
      const at = left;
      left += block.width + GUTTER;
      return [
        textBox({ name: `Caption ${block.metric.id}`, box: { x: at, y: BODY.y, w: block.width, h: captionHeight }, paragraphs: captionOf(block), style: CAPTION_TEXT, colour: ctx.palette.theme.text }),
        placeTable(`Measures ${block.metric.id}`, at, BODY.y + captionHeight, block.columns, style, block.page),
      ];
    });
    return slideDraft('appendix', pageTitle('Appendix B: every figure, area by area', index, slides.length), items, index === 0 ? ['appendix'] : []);
  });
}
