/**
 * Text on a coloured cell must stay readable (WCAG 2.2, 1.4.3: contrast of at least 4.5:1): the
 * pack's colours come from the workbook's Settings sheet, so the text colour is worked out from the
 * fill rather than fixed. https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */
function channel(hex: string, at: number): number {
  const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The relative luminance of a six-digit hex colour (`DA291C`). */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function textColourOn(fill: string): '000000' | 'FFFFFF' {
  return contrast(fill, '000000') >= contrast(fill, 'FFFFFF') ? '000000' : 'FFFFFF';
}
