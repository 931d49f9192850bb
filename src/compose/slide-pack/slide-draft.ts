import { DRAFT_MARK, GUTTER } from './geometry.js';
import type { LinkBook } from './link-book.js';
import type { Palette } from './palette.js';
import { paragraph, run } from './rich-text.js';
import type { Box, LayoutName, SlideItemView, SlideKind, SlideView } from './slide-pack-view.js';
import type { SlideFrame } from './slide-frame.js';
import { TEXT_INSET, innerHeight, innerWidth } from './text-box.js';
import { measureParagraphs, textStyle } from './text-flow.js';
import type { DocumentOptions } from '../document-options.js';
import type { PackModel } from '../pack-model.js';

/** What every slide composer is given. */
export interface ComposeContext {
  readonly model: PackModel;
  readonly options: DocumentOptions;
  readonly palette: Palette;
  readonly links: LinkBook;
  /** The template's layouts, in inches: where titles and content go. */
  readonly frame: SlideFrame;
}

/** A slide before numbering: composers make these; the pack numbers them in order. */
export type SlideDraft = Omit<SlideView, 'number'>;

const TITLE_SIZES = [24, 22, 20, 18, 16, 14] as const;

function titleFits(text: string, fontSize: number, box: Box): boolean {
  const measured = measureParagraphs([paragraph([run(text, { bold: true })], { spaceAfter: 0 })], innerWidth(box.w, TEXT_INSET), textStyle(fontSize));
  return measured.height <= innerHeight(box.h, TEXT_INSET);
}

/**
 * The title at the largest size (24 pt down to 14 pt) at which it fits the title placeholder;
 * a title too long even at 14 pt (a metric label typed as a paragraph) is shortened with an
 * ellipsis rather than overflow the band.
 */
export function fittedTitle(text: string, box: Box, sizes: readonly number[] = TITLE_SIZES): SlideView['title'] {
  for (const fontSize of sizes) if (titleFits(text, fontSize, box)) return { text, fontSize };
  const smallest = sizes[sizes.length - 1] as number;
  const words = text.split(' ');
  while (words.length > 1 && !titleFits(`${words.join(' ')}…`, smallest, box)) words.pop();
  return { text: `${words.join(' ')}…`, fontSize: smallest };
}

/** The content area of the content layout: where every slide of figures and text lays out. */
export function contentBody(ctx: Pick<ComposeContext, 'frame'>): Box {
  return ctx.frame.layouts.content.body;
}

/**
 * The DRAFT mark of a draft: at the right-hand end of the layout's title placeholder, which the
 * title then leaves free. Undefined in a final pack.
 */
export function draftMarkBox(ctx: Pick<ComposeContext, 'frame' | 'options'>, layout: LayoutName): Box | undefined {
  if (ctx.options.mode !== 'draft') return undefined;
  const title = ctx.frame.layouts[layout].title;
  const w = Math.min(DRAFT_MARK.w, title.w / 4);
  return { x: title.x + title.w - w, y: title.y + Math.max(0, (title.h - DRAFT_MARK.h) / 2), w, h: Math.min(DRAFT_MARK.h, title.h) };
}

/** Where a slide's title goes: the layout's title placeholder, less the DRAFT mark's room in a draft. */
export function titleBox(ctx: Pick<ComposeContext, 'frame' | 'options'>, layout: LayoutName): Box {
  const title = ctx.frame.layouts[layout].title;
  const mark = draftMarkBox(ctx, layout);
  return mark === undefined ? title : { ...title, w: Math.max(title.w / 2, mark.x - GUTTER - title.x) };
}

/** A slide on the content layout (or another layout of the template): its title fitted to the layout's title placeholder. */
export function slideDraft(ctx: ComposeContext, kind: SlideKind, title: string, items: readonly SlideItemView[], anchors: readonly string[] = [], layout: LayoutName = 'content'): SlideDraft {
  return { kind, layout, anchors, title: fittedTitle(title, titleBox(ctx, layout)), items };
}

/** "Title" for a single page, "Title (2 of 3)" for a page of several. */
export function pageTitle(title: string, index: number, count: number): string {
  return count > 1 ? `${title} (${index + 1} of ${count})` : title;
}
