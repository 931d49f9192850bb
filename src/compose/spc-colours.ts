import type { SpcColours } from './pack-model.js';

/**
 * Making Data Count's colours for SPC icons and points, as NHSRplotthedots standardised them with
 * the MDC team (its issue #196): improvement blue, concern orange, common cause grey, neutral
 * purple. MDC's own blue (#00B0F0), orange (#E46C0A) and grey (#A6A6A6) are darkened here, hue
 * kept, to reach 3:1 against the white and the light grey (#F2F2F2) they are drawn on, as WCAG 2.1
 * asks of graphics that carry meaning (success criterion 1.4.11): chart points, the charts' key
 * of points and the icons. MDC's reached 2.2 to 2.9:1 on the grey.
 */
export const SPC_COLOURS: SpcColours = {
  improvement: '#0090C5',
  concern: '#DA670A',
  commonCause: '#888888',
  neutral: '#490092',
};
