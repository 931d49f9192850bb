import type { Box } from './slide-pack-view.js';

/**
 * Lengths the composers share, in inches. Where things go on a slide is not here: it is read from
 * the template's layouts (see `slide-frame.ts`), and every composer lays out inside the content
 * area of its layout, so nothing it places can run into the title or the footer.
 */

/** The DRAFT mark's size: at the right-hand end of the title placeholder. */
export const DRAFT_MARK = { w: 1.18, h: 0.38 } as const;

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
