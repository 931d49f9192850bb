import type { SlidePackView } from '../slide-pack/slide-pack-view.js';

/**
 * What the cover report says of the slide pack it introduces (Appendix 1), read from the composed
 * slide pack itself, so a slide number in the report is the number printed on the slide.
 */
export interface SlidePackReference {
  /** The numbers of the summary-table slides, in order. */
  readonly summarySlides: readonly number[];
}

export function slidePackReference(view: SlidePackView): SlidePackReference {
  return { summarySlides: view.slides.filter((slide) => slide.kind === 'summary-table').map((slide) => slide.number) };
}

/**
 * Slide numbers as a paper writes them: `Slide 7`, `Slides 7–9` for a run, `Slides 7, 9 and 11`
 * otherwise; empty for none.
 */
export function slidesInWords(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (sorted.length === 1) return `Slide ${first}`;
  if (last - first === sorted.length - 1) return `Slides ${first}–${last}`;
  return `Slides ${sorted.slice(0, -1).join(', ')} and ${last}`;
}
