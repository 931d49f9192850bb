import { contentOf, readZip } from '../render/zip/zip-archive.js';

/**
 * An Office package (a .pptx, .potx, .docx or .dotx: a zip of XML parts) read into memory: its
 * parts by name, in the zip's order, and the relationships between them. Just what reading a
 * template takes; undefined where the bytes are not a zip.
 */
export interface PackageParts {
  /** Every part's bytes by name (`ppt/presentation.xml`), in the order the zip holds them. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
}

export interface Relationship {
  readonly id: string;
  /** The relationship's type, less its namespace: `slideLayout`, `theme`, `image`. */
  readonly type: string;
  /** The part it points at, resolved to a name in the package (`ppt/slideLayouts/slideLayout1.xml`). */
  readonly target: string;
  readonly external: boolean;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

/** The package's parts, or undefined where the bytes are not a readable zip. */
export function readPackage(bytes: Uint8Array): PackageParts | undefined {
  try {
    const parts = new Map<string, Uint8Array>();
    for (const entry of readZip(bytes)) if (!entry.name.endsWith('/')) parts.set(entry.name, contentOf(entry));
    return { parts };
  } catch {
    return undefined;
  }
}

/** A part's text, or undefined where the package has no such part. */
export function partText(pkg: PackageParts, name: string): string | undefined {
  const bytes = pkg.parts.get(name);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** The relationships part of a part: `ppt/_rels/presentation.xml.rels` for `ppt/presentation.xml`. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship's target against the folder of the part it belongs to. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** An attribute's value in a tag's text, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

/** The relationships of a part, in the order its .rels lists them. */
export function relationshipsOf(pkg: PackageParts, part: string): Relationship[] {
  const xml = partText(pkg, relsName(part)) ?? '';
  return [...xml.matchAll(/<Relationship\s[^>]*>/g)].map(([tag]) => {
    const external = attribute(tag, 'TargetMode') === 'External';
    const target = attribute(tag, 'Target') ?? '';
    return {
      id: attribute(tag, 'Id') ?? '',
      type: (attribute(tag, 'Type') ?? '').replace(/^.*\//, ''),
      target: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/** The main part the package's root relationships name (`ppt/presentation.xml`, `word/document.xml`). */
export function mainPart(pkg: PackageParts): string | undefined {
  return relationshipsOf(pkg, '').find((r) => r.type === 'officeDocument')?.target;
}
