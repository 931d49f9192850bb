import type { LinkView } from './slide-pack-view.js';

/**
 * Links are made before the slides have numbers: a link names an anchor (`summary`, `area:UEC`)
 * and the book fills in the slide number once every slide is numbered.
 */
export class LinkBook {
  readonly #links: { anchor: string; slide: number }[] = [];

  /** A link to the slide that will carry `anchor`. */
  to(anchor: string): LinkView {
    const link = { anchor, slide: 0 };
    this.#links.push(link);
    return link;
  }

  /** Fills in every link's slide number; an anchor no slide carries is a bug, so it throws. */
  resolve(slideOf: ReadonlyMap<string, number>): void {
    for (const link of this.#links) {
      const slide = slideOf.get(link.anchor);
      if (slide === undefined) throw new Error(`no slide carries the anchor ${link.anchor}`);
      link.slide = slide;
    }
  }
}
