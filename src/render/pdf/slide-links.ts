/**
 * A link to a slide, as a part of a slide pack converted on its own carries it: LibreOffice can
 * only link to a slide of the document it has open, so a part's links to slides are written as web
 * links to this address (a reserved domain, RFC 2606, that no link of a pack can name), and the
 * merged PDF turns each back into a link to the slide's page.
 */
const SLIDE_LINK = 'https://packsmith.invalid/slide/';

export function slideLinkUrl(slideNumber: number): string {
  return `${SLIDE_LINK}${slideNumber}`;
}

/** The slide a link made by {@link slideLinkUrl} goes to; undefined for any other address. */
export function slideOfLink(url: string): number | undefined {
  if (!url.startsWith(SLIDE_LINK)) return undefined;
  const number = Number(url.slice(SLIDE_LINK.length));
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
