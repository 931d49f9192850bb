import { attributeOf, escapeXml } from '../xml-text.js';

/**
 * The Open Packaging Conventions pieces a Word package is held together by (ECMA-376 Part 2):
 * relationships (`_rels/*.rels`), content types (`[Content_Types].xml`) and part names, read and
 * written as text.
 */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationship types the report's document part is given from a template. */
export const RELATIONSHIP_TYPE = {
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
} as const;

export const CONTENT_TYPE = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
} as const;

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attributeOf(m[0], 'Id') ?? '',
    type: attributeOf(m[0], 'Type') ?? '',
    target: attributeOf(m[0], 'Target') ?? '',
    external: attributeOf(m[0], 'TargetMode') === 'External',
  }));
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** A package's content types: overrides by part name, defaults by extension. */
export class ContentTypes {
  readonly #defaults = new Map<string, string>();
  readonly #overrides = new Map<string, string>();

  constructor(xml: string) {
    for (const m of xml.matchAll(/<Default\b[^>]*>/g)) this.#defaults.set((attributeOf(m[0], 'Extension') ?? '').toLowerCase(), attributeOf(m[0], 'ContentType') ?? '');
    for (const m of xml.matchAll(/<Override\b[^>]*>/g)) this.#overrides.set((attributeOf(m[0], 'PartName') ?? '').replace(/^\//, ''), attributeOf(m[0], 'ContentType') ?? '');
  }

  /** The content type of a part (name without the leading slash). */
  of(part: string): string | undefined {
    return this.#overrides.get(part) ?? this.#defaults.get(extensionOf(part));
  }

  /** Gives `part` its type: by the extension's default where that already says so, else by an override. */
  set(part: string, type: string): void {
    const extension = extensionOf(part);
    if (this.#defaults.get(extension) === type) return;
    if (!this.#defaults.has(extension) && !part.endsWith('.xml')) this.#defaults.set(extension, type);
    else this.#overrides.set(part, type);
  }

  remove(part: string): void {
    this.#overrides.delete(part);
  }

  toXml(): string {
    const defaults = [...this.#defaults].map(([extension, type]) => `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(type)}"/>`);
    const overrides = [...this.#overrides].map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
  }
}

function extensionOf(part: string): string {
  const dot = part.lastIndexOf('.');
  return dot === -1 ? '' : part.slice(dot + 1).toLowerCase();
}

/** The namespace declarations on a part's root element, by prefix. */
function namespacesOf(xml: string): Map<string, string> {
  const root = /<[A-Za-z][\w.-]*:[\w.-]+\b[^>]*>/.exec(xml.replace(/<\?xml[^>]*\?>/, ''))?.[0] ?? '';
  return new Map([...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/**
 * `xml` with every namespace `from` declares on its root and `xml` lacks declared on its root too,
 * so that elements moved from one part into the other keep their prefixes bound.
 */
export function withNamespacesOf(xml: string, from: string): string {
  const have = namespacesOf(xml);
  const missing = [...namespacesOf(from)].filter(([prefix]) => !have.has(prefix));
  if (missing.length === 0) return xml;
  const declarations = missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  return xml.replace(/(<\?xml[^>]*\?>\s*)?(<[A-Za-z][\w.-]*:[\w.-]+)/, (_, declaration: string | undefined, root: string) => `${declaration ?? ''}${root}${declarations}`);
}
