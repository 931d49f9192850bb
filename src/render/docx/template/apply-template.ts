import { contentOf, zipEntry, type ZipEntry } from '../../zip/zip-archive.js';
import { withFieldResults, withWatermark, watermarkRun, type FieldValues } from './furniture-text.js';
import { relsName, resolveTarget } from '../../../house-style/package-parts.js';
import { CONTENT_TYPE, ContentTypes, RELATIONSHIP_TYPE, parseRelationships, relationshipsXml, type Relationship } from './package-xml.js';
import { furnitureReferences, hasTitlePage, pageGeometry, reportSection, type Orientation, type PageFurnitureReference } from './template-section.js';
import { ourLists, templateLists, withTemplateLists } from './template-lists.js';
import { mergeNumbering, withNumIds } from './template-numbering.js';
import { mergeStyles, usedStyleIds, withStyleIds } from './template-styles.js';
import type { WordTemplate } from './word-template.js';

/**
 * Puts the report the docx package drew on the organisation's template: the package keeps our body,
 * charts and properties; the template gives the styles (ours added where it lacks one), the
 * numbering (ours added), theme, fonts, settings, headers and footers (with whatever they show,
 * logos included) and the page setup of every section. The main part stays a document, whatever
 * the template's was (a .dotx's main part is a template's).
 *
 * Parts copied from the template go under `house/` with the paths they had, so the relative
 * targets of their own relationships hold as they were.
 */
export interface TemplateApplication {
  readonly template: WordTemplate;
  /** Each of the report's sections in order, by orientation. */
  readonly sections: readonly Orientation[];
  /** BCP 47. */
  readonly language: string;
  /** The field results the template's headers and footers may show. */
  readonly fields: FieldValues;
}

const HOUSE = 'house/';
const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELATIONSHIPS = 'word/_rels/document.xml.rels';
/** The style the docx package gives numbered paragraphs. */
const LIST_PARAGRAPH = 'ListParagraph';
const FURNITURE = new Set<string>([RELATIONSHIP_TYPE.header, RELATIONSHIP_TYPE.footer]);

/** Our watermark's run, and the header it was drawn in (for its namespaces). */
interface Watermark {
  readonly run: string;
  readonly header: string;
}

/** The package as editable parts: text where it was changed, entries as they were otherwise. */
class PackageParts {
  readonly #entries: Map<string, ZipEntry>;
  readonly #texts = new Map<string, string>();
  readonly contentTypes: ContentTypes;

  constructor(entries: readonly ZipEntry[]) {
    this.#entries = new Map(entries.map((e) => [e.name, e]));
    this.contentTypes = new ContentTypes(this.text('[Content_Types].xml') ?? '');
  }

  text(name: string): string | undefined {
    const edited = this.#texts.get(name);
    if (edited !== undefined) return edited;
    const entry = this.#entries.get(name);
    return entry === undefined ? undefined : new TextDecoder().decode(contentOf(entry));
  }

  setText(name: string, text: string): void {
    this.#texts.set(name, text);
    this.#entries.delete(name);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.#texts.delete(name);
    this.#entries.set(name, zipEntry(name, bytes, !/\.(png|jpe?g|gif|odttf|xlsx|zip)$/i.test(name)));
  }

  remove(name: string): void {
    this.#texts.delete(name);
    this.#entries.delete(name);
    this.contentTypes.remove(name);
  }

