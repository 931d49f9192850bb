import { BODY } from './geometry.js';
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
const COLUMNS: readonly ColumnSpec[] = [
  { header: 'Section', width: 6.0 },
  { header: 'Slide', width: 1.2, align: 'right' },
];
const LEFT = BODY.x + (BODY.w - 7.2) / 2;

/**
 * Slide 4: each section and area with its slide number, both links to the slide. Composed twice:
 * once (numbers unknown) to learn how many slides it takes, then with the numbers; a number's
 * width never changes a row's height, so the count holds.
 */
export function composeContents(ctx: ComposeContext, entries: readonly ContentsEntry[], slideOf: ReadonlyMap<string, number>): SlideDraft[] {
  const style = { ...tableStyle(ctx.palette), text: textStyle(12), insetY: 0.05 };
  const rows = entries.map((entry): CellSpec[] => {
    const number = String(slideOf.get(entry.anchor) ?? 0);
    return [
      { runs: [linkRun(entry.text, ctx.links.to(entry.anchor), { colour: ctx.palette.theme.link })] },
      { runs: [linkRun(number, ctx.links.to(entry.anchor), { colour: ctx.palette.theme.link })] },
    ];
  });
  const pages = layoutTable(COLUMNS, rows, style, () => BODY.h);
  return pages.map((page, index) => slideDraft('contents', pageTitle(TITLE, index, pages.length), [placeTable(index === 0 ? 'Contents' : 'Contents (continued)', LEFT, BODY.y, COLUMNS, style, page)], index === 0 ? ['contents'] : []));
}
