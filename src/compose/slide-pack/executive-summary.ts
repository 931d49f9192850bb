import type { ThreeAsItemView } from '../pack-model.js';
import { GUTTER } from './geometry.js';
import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, ParagraphView, TextBoxView } from './slide-pack-view.js';
import { TEXT_INSET, heightFor, innerHeight, innerWidth, textBox } from './text-box.js';
import { takeParagraphs, textStyle, type TextStyle } from './text-flow.js';

type ThreeAsBox = 'alert' | 'assure' | 'advise' | 'update';

const BOXES: readonly { readonly box: ThreeAsBox; readonly heading: string }[] = [
  { box: 'alert', heading: 'Alert' },
  { box: 'assure', heading: 'Assure' },
  { box: 'advise', heading: 'Advise' },
  { box: 'update', heading: 'Update, risk and learning on plans' },
];

const TITLE = 'Executive summary';
const HEADING_HEIGHT = 0.36;
const halfWidth = (body: Box): number => (body.w - GUTTER) / 2;
/** Sizes to try so that every box fits one slide; below the last, the boxes continue instead. */
const SIZES = [12, 11, 10] as const;
const SMALLEST = 10;

/** The box of the 3As at `index` (alert, assure / advise, update), the two rows `rows` inches tall. */
function frame(body: Box, index: number, rows: readonly [number, number]): Box {
  const row = Math.floor(index / 2);
  return { x: body.x + (index % 2) * (halfWidth(body) + GUTTER), y: body.y + (row === 0 ? 0 : rows[0] + GUTTER), w: halfWidth(body), h: rows[row === 0 ? 0 : 1] };
}

/** The two columns of a further slide, each the body's full height. */
const columnsOf = (body: Box): readonly Box[] => [0, 1].map((i) => ({ x: body.x + i * (halfWidth(body) + GUTTER), y: body.y, w: halfWidth(body), h: body.h }));

/**
 * The rows' heights at which every box fits at this size: each row as tall as its fuller box,
 * the spare height shared between them. Undefined when the boxes cannot all fit.
 */
function rowsThatFit(body: Box, content: Record<ThreeAsBox, readonly ParagraphView[]>, style: TextStyle): [number, number] | undefined {
  const { top, bottom } = rowsNeed(body, content, style);
  const spare = body.h - GUTTER - top - bottom;
  return spare < 0 ? undefined : [top + spare / 2, bottom + spare / 2];
}

/** The height each row of boxes needs for all its items, headings included. */
function rowsNeed(body: Box, content: Record<ThreeAsBox, readonly ParagraphView[]>, style: TextStyle): { top: number; bottom: number } {
  const need = BOXES.map(({ box }) => heightFor(content[box], halfWidth(body), style) + HEADING_HEIGHT);
  return { top: Math.max(need[0] ?? 0, need[1] ?? 0), bottom: Math.max(need[2] ?? 0, need[3] ?? 0) };
}

/**
 * The rows' heights where the boxes cannot all fit: a row that fits in half the height gets what
 * it needs and the other row the rest (so that only the boxes too long for any slide continue),
 * else half each.
 */
function rowsForOverflow(body: Box, content: Record<ThreeAsBox, readonly ParagraphView[]>, style: TextStyle): readonly [number, number] {
  const { top, bottom } = rowsNeed(body, content, style);
  const height = body.h - GUTTER;
  if (bottom <= height / 2) return [height - bottom, bottom];
  if (top <= height / 2) return [top, height - top];
  return [height / 2, height / 2];
}

/** An item as a bullet; a drafted one marked DRAFTED and set in italics, for its author to edit or delete. */
function itemParagraph(ctx: ComposeContext, item: ThreeAsItemView): ParagraphView {
  if (!item.drafted) return paragraph([run(item.text)], { bullet: true });
  return paragraph([run('DRAFTED: ', { bold: true, italic: true, colour: ctx.palette.theme.muted }), run(item.text, { italic: true })], { bullet: true });
}

/**
 * Each box's items as the pack model holds them (the officers', or in a draft those drafted from
 * the figures for a box they left empty); a line saying there are none where a box has none.
 */
function boxParagraphs(ctx: ComposeContext): Record<ThreeAsBox, ParagraphView[]> {
  const { model, palette } = ctx;
  const none = (box: ThreeAsBox) => {
    const words = ctx.options.mode === 'draft' && box !== 'update' ? 'None this month: no measure meets the rule for drafting an item here.' : 'None this month.';
    return [paragraph([run(words, { italic: true, colour: palette.theme.muted })])];
  };
  const of = (box: ThreeAsBox): ParagraphView[] => (model.threeAs[box].length === 0 ? none(box) : model.threeAs[box].map((item) => itemParagraph(ctx, item)));
  return { alert: of('alert'), assure: of('assure'), advise: of('advise'), update: of('update') };
}

/**
 * As many whole items as fit `height` inches: an item is never split between slides. Only an item
 * taller than a whole box (which the 3As sheet's length limit rules out) is split, so that nothing
 * overflows and nothing is lost.
 */