  /** Entries in a fixed order: the content types first, then by name. Edited text is stored uncompressed for the final pass to compress. */
  entries(): ZipEntry[] {
    this.setText('[Content_Types].xml', this.contentTypes.toXml());
    const encoder = new TextEncoder();
    const names = [...new Set([...this.#entries.keys(), ...this.#texts.keys()])].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
    return names.map((name) => {
      const text = this.#texts.get(name);
      return text === undefined ? (this.#entries.get(name) as ZipEntry) : zipEntry(name, encoder.encode(text), false);
    });
  }
}

/** Copies a template part and everything it refers to under `house/`; returns the part's new name. */
function copyPart(template: WordTemplate, part: string, parts: PackageParts, copied: Set<string>, edit: (name: string, xml: string) => string = (_, xml) => xml): string {
  const name = `${HOUSE}${part}`;
  if (copied.has(part)) return name;
  copied.add(part);
  const bytes = template.bytes(part);
  if (bytes === undefined) return name;
  const type = template.contentTypes.of(part);
  if (/\.(xml|rels)$/.test(part)) parts.setText(name, edit(part, new TextDecoder().decode(bytes)));
  else parts.setBytes(name, bytes);
  if (type !== undefined) parts.contentTypes.set(name, type);
  // its relationships as they were: their targets are relative, and the parts they point to come along under `house/`
  // (a target from the package's root, `/word/media/image1.png`, moves with the parts)
  const relationships = template.text(relsName(part));
  if (relationships !== undefined) parts.setText(relsName(name), relationships.replace(/<Relationship\b[^>]*>/g, (r) => (r.includes('TargetMode="External"') ? r : r.replace(/\sTarget="\//, ` Target="/${HOUSE}`))));
  for (const r of template.relationshipsOf(part)) if (!r.external) copyPart(template, r.target, parts, copied, edit);
  return name;
}

/** A relative target from the document part to a part of the package. */
function fromDocument(name: string): string {
  return name.startsWith('word/') ? name.slice('word/'.length) : `../${name}`;
}

/** Removes our own headers and footers (the template's take their place); returns the watermark a draft's header carried. */
function dropOwnFurniture(parts: PackageParts, relationships: Relationship[]): { kept: Relationship[]; watermark?: Watermark } {
  let watermark: Watermark | undefined;
  const kept = relationships.filter((r) => {
    if (!FURNITURE.has(r.type)) return true;
    const name = resolveTarget(DOCUMENT, r.target);
    const xml = parts.text(name) ?? '';
    const run = watermarkRun(xml);
    if (watermark === undefined && run !== undefined) watermark = { run, header: xml };
    parts.remove(name);
    parts.remove(relsName(name));
    return false;
  });
  return watermark === undefined ? { kept } : { kept, watermark };
}

/**
 * The template's headers and footers, copied with the report's field values and a draft's
 * watermark in each header; a draft gets a header of the watermark alone where the template has
 * none. Returns the references each section makes to them, `add` giving their relationship ids.
 */
function carryFurniture(application: TemplateApplication, parts: PackageParts, copied: Set<string>, add: (type: string, name: string) => string, watermark: Watermark | undefined): PageFurnitureReference[] {
  const { template } = application;
  const editFurniture = (_part: string, xml: string): string => {
    if (!/<w:(hdr|ftr)\b/.test(xml)) return xml;
    const filled = withFieldResults(xml, application.fields);
    return watermark !== undefined && /<w:hdr\b/.test(filled) ? withWatermark(filled, watermark.run, watermark.header) : filled;
  };
  const references: PageFurnitureReference[] = furnitureReferences(template.section).flatMap((r) => {
    const found = template.documentRelationships.find((d) => d.id === r.relationshipId && !d.external);
    if (found === undefined) return [];
    const name = copyPart(template, found.target, parts, copied, editFurniture);
    return [{ ...r, relationshipId: add(RELATIONSHIP_TYPE[r.kind], name) }];
  });
  if (watermark === undefined) return references;
  for (const type of hasTitlePage(template.section) ? ['default', 'first'] : ['default']) {
    if (references.some((r) => r.kind === 'header' && r.type === type)) continue;
    const name = `${HOUSE}word/watermark-${type}.xml`;
    parts.setText(name, withWatermark('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:hdr>', watermark.run, watermark.header));
    parts.contentTypes.set(name, CONTENT_TYPE.header);
    references.push({ kind: 'header', type, relationshipId: add(RELATIONSHIP_TYPE.header, name) });
  }
  return references;
}

function settingsOf(template: WordTemplate, ours: string | undefined, language: string): string | undefined {
  const part = template.documentPartOf('settings');
  const xml = part === undefined ? undefined : template.text(part);
  if (xml === undefined) return ours;
  // the template's own links (the template it was made from, a mail merge's data) do not come with
  // it, nor its protection against editing: the report is the officer's to edit
  const cleaned = xml
    .replace(/<w:attachedTemplate\b[^>]*\/>/g, '')
    .replace(/<w:mailMerge\b[\s\S]*?<\/w:mailMerge>/g, '')
    .replace(/<w:(?:attachedSchema|saveThroughXslt|documentProtection|writeProtection)\b[^>]*\/>/g, '');
  const lang = `<w:themeFontLang w:val="${language}"/>`;
  if (/<w:themeFontLang\b/.test(cleaned)) return cleaned.replace(/<w:themeFontLang\b[^>]*\/>/, lang);
  return cleaned.includes('<w:clrSchemeMapping') ? cleaned.replace('<w:clrSchemeMapping', `${lang}<w:clrSchemeMapping`) : cleaned.replace('</w:settings>', `${lang}</w:settings>`);
}

/** The package's entries with the template applied. */
export function applyTemplate(entries: readonly ZipEntry[], application: TemplateApplication): ZipEntry[] {
  const { template } = application;
  const parts = new PackageParts(entries);
  const copied = new Set<string>();
  const { kept, watermark } = dropOwnFurniture(parts, parseRelationships(parts.text(DOCUMENT_RELATIONSHIPS) ?? ''));
  const fromTemplate = new Map<string, string>(
    (['theme', 'fontTable'] as const).flatMap((kind) => {
      const part = template.documentPartOf(kind);
      return part === undefined ? [] : [[RELATIONSHIP_TYPE[kind], part] as const];
    }),
  );
  const relationships = kept.filter((r) => !fromTemplate.has(r.type));
  const add = (type: string, name: string): string => {
    const id = `rIdHouse${relationships.length + 1}`;
    relationships.push({ id, type, target: fromDocument(name), external: false });
    return id;
  };

  // theme and fonts: the template's, in place of any of ours
  for (const [type, part] of fromTemplate) {
    const ours = kept.find((r) => r.type === type);
    if (ours !== undefined) {
      const name = resolveTarget(DOCUMENT, ours.target);
      parts.remove(name);
      parts.remove(relsName(name));
    }
    add(type, copyPart(template, part, parts, copied));
  }

  const references = carryFurniture(application, parts, copied, add, watermark);
  parts.setText(DOCUMENT_RELATIONSHIPS, relationshipsXml(relationships));

  // styles and numbering: the template's, with ours added
  const document = parts.text(DOCUMENT) ?? '';
  const styles = mergeStyles(template.styles, parts.text('word/styles.xml') ?? '', usedStyleIds(document), application.language);
  parts.setText('word/styles.xml', styles.xml);
  const numberingPart = template.documentPartOf('numbering');
  const ourNumbering = parts.text('word/numbering.xml') ?? '';
  const numbering = mergeNumbering(numberingPart === undefined ? undefined : template.text(numberingPart), ourNumbering);
  parts.setText('word/numbering.xml', numbering.xml);
  const settings = settingsOf(template, parts.text('word/settings.xml'), application.language);
  if (settings !== undefined) parts.setText('word/settings.xml', settings);

  // each section on the template's page, the body in the template's styles and numbering
  const page = pageGeometry(template.section);
  let index = 0;
  const sectioned = document.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, () => {
    const orientation = application.sections[index] ?? 'portrait';
    const xml = reportSection(template.section, page, orientation, index === 0, references);
    index += 1;
    return xml;
  });
  const ours = ourLists(ourNumbering, new Set([...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1] ?? '')));
  const merged = { numbered: ours.numbered === undefined ? undefined : numbering.numIds.get(ours.numbered), bullet: ours.bullet === undefined ? undefined : numbering.numIds.get(ours.bullet) };
  const body = withNumIds(withStyleIds(sectioned, styles.renames), numbering.numIds);
  parts.setText(DOCUMENT, withTemplateLists(body, styles.renames.get(LIST_PARAGRAPH) ?? LIST_PARAGRAPH, merged, templateLists(template.styles)));
  return parts.entries();
}
