import type { SpcColours } from './pack-model.js';

/**
 * Making Data Count's colours for SPC icons and points, as NHSRplotthedots standardised them with
 * the MDC team (its issue #196): improvement blue, concern orange, common cause grey, neutral purple.
 */
export const SPC_COLOURS: SpcColours = {
  improvement: '#00B0F0',
  concern: '#E46C0A',
  commonCause: '#A6A6A6',
  neutral: '#490092',
};
