import { contentOf, readZip, type ZipEntry } from '../../zip/zip-archive.js';
import { CONTENT_TYPE, ContentTypes, RELATIONSHIP_TYPE, parseRelationships, relationshipsPartOf, resolveTarget, type Relationship } from './package-xml.js';

/**
 * A Word template (.dotx) or document (.docx) opened as a package: the parts the cover report takes
 * from it (styles, numbering, theme, fonts, settings, headers and footers) and its page setup, the
 * last `w:sectPr` of its body. Its own body text is not used.
 */
export interface WordTemplate {
  readonly contentTypes: ContentTypes;
  /** The main document part, e.g. `word/document.xml`. */
  readonly documentPart: string;
  readonly documentRelationships: readonly Relationship[];
  readonly styles: string;
  /** The body's last section properties, `<w:sectPr ...>...</w:sectPr>`. */
  readonly section: string;
  /** A part's bytes, by name. */
  bytes(part: string): Uint8Array | undefined;
  /** A part's text, by name. */
  text(part: string): string | undefined;
  /** The relationships of a part. */
  relationshipsOf(part: string): Relationship[];
  /** The part the document's relationship of `type` points to (its first), if any. */
  documentPartOf(type: string): string | undefined;
}

/** Why a file cannot serve as the report's template; the caller adds the file's name and cell. */
export interface TemplateFault {
  readonly rule: string;
  /** Follows the file's name: `"brand.dotx" ${reason}`. */
  readonly reason: string;
}

const HOW_TO_SAVE = 'open it in Word and save it with File > Save As > Word Template (*.dotx)';

function openZip(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  try {
    return new Map(readZip(bytes).map((e) => [e.name, e]));
  } catch {
    return undefined;
  }
}

/** Opens a Word template, or says why it cannot be used. */
export function readWordTemplate(bytes: Uint8Array): { readonly template: WordTemplate } | { readonly fault: TemplateFault } {
  const entries = openZip(bytes);
  if (entries === undefined) return { fault: { rule: 'house-style/report-template-not-a-package', reason: `is not a Word template: it is not a .dotx or .docx file (those are zip packages). Name a template saved from Word, or ${HOW_TO_SAVE}` } };
  const decoder = new TextDecoder();
  const texts = new Map<string, string>();
  const bytesOf = (part: string): Uint8Array | undefined => {
    const entry = entries.get(part);
    if (entry === undefined) return undefined;
    try {
      return contentOf(entry);
    } catch {
      return undefined;
    }
  };
  const text = (part: string): string | undefined => {
    let found = texts.get(part);
    if (found === undefined) {
      const content = bytesOf(part);
      if (content === undefined) return undefined;
      found = decoder.decode(content);
      texts.set(part, found);
    }
    return found;
  };
  const relationshipsOf = (part: string): Relationship[] => parseRelationships(text(relationshipsPartOf(part)) ?? '');

  const contentTypes = new ContentTypes(text('[Content_Types].xml') ?? '');
  const main = relationshipsOf('').find((r) => r.type === RELATIONSHIP_TYPE.officeDocument);
  const documentPart = main === undefined ? undefined : resolveTarget('', main.target);
  const document = documentPart === undefined ? undefined : text(documentPart);
  const type = documentPart === undefined ? undefined : contentTypes.of(documentPart);
  if (documentPart === undefined || document === undefined || (type !== CONTENT_TYPE.document && type !== CONTENT_TYPE.template)) {
    return { fault: { rule: 'house-style/report-template-not-word', reason: `is not a Word template: it holds no Word document (is it a PowerPoint or Excel file, or a macro-enabled .dotm?). Name a .dotx or .docx saved from Word, or ${HOW_TO_SAVE}` } };
  }
  const documentRelationships = relationshipsOf(documentPart);
  const documentPartOf = (kind: string): string | undefined => {
    const found = documentRelationships.find((r) => r.type === kind && !r.external);
    return found === undefined ? undefined : resolveTarget(documentPart, found.target);
  };
  const stylesPart = documentPartOf(RELATIONSHIP_TYPE.styles);
  const styles = stylesPart === undefined ? undefined : text(stylesPart);
  if (styles === undefined) return { fault: { rule: 'house-style/report-template-no-styles', reason: `has no styles (its package has no styles part). Define the styles in Word and ${HOW_TO_SAVE}` } };
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const section = sections[sections.length - 1]?.[0];
  if (section === undefined || !section.includes('<w:pgSz')) return { fault: { rule: 'house-style/report-template-no-page', reason: `has no page setup (no page size in its last section). Set the page size and margins in Word (Layout > Margins, Size) and ${HOW_TO_SAVE}` } };
  return { template: { contentTypes, documentPart, documentRelationships, styles, section, bytes: bytesOf, text, relationshipsOf, documentPartOf } };
}
