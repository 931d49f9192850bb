import { attributeOf, escapeXml } from '../xml-text.js';
import { findStyle } from './template-styles.js';

/**
 * The report's numbered paragraphs and bullets in the template's own list styles, where it has
 * them: Word's "List Number" and "List Bullet" styles, when they carry a numbering. The numbered
 * paragraphs take "List Number"'s list at level 1 and their lettered items its level 2, so that
 * the items still start again under each paragraph, in the template's number formats and indents.
 * A template without them keeps packsmith's numbering (1., a., •).
 */
export interface TemplateList {
  readonly styleId: string;
  readonly numId: string;
}

export interface TemplateLists {
  readonly numbered?: TemplateList;
  readonly bullet?: TemplateList;
}

function listStyle(styles: string, name: string): TemplateList | undefined {
  const style = findStyle(styles, name);
  const numId = style === undefined ? undefined : /<w:numId\b[^>]*>/.exec(style.xml)?.[0];
  const value = numId === undefined ? undefined : attributeOf(numId, 'w:val');
  return style === undefined || value === undefined || value === '0' ? undefined : { styleId: style.id, numId: value };
}

export function templateLists(styles: string): TemplateLists {
  const numbered = listStyle(styles, 'List Number');
  const bullet = listStyle(styles, 'List Bullet');
  return { ...(numbered === undefined ? {} : { numbered }), ...(bullet === undefined ? {} : { bullet }) };
}

/** Our numbering ids by kind, among those the document uses: the list whose first level is a bullet, and the decimal one. */
export function ourLists(numberingXml: string, used: ReadonlySet<string>): { readonly numbered?: string; readonly bullet?: string } {
  const formats = new Map([...numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>[\s\S]*?<w:numFmt w:val="(\w+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const lists: { numbered?: string; bullet?: string } = {};
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"/g)) {
    if (!used.has(m[1] ?? '')) continue;
    const format = formats.get(m[2] ?? '');
    if (format === 'bullet') lists.bullet ??= m[1];
    if (format === 'decimal') lists.numbered ??= m[1];
  }
  return lists;
}

/**
 * Points our list paragraphs (style `listStyleId`, numbering `ours`) at the template's list styles.
 * The style brings the numbering; the paragraph keeps its level.
 */
export function withTemplateLists(documentXml: string, listStyleId: string, ours: { readonly numbered?: string; readonly bullet?: string }, lists: TemplateLists): string {
  const targets = new Map<string, TemplateList>();
  if (ours.numbered !== undefined && lists.numbered !== undefined) targets.set(ours.numbered, lists.numbered);
  if (ours.bullet !== undefined && lists.bullet !== undefined) targets.set(ours.bullet, lists.bullet);
  if (targets.size === 0) return documentXml;
  return documentXml.replace(/<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:numId w:val="(\d+)"\/>[\s\S]*?<\/w:pPr>/g, (pPr, numId: string) => {
    const target = targets.get(numId);
    if (target === undefined) return pPr;
    return pPr.replace(`<w:pStyle w:val="${escapeXml(listStyleId)}"/>`, `<w:pStyle w:val="${escapeXml(target.styleId)}"/>`).replace(`<w:numId w:val="${numId}"/>`, `<w:numId w:val="${escapeXml(target.numId)}"/>`);
  });
}
