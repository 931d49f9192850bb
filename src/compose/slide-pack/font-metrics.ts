/**
 * Advance widths of Arial, in thousandths of an em, for the characters officers type: ASCII,
 * Latin-1 and the usual typographic punctuation. They are read from the hmtx table of Liberation
 * Sans 2 (regular and bold), which is metric-compatible with Arial: it is what LibreOffice draws
 * with when a slide asks for Arial, and PowerPoint's Arial has the same advances. A character not
 * in the table is counted as a full em, so unknown text errs towards wrapping early, never late.
 */
const CHARACTERS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2032\u2033\u2212\u2264\u2265\u2192\u2190\u2191\u2193\xd7\xf7\xb7";

const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 278,
  333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 278, 333,
  333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722,
  722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556,
  556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500, 556,
  1000, 222, 222, 333, 333, 350, 1000, 556, 188, 354, 584, 549, 549, 1000, 1000, 500, 500, 584, 549, 278,
];

const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 278,
  333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 278, 333,
  333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722,
  722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556,
  556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556, 556,
  1000, 278, 278, 500, 500, 350, 1000, 556, 240, 479, 584, 549, 549, 1000, 1000, 500, 500, 584, 549, 278,
];

/** A character missing from the table: as wide as an em. */
const UNKNOWN = 1000;
/** Every tabled character is below this code point; the lookup is a flat array for speed. */
const TABLE_SIZE = 0x2300;

function table(widths: readonly number[]): Uint16Array {
  const lookup = new Uint16Array(TABLE_SIZE).fill(UNKNOWN);
  for (let index = 0; index < CHARACTERS.length; index += 1) lookup[CHARACTERS.charCodeAt(index)] = widths[index] ?? UNKNOWN;
  return lookup;
}

const REGULAR_WIDTHS = table(REGULAR);
const BOLD_WIDTHS = table(BOLD);

/** The typeface every slide is set in; LibreOffice substitutes Liberation Sans, same metrics. */
export const TYPEFACE = 'Arial';

/** The advance of one UTF-16 code unit in thousandths of an em. */
export function advance(code: number, bold: boolean): number {
  return code < TABLE_SIZE ? ((bold ? BOLD_WIDTHS : REGULAR_WIDTHS)[code] ?? UNKNOWN) : UNKNOWN;
}

/** The width of `text` in points, set in Arial at `fontSize` points. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let thousandths = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    thousandths += code < TABLE_SIZE ? (widths[code] ?? UNKNOWN) : UNKNOWN;
  }
  return (thousandths * fontSize) / 1000;
}

/**
 * How much wider than Arial a typeface sets the same text, on average over English prose, for
 * the fonts organisations' templates most often name (and what LibreOffice draws them with where
 * they are not installed: Verdana as DejaVu Sans, Georgia as DejaVu Serif, Calibri as Carlito). A
 * typeface not listed counts as 1.15, wider than most, so text errs towards wrapping early.
 */
const WIDTH_FACTORS: Readonly<Record<string, number>> = {
  arial: 1,
  helvetica: 1,
  'helvetica neue': 1,
  'liberation sans': 1,
  arimo: 1,
  frutiger: 1.02,
  'segoe ui': 1.02,
  tahoma: 1.03,
  calibri: 0.92,
  carlito: 0.92,
  'times new roman': 0.92,
  cambria: 0.98,
  georgia: 1.1,
  lato: 1,
  'open sans': 1.08,
  'source sans pro': 0.95,
  verdana: 1.18,
  'dejavu sans': 1.18,
};
const UNKNOWN_FACTOR = 1.15;

/** The width factor of a typeface (see {@link WIDTH_FACTORS}). */
export function widthFactorOf(typeface: string): number {
  return WIDTH_FACTORS[typeface.trim().toLowerCase()] ?? UNKNOWN_FACTOR;
}

let measuring = 1;

/**
 * Runs `compose` measuring text `factor` times as wide as Arial (the template's fonts: see
 * {@link widthFactorOf}). Composing is synchronous, so the factor holds for exactly that call.
 */
export function measuringAt<T>(factor: number, compose: () => T): T {
  const before = measuring;
  measuring = factor;
  try {
    return compose();
  } finally {
    measuring = before;
  }
}

/** The width factor text is being measured at (1 outside {@link measuringAt}). */
export function measuringFactor(): number {
  return measuring;
}
