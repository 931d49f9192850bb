import type { Box, ParagraphView, TextBoxView } from './slide-pack-view.js';
import { TEXT_INSET, heightFor, innerHeight, innerWidth, textBox } from './text-box.js';
import { takeParagraphs, textStyle } from './text-flow.js';

export interface FlowSpec {
  readonly name: string;
  readonly paragraphs: readonly ParagraphView[];
  /** Font sizes to try, largest first; text that fits no size flows on at the smallest. */
  readonly sizes: readonly number[];
  /** The box for the text on each page: the first page may have less room than the rest. */
  readonly boxFor: (page: number) => Box;
  readonly colour: string;
  readonly fill?: string;
}

/**
 * Text that gets a page of its own: set at the largest size that fits one page, or else poured
 * over as many pages as it needs at the smallest size. Returns one text box per page.
 */
export function flowText(spec: FlowSpec): TextBoxView[] {
  const common = { colour: spec.colour, ...(spec.fill === undefined ? {} : { fill: spec.fill }) };
  const first = spec.boxFor(0);
  for (const size of spec.sizes) {
    const style = textStyle(size);
    if (heightFor(spec.paragraphs, first.w, style) <= first.h) return [textBox({ name: spec.name, box: first, paragraphs: spec.paragraphs, style, ...common })];
  }
  const style = textStyle(spec.sizes[spec.sizes.length - 1] ?? 10);
  const boxes: TextBoxView[] = [];
  let rest = spec.paragraphs;
  while (rest.length > 0) {
    const box = spec.boxFor(boxes.length);
    const taken = takeParagraphs(rest, innerWidth(box.w, TEXT_INSET), innerHeight(box.h, TEXT_INSET), style);
    if (taken.taken.length === 0) throw new Error(`${spec.name}: a page's box is too small for a line of text`);
    boxes.push(textBox({ name: spec.name, box, paragraphs: taken.taken, style, ...common }));
    rest = taken.rest;
  }
  return boxes;
}
