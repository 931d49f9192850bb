import { TITLE_BOX } from './geometry.js';
import type { LinkBook } from './link-book.js';
import type { Palette } from './palette.js';
import { paragraph, run } from './rich-text.js';
import type { Box, SlideItemView, SlideKind, SlideView } from './slide-pack-view.js';
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
export function fittedTitle(text: string, box: Box = TITLE_BOX, sizes: readonly number[] = TITLE_SIZES): SlideView['title'] {
  for (const fontSize of sizes) if (titleFits(text, fontSize, box)) return { text, fontSize };
  const smallest = sizes[sizes.length - 1] as number;
  const words = text.split(' ');
  while (words.length > 1 && !titleFits(`${words.join(' ')}…`, smallest, box)) words.pop();
  return { text: `${words.join(' ')}…`, fontSize: smallest };
}

/** A content slide: the title band, the body, the footer. */
export function slideDraft(kind: SlideKind, title: string, items: readonly SlideItemView[], anchors: readonly string[] = []): SlideDraft {
  return { kind, layout: 'content', anchors, title: fittedTitle(title), items };
}

/** "Title" for a single page, "Title (2 of 3)" for a page of several. */
export function pageTitle(title: string, index: number, count: number): string {
  return count > 1 ? `${title} (${index + 1} of ${count})` : title;
}
