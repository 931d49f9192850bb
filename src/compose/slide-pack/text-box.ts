import { ceilInches, roundBox } from './geometry.js';
import type { Box, ParagraphView, TextBoxView } from './slide-pack-view.js';
import { measureParagraphs, type TextStyle } from './text-flow.js';

export interface TextBoxSpec {
  readonly name: string;
  readonly box: Box;
  readonly paragraphs: readonly ParagraphView[];
  readonly style: TextStyle;
  readonly colour: string;
  readonly fill?: string;
  readonly valign?: 'top' | 'middle';
  readonly inset?: number;
}

/** Inset of a text box unless said otherwise, inches. */
export const TEXT_INSET = 0.06;

/** The space inside a box of height `h` left for text, inches. */
export function innerHeight(h: number, inset = TEXT_INSET): number {
  return h - 2 * inset;
}

export function innerWidth(w: number, inset = TEXT_INSET): number {
  return w - 2 * inset;
}

/**
 * A text box whose content has been measured against its box. Composers only ever build boxes
 * their text fits; one that would overflow is a bug in the composer, so this throws.
 */
export function textBox(spec: TextBoxSpec): TextBoxView {
  const inset = spec.inset ?? TEXT_INSET;
  const measured = measureParagraphs(spec.paragraphs, innerWidth(spec.box.w, inset), spec.style);
  const height = ceilInches(measured.height + 2 * inset);
  if (height > spec.box.h + 0.005) {
    throw new Error(`text box ${spec.name} overflows: its text needs ${height.toFixed(2)} in, the box is ${spec.box.h.toFixed(2)} in`);
  }
  return {
    kind: 'text',
    name: spec.name,
    ...roundBox({ x: spec.box.x, y: spec.box.y, w: spec.box.w, h: spec.box.h }),
    paragraphs: spec.paragraphs,
    fontSize: spec.style.fontSize,
    lineSpacing: spec.style.lineSpacing,
    colour: spec.colour,
    ...(spec.fill === undefined ? {} : { fill: spec.fill }),
    valign: spec.valign ?? 'top',
    inset,
    fitted: { lines: measured.lines, height },
  };
}

/** The height (inches) a box `w` wide needs for these paragraphs, insets included. */
export function heightFor(paragraphs: readonly ParagraphView[], w: number, style: TextStyle, inset = TEXT_INSET): number {
  return ceilInches(measureParagraphs(paragraphs, innerWidth(w, inset), style).height + 2 * inset);
}
