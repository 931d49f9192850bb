import { contentOf, readZip, writeZip, zipEntry, type ZipEntry } from '../zip/zip-archive.js';
import { withZipTimestamps } from './zip-timestamps.js';
import { escapeXml } from './xml-text.js';

/*
 * Makes a document's bytes depend on its content only, so two runs give identical files. The docx
 * package (9.15) varies between runs in:
 * - relationship ids made with `Math.random` (hyperlinks; the charts' are packsmith's own, written
 *   in the same form: see chart-parts.ts), and the watermark's shape id;
 * - drawing ids (`wp:docPr id`) from a counter that keeps counting across documents in one process;
 * - the created and modified dates in docProps/core.xml;
 * - the time of every zip entry, in the document and in any workbook embedded in it.
 * Each is replaced by a value worked out from the document itself. The same pass writes what the
 * package has no option for: the document's language in core.xml, settings.xml and the charts.
 */

/** What a package is fixed to. */
export interface PackageFixes {
  /** The date written as created/modified and on every zip entry. */
  readonly date: Date;
  /** BCP 47, e.g. `en-GB`. */
  readonly language: string;
  /** Last edits to word/document.xml, after the ids are settled. */
  readonly editDocument?: (xml: string) => string;
}

const RANDOM_RELATIONSHIP_ID = /"rId([a-z0-9_-]{21})"/g;
const WATERMARK_ID = /PowerPlusWaterMarkObject[a-z0-9_-]{21}/g;
const DRAWING_ID = /(<wp:docPr\b[^>]*?\sid=")(\d+)(")/g;
const TEXT_PART = /\.(xml|rels)$/;
const STORED = 0;

/** Renames as it meets them, so the same document always gives the same names. */
class Renamer {
  private readonly names = new Map<string, string>();
  constructor(private readonly nameFor: (n: number) => string) {}
  rename(id: string): string {
    let name = this.names.get(id);
    if (name === undefined) {
      name = this.nameFor(this.names.size + 1);
      this.names.set(id, name);
    }
    return name;
  }
}

function fixCoreProperties(xml: string, fixes: PackageFixes): string {
  const stamp = fixes.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dated = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
  return dated.includes('<dc:language>') ? dated : dated.replace('</cp:coreProperties>', `<dc:language>${escapeXml(fixes.language)}</dc:language></cp:coreProperties>`);
}

/** `w:themeFontLang` comes after `w:compat` and before `w:clrSchemeMapping` (ECMA-376 Part 1, 17.15.1.78). */
function fixSettings(xml: string, fixes: PackageFixes): string {
  if (xml.includes('<w:themeFontLang')) return xml;
  const element = `<w:themeFontLang w:val="${escapeXml(fixes.language)}"/>`;
  return xml.includes('<w:clrSchemeMapping') ? xml.replace('<w:clrSchemeMapping', `${element}<w:clrSchemeMapping`) : xml.replace('</w:settings>', `${element}</w:settings>`);
}

/** Rewrites a text part; returns it unchanged when there is nothing to fix. */
function fixPart(name: string, xml: string, fixes: PackageFixes, state: { relationships: Renamer; watermarks: Renamer; drawings: number }): string {
  let fixed = xml
    .replace(RANDOM_RELATIONSHIP_ID, (_, id: string) => `"${state.relationships.rename(id)}"`)
    .replace(WATERMARK_ID, (id) => state.watermarks.rename(id))
    .replace(DRAWING_ID, (_, before: string, _id: string, after: string) => `${before}${(state.drawings += 1)}${after}`)
    .replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${escapeXml(fixes.language)}"/>`);
  if (name === 'docProps/core.xml') fixed = fixCoreProperties(fixed, fixes);
  if (name === 'word/settings.xml') fixed = fixSettings(fixed, fixes);
  if (name === 'word/document.xml' && fixes.editDocument !== undefined) fixed = fixes.editDocument(fixed);
  return fixed;
}

/**
 * The document's bytes with every run-to-run difference removed. Parts that need no change keep
 * the compressed bytes the docx package wrote; only their dates change. Takes the package's bytes,
 * or its entries where an earlier step has edited some (see `applyTemplate`).
 */
export function deterministicPackage(docx: Uint8Array | readonly ZipEntry[], fixes: PackageFixes): Uint8Array {
  const state = { relationships: new Renamer((n) => `rIdP${n}`), watermarks: new Renamer((n) => `PowerPlusWaterMarkObject${n}`), drawings: 0 };
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const entries = (docx instanceof Uint8Array ? readZip(docx) : docx).map((entry): ZipEntry => {
    // an embedded workbook is a zip of its own, already compressed: re-date it and store it as it is
    if (entry.name.endsWith('.xlsx')) return zipEntry(entry.name, withZipTimestamps(contentOf(entry), fixes.date), false);
    if (!TEXT_PART.test(entry.name)) return entry;
    const xml = decoder.decode(contentOf(entry));
    const fixed = fixPart(entry.name, xml, fixes, state);
    // an entry stored uncompressed was edited before this pass: it is compressed here
    return fixed === xml && entry.method !== STORED ? entry : zipEntry(entry.name, encoder.encode(fixed), true);
  });
  return writeZip(entries, fixes.date);
}
