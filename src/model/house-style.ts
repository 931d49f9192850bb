import type { Place } from '../diagnostics/place.js';

/**
 * The organisation's own files named on the Settings sheet, read and checked before any
 * document is drawn: its PowerPoint template, its Word template and its logo. Each carries the
 * cell that named it, so a fault found while applying it can still be reported at that cell.
 */
export interface HouseStyle {
  /** A .potx or .pptx whose masters, layouts and theme the slide pack is drawn on. */
  readonly slideTemplate?: TemplateFile;
  /** A .dotx or .docx whose styles, page setup, headers and footers the cover report uses. */
  readonly reportTemplate?: TemplateFile;
  /** An image for the title slide and the cover report's first page where no template is given. */
  readonly logo?: LogoImage;
}

/** A template file as read from disk. */
export interface TemplateFile {
  /** The file's name as the officer typed it, for messages. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The Settings cell that named it, e.g. `Settings!B21`. */
  readonly source: string;
}

/** A logo image as read from disk, with its size in pixels from the image's own header. */
export interface LogoImage {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: 'png' | 'jpeg';
  readonly widthPx: number;
  readonly heightPx: number;
  readonly source: string;
}

/** The three Settings rows that name house-style files. */
export type HouseStyleKey = keyof HouseStyle;

/** A file named on the Settings sheet, before it is read: its name as typed and its cell. */
export interface NamedFile {
  readonly name: string;
  readonly place: Place;
}

/** The house-style files the Settings sheet names; a blank row names none. */
export type HouseStyleNames = Partial<Readonly<Record<HouseStyleKey, NamedFile>>>;

/** The file types each house-style setting accepts, by extension (lower case, with the dot). */
export const HOUSE_STYLE_EXTENSIONS: Readonly<Record<HouseStyleKey, readonly string[]>> = {
  slideTemplate: ['.potx', '.pptx'],
  reportTemplate: ['.dotx', '.docx'],
  logo: ['.png', '.jpg', '.jpeg'],
};
