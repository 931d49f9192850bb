import { draftThreeAs } from './draft-three-as.js';
import { BODY, GUTTER } from './geometry.js';
import { paragraph, run } from './rich-text.js';
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
const BOX_WIDTH = (BODY.w - GUTTER) / 2;
const BOX_HEIGHT = (BODY.h - GUTTER) / 2;
/** Sizes to try so that every box fits one slide; below the last, the boxes continue instead. */
const SIZES = [12, 11, 10] as const;

/** The box of the 3As at `index` (alert, assure / advise, update), the two rows `rows` inches tall. */
function frame(index: number, rows: readonly [number, number]): Box {
  const row = Math.floor(index / 2);
  return { x: BODY.x + (index % 2) * (BOX_WIDTH + GUTTER), y: BODY.y + (row === 0 ? 0 : rows[0] + GUTTER), w: BOX_WIDTH, h: rows[row === 0 ? 0 : 1] };
}

const EVEN_ROWS: readonly [number, number] = [BOX_HEIGHT, BOX_HEIGHT];

/**
 * The rows' heights at which every box fits at this size: each row as tall as its fuller box,
 * the spare height shared between them. Undefined when the boxes cannot all fit.
 */
function rowsThatFit(content: Record<ThreeAsBox, readonly ParagraphView[]>, style: TextStyle): [number, number] | undefined {
  const need = BOXES.map(({ box }) => heightFor(content[box], BOX_WIDTH, style) + HEADING_HEIGHT);
  const top = Math.max(need[0] ?? 0, need[1] ?? 0);
  const bottom = Math.max(need[2] ?? 0, need[3] ?? 0);
  const spare = BODY.h - GUTTER - top - bottom;
  return spare < 0 ? undefined : [top + spare / 2, bottom + spare / 2];
}

/**
 * Each box's items: the officers' where they gave any; in a draft, items drafted from the figures
 * (marked DRAFTED) for a box they left empty; otherwise a line saying there is none.
 */
function boxParagraphs(ctx: ComposeContext): Record<ThreeAsBox, ParagraphView[]> {
  const { model, options, palette } = ctx;
  const drafted = options.mode === 'draft' ? draftThreeAs(model) : undefined;
  const none = [paragraph([run('None this month.', { italic: true, colour: palette.theme.muted })])];
  const of = (box: ThreeAsBox): ParagraphView[] => {
    const given = model.threeAs[box];
    if (given.length > 0) return given.map((item) => paragraph([run(item.text)], { bullet: true }));
    const draftedItems = box === 'update' ? [] : (drafted?.[box] ?? []);
    if (draftedItems.length > 0) {
      return draftedItems.map((item) => paragraph([run('DRAFTED: ', { bold: true, italic: true, colour: palette.theme.muted }), run(item.text, { italic: true })], { bullet: true }));
    }
    return none;
  };
  return { alert: of('alert'), assure: of('assure'), advise: of('advise'), update: of('update') };
}

function heading(ctx: ComposeContext, box: ThreeAsBox, text: string, at: Box, style: TextStyle): TextBoxView {
  const shade = ctx.palette.threeAs[box];
  return textBox({
    name: `${text} heading`,
    box: { ...at, h: HEADING_HEIGHT },
    paragraphs: [paragraph([run(text, { bold: true })], { spaceAfter: 0 })],
    style: textStyle(Math.max(style.fontSize, 12)),
    colour: shade.colour,
    fill: shade.fill,
    valign: 'middle',
  });
}

/**
 * Slide 3: the four boxes. The text is set at the largest size at which every box fits, each row
 * of boxes as tall as its fuller box needs; if even the smallest size will not do, each box takes what fits and the rest continues on a further
 * summary slide, box by box, so nothing overflows and nothing is lost.
 */
export function composeExecutiveSummary(ctx: ComposeContext): SlideDraft[] {
  const content = boxParagraphs(ctx);
  const bodyOf = (at: Box): Box => ({ x: at.x, y: at.y + HEADING_HEIGHT, w: at.w, h: at.h - HEADING_HEIGHT });
  const fitting = SIZES.map((size) => ({ size, rows: rowsThatFit(content, textStyle(size)) })).find((f) => f.rows !== undefined);
  const style = textStyle(fitting?.size ?? 10);
  const rows = fitting?.rows ?? EVEN_ROWS;

  const pages: TextBoxView[][] = [];
  let rest: Record<ThreeAsBox, readonly ParagraphView[]> = content;
  do {
    const items: TextBoxView[] = [];
    const next: Record<ThreeAsBox, readonly ParagraphView[]> = { alert: [], assure: [], advise: [], update: [] };
    const page = pages.length;
    BOXES.forEach(({ box, heading: text }, index) => {
      const at = frame(index, rows);
      const body = bodyOf(at);
      items.push(heading(ctx, box, page === 0 ? text : `${text} (continued)`, at, style));
      const waiting = rest[box];
      const { taken, rest: left } = takeParagraphs(waiting, innerWidth(body.w, TEXT_INSET), innerHeight(body.h, TEXT_INSET), style);
      const shown = waiting.length === 0 ? [paragraph([run('No further items.', { italic: true, colour: ctx.palette.theme.muted })])] : taken;
      items.push(textBox({ name: `${text} items`, box: body, paragraphs: shown, style, colour: ctx.palette.theme.text, fill: ctx.palette.theme.panel }));
      next[box] = left;
    });
    pages.push(items);
    rest = next;
  } while (BOXES.some(({ box }) => rest[box].length > 0));

  return pages.map((items, index) => slideDraft('executive-summary', pageTitle(TITLE, index, pages.length), items, index === 0 ? ['executive-summary'] : []));
}
