import type { Box } from './slide-pack-view.js';

/**
 * The slide template as the composers see it, in inches: the slide's size and, for each kind of
 * slide, where its title and content go on the template layout chosen for it (see
 * `house-style/layout-choice.ts`), where its footer and slide number are, and the theme's colours
 * and fonts. Composers lay out inside `body`, never at fixed coordinates.
 */
export interface SlideFrame {
  readonly width: number;
  readonly height: number;
  readonly layouts: Readonly<Record<FrameLayoutName, FrameLayout>>;
  readonly theme: FrameTheme;
}

/** The title slide, the slides of figures and text, and the appendix dividers. */
export type FrameLayoutName = 'title' | 'content' | 'section';

export interface FrameLayout {
  /** The template layout's part, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  readonly part: string;
  /** The type of the layout's title placeholder: `ctrTitle` on most title slides, else `title`. */
  readonly titleType: 'title' | 'ctrTitle';
  readonly title: Box;
  /** The content area: the layout's content placeholder, or the master's text area. */
  readonly body: Box;
  /** Where the footer and slide number go: the layout's placeholders, else the master's places, else the slide's foot. */
  readonly footer: FramePlaceholder;
  readonly slideNumber: FramePlaceholder;
  /** The layout's title colour, `RRGGBB`: text set on its background (the title slide's lines) takes it. */
  readonly titleColour: string;
}

/** A footer or slide number placeholder: where it is, and its index where the layout has one. */
export interface FramePlaceholder {
  readonly box: Box;
  /** The layout's own placeholder index, where the layout has the placeholder; absent: draw our own. */
  readonly idx?: string;
}

export interface FrameTheme {
  /** The theme's colours by name (`dk1`, `lt1`, `dk2`, `lt2`, `accent1`...`accent6`, `hlink`, `folHlink`), `RRGGBB`. */
  readonly colours: Readonly<Record<string, string>>;
  /** Headings (major) and body text (minor) typefaces. */
  readonly majorFont: string;
  readonly minorFont: string;
}
