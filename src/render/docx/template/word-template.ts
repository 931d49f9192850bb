import { mainPart, partText, readPackage, relationshipsOf, type Relationship } from '../../../house-style/package-parts.js';
import { CONTENT_TYPE, ContentTypes } from './package-xml.js';

/**
 * A Word template (.dotx) or document (.docx) opened as a package: the parts the cover report takes
 * from it (styles, numbering, theme, fonts, settings, headers and footers) and its page setup, the
 * last `w:sectPr` of its body. Its own body text is not used.
 */
export interface WordTemplate {
  readonly contentTypes: ContentTypes;
  /** The main document part, e.g. `word/document.xml`. */
  readonly documentPart: string;
  /** The document's relationships, targets resolved to part names, types without their namespace (`header`). */
  readonly documentRelationships: readonly Relationship[];
  readonly styles: string;
  /** The body's last section properties, `<w:sectPr ...>...</w:sectPr>`. */
  readonly section: string;
  /** A part's bytes, by name. */
  bytes(part: string): Uint8Array | undefined;
  /** A part's text, by name. */
  text(part: string): string | undefined;
  /** The relationships of a part, targets resolved. */
  relationshipsOf(part: string): Relationship[];
  /** The part the document's (first) relationship of a type (`styles`, `theme`) points to, if any. */
  documentPartOf(type: string): string | undefined;
}

/** Why a file cannot serve as the report's template; the caller puts the file's label before the reason. */
export interface TemplateFault {
  readonly rule: string;
  /** Follows the file's label: `the report template "brand.dotx" ${reason}`. */
  readonly reason: string;
}

const SAVE_AS = 'open it in Word and save it as a Word Template (.dotx)';

/** Opens a Word template, or says why it cannot be used. */
export function readWordTemplate(bytes: Uint8Array): { readonly template: WordTemplate } | { readonly fault: TemplateFault } {
  const pkg = readPackage(bytes);
  const documentPart = pkg === undefined ? undefined : mainPart(pkg);
  const document = pkg === undefined || documentPart === undefined ? undefined : partText(pkg, documentPart);
  const contentTypes = new ContentTypes(pkg === undefined ? '' : (partText(pkg, '[Content_Types].xml') ?? ''));
  const type = documentPart === undefined ? undefined : contentTypes.of(documentPart);
  if (pkg === undefined || documentPart === undefined || document === undefined || (type !== CONTENT_TYPE.document && type !== CONTENT_TYPE.template)) {
    return { fault: { rule: 'model/not-a-template', reason: `is not a Word file, so the cover report cannot be written in it; ${SAVE_AS}` } };
  }
  const documentRelationships = relationshipsOf(pkg, documentPart);
  const documentPartOf = (kind: string): string | undefined => documentRelationships.find((r) => r.type === kind && !r.external)?.target;
  const stylesPart = documentPartOf('styles');
  const styles = stylesPart === undefined ? undefined : partText(pkg, stylesPart);
  if (styles === undefined) return { fault: { rule: 'model/template-styles', reason: `has no styles, so the cover report cannot be written in them; open it in Word, check its styles (Home > Styles) and save it as a Word Template (.dotx)` } };
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const section = sections[sections.length - 1]?.[0];
  if (section === undefined || !section.includes('<w:pgSz')) {
    return { fault: { rule: 'model/template-page', reason: `has no page size, so the cover report cannot be laid out on it; open it in Word, set its size and margins (Layout > Size, Layout > Margins) and save it as a Word Template (.dotx)` } };
  }
  return {
    template: {
      contentTypes,
      documentPart,
      documentRelationships,
      styles,
      section,
      bytes: (part) => pkg.parts.get(part),
      text: (part) => partText(pkg, part),
      relationshipsOf: (part) => relationshipsOf(pkg, part),
      documentPartOf,
    },
  };
}
