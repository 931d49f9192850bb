import { linkRun } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import { tableStyle } from './styles.js';
import { layoutTable, placeTable, type CellSpec, type ColumnSpec } from './table-layout.js';
import { textStyle } from './text-flow.js';

export interface ContentsEntry {
  readonly text: string;
  readonly anchor: string;
}

const TITLE = 'Contents';
const SLIDE_COLUMN = 1.2;
/** The section column: 6 in, or what the body leaves beside the slide numbers. */
const columnsFor = (width: number): readonly ColumnSpec[] => [
  { header: 'Section', width: Math.min(6.0, width - SLIDE_COLUMN) },
  { header: 'Slide', width: SLIDE_COLUMN, align: 'right' },
];

/**
 * Slide 4: each section and area with its slide number, both links to the slide. Composed twice:
 * once (numbers unknown) to learn how many slides it takes, then with the numbers; a number's
 * width never changes a row's height, so the count holds.
 */
export function composeContents(ctx: ComposeContext, entries: readonly ContentsEntry[], slideOf: ReadonlyMap<string, number>): SlideDraft[] {
  const style = { ...tableStyle(ctx), text: textStyle(12), insetY: 0.05 };
  const rows = entries.map((entry): CellSpec[] => {
    const number = String(slideOf.get(entry.anchor) ?? 0);
    return [
      { runs: [linkRun(entry.text, ctx.links.to(entry.anchor), { colour: ctx.palette.theme.link })] },
      { runs: [linkRun(number, ctx.links.to(entry.anchor), { colour: ctx.palette.theme.link })] },
    ];
  });
  const body = ctx.frame.layouts.content.body;
  const columns = columnsFor(body.w);
  const left = body.x + (body.w - columns.reduce((sum, c) => sum + c.width, 0)) / 2;
  const pages = layoutTable(columns, rows, style, () => body.h);
  return pages.map((page, index) => slideDraft(ctx, 'contents', pageTitle(TITLE, index, pages.length), [placeTable(index === 0 ? 'Contents' : 'Contents (continued)', left, body.y, columns, style, page)], index === 0 ? ['contents'] : []));
}
