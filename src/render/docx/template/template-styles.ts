import { attributeOf, escapeXml } from '../xml-text.js';
import { withNamespacesOf } from './package-xml.js';

/**
 * The report's styles are the template's. Our content names its styles by packsmith's ids
 * (`Heading1`, `TableText`); each is found in the template by its name (Word's built-in names such
 * as "heading 1" are the same in every language, while the ids are not: a German Word writes
 * `berschrift1`), else by its id, and our paragraphs are pointed at the template's id. A style the
 * template lacks is added from packsmith's, without its font, so it takes the template's fonts.
 */

interface StyleBlock {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly xml: string;
}

/** The styles every cover report uses, which a template is expected to define (Word's names). */
export const REPORT_STYLES = [
  { id: 'Title', name: 'Title' },
  { id: 'Heading1', name: 'Heading 1' },
  { id: 'Heading2', name: 'Heading 2' },
  { id: 'Heading3', name: 'Heading 3' },
] as const;

function styleBlocks(xml: string): StyleBlock[] {
  return [...xml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)].map((m) => {
    const start = /<w:style\b[^>]*>/.exec(m[0])?.[0] ?? '';
    const name = /<w:name\b[^>]*>/.exec(m[0])?.[0];
    return { id: attributeOf(start, 'w:styleId') ?? '', type: attributeOf(start, 'w:type') ?? 'paragraph', name: name === undefined ? '' : (attributeOf(name, 'w:val') ?? ''), xml: m[0] };
  });
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The template's style that stands for ours: same type, by name, else by id where the template's
 * style has no name (a style with another name and our id is another style).
 */
function counterpart(blocks: readonly StyleBlock[], style: { id: string; name: string; type: string }): StyleBlock | undefined {
  const ofType = blocks.filter((b) => b.type === style.type);
  return ofType.find((b) => b.name !== '' && sameName(b.name, style.name)) ?? ofType.find((b) => b.name === '' && b.id === style.id);
}

/** The report styles (by their names) a template's styles part does not define. */
export function missingReportStyles(templateStyles: string): string[] {
  const blocks = styleBlocks(templateStyles);
  return REPORT_STYLES.filter((s) => counterpart(blocks, { ...s, type: 'paragraph' }) === undefined).map((s) => s.name);
}

/** A style of a styles part, by Word's name for it (`heading 1`, `List Number`, `Table Grid`), else by that name as an id. */
export function findStyle(stylesXml: string, name: string, type: 'paragraph' | 'table' = 'paragraph'): { readonly id: string; readonly xml: string } | undefined {
  return counterpart(styleBlocks(stylesXml), { id: name.replace(/\s+/g, ''), name, type });
}