function takeWholeItems(paragraphs: readonly ParagraphView[], body: Box, style: TextStyle): { taken: readonly ParagraphView[]; rest: readonly ParagraphView[] } {
  let count = 0;
  while (count < paragraphs.length && heightFor(paragraphs.slice(0, count + 1), body.w, style) <= body.h) count += 1;
  if (count === 0 && paragraphs.length > 0) return takeParagraphs(paragraphs, innerWidth(body.w, TEXT_INSET), innerHeight(body.h, TEXT_INSET), style);
  return { taken: paragraphs.slice(0, count), rest: paragraphs.slice(count) };
}

function heading(ctx: ComposeContext, box: ThreeAsBox, text: string, at: Box, style: TextStyle): TextBoxView {
  const shade = ctx.palette.threeAs[box];
  // at 12 pt on one line; smaller where a narrow template's box needs it
  const largest = Math.max(style.fontSize, 12);
  return shrinkToFit({
    name: `${text} heading`,
    box: { ...at, h: HEADING_HEIGHT },
    paragraphs: [paragraph([run(text, { bold: true })], { spaceAfter: 0 })],
    sizes: [largest, largest - 1, largest - 2, largest - 3],
    colour: shade.colour,
    fill: shade.fill,
    valign: 'middle',
  });
}

type BoxItems = Record<ThreeAsBox, readonly ParagraphView[]>;

const bodyOf = (at: Box): Box => ({ x: at.x, y: at.y + HEADING_HEIGHT, w: at.w, h: at.h - HEADING_HEIGHT });

/** A column of a further slide: some of one box's items. */
interface Segment {
  readonly box: (typeof BOXES)[number];
  readonly items: readonly ParagraphView[];
}

/**
 * The items a box has left after the first slide, in as few columns as hold them, shared evenly
 * between those columns: whole items, in order.
 */
function segmentsOf(column: Box, box: (typeof BOXES)[number], items: readonly ParagraphView[], style: TextStyle): Segment[] {
  const body = bodyOf(column);
  let columns = 0;
  for (let left = items; left.length > 0; left = takeWholeItems(left, body, style).rest) columns += 1;
  const segments: Segment[] = [];
  let left = items;
  while (left.length > 0) {
    const fits = takeWholeItems(left, body, style);
    if (fits.taken[0] !== left[0]) {
      // an item taller than a column, split as a last resort: its rest goes on
      segments.push({ box, items: fits.taken });
      left = fits.rest;
      continue;
    }
    const share = Math.min(fits.taken.length, Math.ceil(left.length / Math.max(1, columns - segments.length)));
    segments.push({ box, items: fits.taken.slice(0, share) });
    left = left.slice(share);
  }
  return segments;
}

/**
 * The executive summary: the four boxes on one slide, the text at the largest size at which every
 * box fits, each row of boxes as tall as its fuller box needs. Where even the smallest size will
 * not do, each box takes the whole items that fit and the rest continue on further slides in two
 * columns, a box's items shared evenly between the columns they need: no item is split between
 * slides, nothing overflows and nothing is lost.
 */
export function composeExecutiveSummary(ctx: ComposeContext): SlideDraft[] {
  const content = boxParagraphs(ctx);
  const body = ctx.frame.layouts.content.body;
  const columns = columnsOf(body);
  const fitting = SIZES.map((size) => ({ size, rows: rowsThatFit(body, content, textStyle(size)) })).find((f) => f.rows !== undefined);
  const style = textStyle(fitting?.size ?? SMALLEST);
  const rows = fitting?.rows ?? rowsForOverflow(body, content, style);
  const itemsBox = (text: string, body: Box, paragraphs: readonly ParagraphView[]) =>
    textBox({ name: `${text} items`, box: body, paragraphs, style, colour: ctx.palette.theme.text, fill: ctx.palette.theme.panel });

  const first: TextBoxView[] = [];
  const segments: Segment[] = [];
  BOXES.forEach((entry, index) => {
    const at = frame(body, index, rows);
    const { taken, rest } = takeWholeItems(content[entry.box], bodyOf(at), style);
    first.push(heading(ctx, entry.box, entry.heading, at, style), itemsBox(entry.heading, bodyOf(at), taken));
    segments.push(...segmentsOf(columns[0] ?? body, entry, rest, style));
  });
  const pages: TextBoxView[][] = [first];
  for (let i = 0; i < segments.length; i += columns.length) {
    pages.push(
      segments.slice(i, i + columns.length).flatMap(({ box, items }, column) => {
        const at = columns[column] ?? body;
        return [heading(ctx, box.box, `${box.heading} (continued)`, at, style), itemsBox(box.heading, bodyOf(at), items)];
      }),
    );
  }
  return pages.map((items, index) => slideDraft(ctx, 'executive-summary', pageTitle(TITLE, index, pages.length), items, index === 0 ? ['executive-summary'] : []));
}
