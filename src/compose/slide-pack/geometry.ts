import type { Box } from './slide-pack-view.js';

/**
 * Where things go on a 16:9 slide (13.333 x 7.5 in, PowerPoint's "widescreen"): a title band in
 * the organisation's colour, a body, and a foot for the footer and slide number. Every composer
 * lays out inside {@link BODY}, so nothing it places can run into the title or the footer.
 */
export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;

/** The title placeholder, inside the band. */
export const TITLE_BOX: Box = { x: 0.4, y: 0.1, w: 11.2, h: 0.66 };
export const TITLE_BAND_HEIGHT = 0.86;

/** The body of a content slide. */
export const BODY: Box = { x: 0.4, y: 1.01, w: 12.533, h: 5.89 };

/** The foot: footer text on the left, the slide number on the right. */
export const FOOTER_BOX: Box = { x: 0.4, y: 7.02, w: 10.8, h: 0.3 };
export const SLIDE_NUMBER_BOX: Box = { x: 12.13, y: 7.02, w: 0.8, h: 0.3 };
export const DRAFT_MARK_BOX: Box = { x: 11.75, y: 0.24, w: 1.18, h: 0.38 };

/** Space between panels and columns. */
export const GUTTER = 0.15;

/** Rounds a length up to the next hundredth of an inch, so sums of rounded parts never fall short. */
export function ceilInches(value: number): number {
  return Math.ceil(value * 100 - 1e-6) / 100;
}

/** Rounds a position to the nearest thousandth of an inch, to keep the view model readable. */
export function roundInches(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A box with its position and size rounded to thousandths of an inch. */
export function roundBox<T extends Box>(box: T): T {
  return { ...box, x: roundInches(box.x), y: roundInches(box.y), w: roundInches(box.w), h: roundInches(box.h) };
}
