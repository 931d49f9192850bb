import { spcColoursForRender } from '../spc-marks.js';
import type { PackModel, RatingView, SpcColours } from '../pack-model.js';
import type { ThemeView } from './slide-pack-view.js';
import type { FrameTheme } from './slide-frame.js';

/**
 * The pack's colours from the Settings sheet, and the text colour that reads on each: black or
 * white, whichever contrasts more (WCAG relative luminance), so an officer's choice of green
 * cannot leave white text unreadable.
 */
export type Rating = RatingView['rating'];

export interface Palette {
  readonly theme: ThemeView;
  readonly rating: Readonly<Record<Rating, { readonly fill?: string; readonly colour: string }>>;
  /** Making Data Count's colours (`RRGGBB`): the SPC icons and the charts' special-cause points. */
  readonly spc: SpcColours;
  /** Heading colours of the four 3As boxes. */
  readonly threeAs: Readonly<Record<'alert' | 'assure' | 'advise' | 'update', { readonly fill: string; readonly colour: string }>>;
}

const BLACK = '000000';
const WHITE = 'FFFFFF';
const TEXT = '1F1F1F';

/** `#da291c` -> `DA291C`. */
export function hexColour(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

function luminance(colour: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `fill`. */
export function textOn(fill: string): string {
  return contrastRatio(fill, BLACK) >= contrastRatio(fill, WHITE) ? BLACK : WHITE;
}

/**
 * The pack's colours: RAG and SPC from the Settings sheet (they carry meaning), the rest from the
 * slide template's theme where there is one: its first accent for headings and table headers, its
 * dark 1 for text, its hyperlink colour for links (else the Settings sheet's primary colour).
 */
export function paletteOf(colours: PackModel['colours'], theme?: FrameTheme): Palette {
  const primary = theme?.colours['accent1'] ?? hexColour(colours.primary);
  const shade = (colour: string) => ({ fill: hexColour(colour), colour: textOn(hexColour(colour)) });
  return {
    theme: { primary, onPrimary: textOn(primary), text: theme?.colours['dk1'] ?? TEXT, muted: '595959', panel: 'F2F2F2', rule: 'BFBFBF', link: theme?.colours['hlink'] ?? primary },
    rating: { green: shade(colours.green), amber: shade(colours.amber), red: shade(colours.red), 'not-rated': { colour: TEXT } },
    spc: spcColoursForRender(colours.spc),
    threeAs: { alert: shade(colours.red), assure: shade(colours.amber), advise: shade(colours.green), update: { fill: primary, colour: textOn(primary) } },
  };
}

/** The letter a shaded cell carries, so the rating does not rest on colour alone. */
export function ratingLetter(rating: Rating): string {
  return rating === 'green' ? 'G' : rating === 'amber' ? 'A' : rating === 'red' ? 'R' : '';
}