/** The colour (`RRGGBB`) a paragraph style of the template gives its text, by the style's name; none where it sets none or `auto`. */
export function styleColour(stylesXml: string, name: string): string | undefined {
  const found = findStyle(stylesXml, name);
  const colour = found === undefined ? undefined : /<w:color\b[^>]*>/.exec(found.xml)?.[0];
  const value = colour === undefined ? undefined : attributeOf(colour, 'w:val');
  return value !== undefined && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

/**
 * The font of the template's text: its Normal style's, else its document defaults' (`w:rFonts
 * w:ascii`); a theme font (`w:asciiTheme="minorHAnsi"`) is the theme's minor or major Latin
 * typeface, from `theme`.
 */
export function bodyFont(stylesXml: string, theme: string | undefined): string | undefined {
  const normal = findStyle(stylesXml, 'Normal')?.xml;
  const defaults = /<w:rPrDefault\b[\s\S]*?<\/w:rPrDefault>/.exec(stylesXml)?.[0];
  for (const xml of [normal, defaults]) {
    const fonts = xml === undefined ? undefined : /<w:rFonts\b[^>]*>/.exec(xml)?.[0];
    if (fonts === undefined) continue;
    const named = attributeOf(fonts, 'w:ascii');
    if (named !== undefined && named !== '') return named;
    const themed = attributeOf(fonts, 'w:asciiTheme');
    if (themed !== undefined && theme !== undefined) {
      const scheme = new RegExp(`<a:${themed.startsWith('major') ? 'major' : 'minor'}Font>\\s*<a:latin typeface="([^"]+)"`).exec(theme)?.[1];
      if (scheme !== undefined) return scheme;
    }
  }
  return undefined;
}

/** Every language the styles name becomes the report's, and the document defaults say it too. */
function withLanguage(xml: string, language: string): string {
  const lang = `<w:lang w:val="${escapeXml(language)}"/>`;
  const relabelled = xml.replace(/(<w:lang\b[^>]*\sw:val=")[^"]*(")/g, `$1${escapeXml(language)}$2`);
  const defaults = /<w:rPrDefault\b[^>]*(?:\/>|>[\s\S]*?<\/w:rPrDefault>)/.exec(relabelled)?.[0];
  if (defaults === undefined) {
    const block = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
    return relabelled.includes('<w:docDefaults>') ? relabelled.replace('<w:docDefaults>', `<w:docDefaults>${block}`) : relabelled.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${block}</w:docDefaults>`);
  }
  if (/<w:lang\b/.test(defaults)) return relabelled;
  const fixed = defaults.endsWith('/>') ? `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>` : defaults.includes('</w:rPr>') ? defaults.replace('</w:rPr>', `${lang}</w:rPr>`) : defaults.replace(/<w:rPrDefault\b[^>]*>/, (start) => `${start}<w:rPr>${lang}</w:rPr>`);
  return relabelled.replace(defaults, fixed);
}

export interface MergedStyles {
  readonly xml: string;
  /** Our style id -> the template's, where they differ. */
  readonly renames: ReadonlyMap<string, string>;
}

/**
 * The template's styles part with what our content needs: each style id in `used` mapped to the
 * template's style of the same name, or added from `ours` (with the styles it is based on).
 */
export function mergeStyles(templateXml: string, oursXml: string, used: ReadonlySet<string>, language: string): MergedStyles {
  const template = styleBlocks(templateXml);
  const ours = new Map(styleBlocks(oursXml).map((b) => [b.id, b]));
  const renames = new Map<string, string>();
  const added: StyleBlock[] = [];
  const resolve = (id: string): string | undefined => {
    if (renames.has(id)) return renames.get(id);
    if (added.some((b) => b.id === id)) return id;
    const own = ours.get(id);
    if (own === undefined) return undefined;
    const theirs = counterpart(template, own);
    if (theirs !== undefined) {
      renames.set(id, theirs.id);
      return theirs.id;
    }
    const taken = new Set(template.map((b) => b.id));
    const newId = taken.has(id) ? `Packsmith${id}` : id;
    renames.set(id, newId);
    // listed before its references are resolved, so a style that refers back to it finds it
    const at = added.push({ ...own, id: newId }) - 1;
    added[at] = { ...own, id: newId, xml: adapted(own.xml, newId, resolve) };
    return newId;
  };
  for (const id of [...used].sort()) resolve(id);
  for (const [from, to] of [...renames]) if (from === to) renames.delete(from);
  const withAdded = templateXml.replace(/<\/w:styles>\s*$/, `${added.map((b) => b.xml).join('')}</w:styles>`);
  return { xml: withLanguage(withNamespacesOf(withAdded, oursXml), language), renames };
}

/** Our style as the template gets it: its new id, no font of its own, references to styles resolved or dropped. */
function adapted(xml: string, id: string, resolve: (id: string) => string | undefined): string {
  return xml
    .replace(/(<w:style\b[^>]*\sw:styleId=")[^"]*(")/, `$1${escapeXml(id)}$2`)
    .replace(/<w:rFonts\b[^>]*\/>/g, '')
    .replace(/<w:(basedOn|next|link)\b[^>]*\/>/g, (tag: string, kind: string) => {
      const target = resolve(attributeOf(tag, 'w:val') ?? '');
      return target === undefined ? '' : `<w:${kind} w:val="${escapeXml(target)}"/>`;
    });
}

/** Points paragraphs, runs and tables at the template's style ids. */
export function withStyleIds(xml: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return xml;
  return xml.replace(/(<w:(?:pStyle|rStyle|tblStyle) w:val=")([^"]*)(")/g, (whole, start: string, id: string, end: string) => {
    const to = renames.get(id);
    return to === undefined ? whole : `${start}${escapeXml(to)}${end}`;
  });
}

/** The style ids a part's paragraphs, runs and tables name. */
export function usedStyleIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)"/g)].map((m) => m[1] ?? ''));
}
