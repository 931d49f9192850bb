/**
 * The typeface every text box, table and chart of the slide pack names: the theme's body
 * ("minor") font, as PowerPoint writes it, so the text is set in the template's font and follows
 * the theme if it is changed. The composers measure text in that font (see `font-metrics.ts`).
 */
export const THEME_TEXT_FONT = '+mn-lt';
