import { xmlEscape } from './xml-text.js';

/**
 * Puts every piece of text in the package into one language. pptxgenjs tags its runs `en-US`
 * whatever the deck's language, and a deck sets its language nowhere else: PowerPoint, screen
 * readers and LibreOffice read each run's `lang` (and a run without one inherits the default text
 * style's). So every run, paragraph end and default run (`a:rPr`, `a:endParaRPr`, `a:defRPr`: in
 * the slides, layouts, masters, charts and the presentation's default text style) gets it, and
 * so does a chart's own setting (`c:lang`), whatever the part was written with.
 */
const RUN_PROPERTIES = /<a:(rPr|endParaRPr|defRPr)\b([^>]*?)(\/?)>/g;
const CHART_LANGUAGE = /<c:lang val="[^"]*"\/>/g;

export function inLanguage(xml: string, language: string): string {
  const lang = xmlEscape(language);
  return xml
    .replace(RUN_PROPERTIES, (_all, element: string, attributes: string, selfClosing: string) => `<a:${element} lang="${lang}"${attributes.replace(/\slang="[^"]*"/, '')}${selfClosing}>`)
    .replace(CHART_LANGUAGE, `<c:lang val="${lang}"/>`);
}
