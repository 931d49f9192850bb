import type { SpcColours } from './pack-model.js';

/**
 * Making Data Count's colours for SPC icons and points, as NHSRplotthedots standardised them with
 * the MDC team (its issue #196): improvement blue, concern orange, common cause grey, neutral
 * purple; and, for the "process changed" assurance icon, which MDC does not have, a dark grey.
 * MDC's own blue (#00B0F0), orange (#E46C0A) and grey (#A6A6A6) are darkened here, hue kept, to
 * reach 3:1 against the white and the light grey (#F2F2F2) they are drawn on, as WCAG 2.1 asks of
 * graphics that carry meaning (success criterion 1.4.11): chart points, the charts' key of points
 * and the icons. MDC's reached 2.2 to 2.9:1 on the grey.
 */
export const SPC_COLOURS: SpcColours = {
  improvement: '#0090C5',
  concern: '#DA670A',
  commonCause: '#888888',
  neutral: '#490092',
  changed: '#404040',
};

/**
 * The outline of each kind of point on an SPC chart: the same hue as its MDC fill, dark enough to
 * stand at 3:1 or more against a white or light grey plot (WCAG 2.1, 1.4.11), which MDC's blue
 * (2.5:1) and grey (2.4:1) alone do not.
 */
export const SPC_OUTLINES: Readonly<Record<keyof SpcColours, string>> = {
  improvement: '#00709A',
  concern: '#A0500A',
  commonCause: '#595959',
  neutral: '#490092',
  changed: '#262626',
};

/** A kind of point's outline as the renderers take colours: `00709A`. */
export function spcOutline(role: keyof SpcColours): string {
  return SPC_OUTLINES[role].replace(/^#/, '');
}
