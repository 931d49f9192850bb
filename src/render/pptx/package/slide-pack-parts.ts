import { attribute, relsName, resolveTarget } from '../../../house-style/package-parts.js';
import { slideLinkUrl } from '../../pdf/slide-links.js';
import { occurrences } from '../../zip/occurrences.js';
import { contentOf, readZip, writeZip, zipEntry, type ZipEntry } from '../../zip/zip-archive.js';

/**
 * A slide pack cut into parts that LibreOffice converts side by side. Impress converts on one
 * core, and most of its time goes on the tables (some 1.6 ms a cell): a part is the same package
 * with only some of the slides in the presentation's list, so each LibreOffice lays out only its
 * own. What a slide shows of the whole pack is kept: its slide number is written as the number,
 * not as a field LibreOffice would count within the part, and each link to a slide becomes a web
 * link to {@link slideLinkUrl}, which the merged PDF turns back into a link to the slide's page.
 */

/** A slide of the package, in the presentation's order, with what it costs LibreOffice to lay out. */
export interface PackageSlide {
  /** 1-based, in the presentation's order. */
  readonly number: number;
  /** Its part, e.g. `ppt/slides/slide3.xml`. */
  readonly part: string;
  readonly cells: number;
  readonly charts: number;
}

/** How a table cell starts in a slide's XML. */
export const TABLE_CELL_STARTS: readonly string[] = ['<a:tc>', '<a:tc '];

const RELATIONSHIP = /<Relationship\b[^>]*?\/?>/g;
const SLIDE_TYPE = /\/relationships\/slide$/;
const CHART_TYPE = /\/relationships\/chart$/;
const SLIDE_JUMP = ' action="ppaction://hlinksldjump"';
const SLIDE_NUMBER_FIELD = /<a:fld\b[^>]*\btype="slidenum"[^>]*>([^]*?)<\/a:fld>/g;
const RUN_PROPERTIES = /<a:rPr\b[^>]*?(?:\/>|>[^]*?<\/a:rPr>)/;
/** Parts are temporary: any date serves. */
const PART_DATE = new Date(Date.UTC(1980, 0, 1));

/** Each relationship of a .rels part: its element (to be replaced whole), id, type and target as written. */
function relationships(xml: string): { readonly element: string; readonly id: string; readonly type: string; readonly target: string }[] {
  return (xml.match(RELATIONSHIP) ?? []).map((element) => ({ element, id: attribute(element, 'Id') ?? '', type: attribute(element, 'Type') ?? '', target: attribute(element, 'Target') ?? '' }));
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** A slide pack read once, to be cut into parts. */
export interface SlidePackPackage {
  readonly entries: readonly ZipEntry[];
  readonly text: (name: string) => string | undefined;
  /** Its slides in the presentation's order, with the table cells and charts of each. */
  readonly slides: readonly PackageSlide[];
  /** The number the first slide shows. */
  readonly firstNumber: number;
  /**
   * Whether its parts' PDFs merge into the whole pack's: not where a slide is hidden (LibreOffice
   * leaves it out, so pages are not slides), a link jumps relative to the slide shown (next, last),
   * or a layout or master shows a slide number outside a placeholder (counted within the part).
   */
  readonly divisible: boolean;
}

/** A `<p:sp>` shape of a layout or master holding a slide-number field but no placeholder. */
const LOOSE_SLIDE_NUMBER = /<p:sp>(?:(?!<\/p:sp>)[^])*?type="slidenum"(?:(?!<\/p:sp>)[^])*<\/p:sp>/g;

function showsLooseSlideNumber(xml: string): boolean {
  return (xml.match(LOOSE_SLIDE_NUMBER) ?? []).some((shape) => !shape.includes('<p:ph'));
}

/** Reads a PowerPoint package's slides: throws where the bytes are not a zip package. */
export function readSlidePack(pptx: Uint8Array): SlidePackPackage {
  const entries = readZip(pptx);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const text = (name: string): string | undefined => {
    const entry = byName.get(name);
    return entry === undefined ? undefined : decoder.decode(contentOf(entry));
  };
  const presentation = text('ppt/presentation.xml') ?? '';
  const targets = new Map(relationships(text('ppt/_rels/presentation.xml.rels') ?? '').filter((r) => SLIDE_TYPE.test(r.type)).map((r) => [r.id, resolveTarget('ppt/presentation.xml', r.target)]));
  const slides: PackageSlide[] = [];
  let divisible = true;
  for (const element of presentation.match(/<p:sldId\b[^>]*>/g) ?? []) {
    const part = targets.get(attribute(element, 'r:id') ?? '');
    if (part === undefined) continue;
    const xml = text(part) ?? '';
    if (/<p:sld\b[^>]*\bshow="(?:0|false)"/.test(xml) || xml.includes('ppaction://hlinkshowjump')) divisible = false;
    const charts = relationships(text(relsName(part)) ?? '').filter((r) => CHART_TYPE.test(r.type)).length;
    slides.push({ number: slides.length + 1, part, cells: occurrences(xml, TABLE_CELL_STARTS), charts });
  }
  for (const entry of entries) if (/^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(entry.name) && showsLooseSlideNumber(text(entry.name) ?? '')) divisible = false;
  const firstNumber = Number(attribute(/<p:presentation\b[^>]*>/.exec(presentation)?.[0] ?? '', 'firstSlideNum') ?? '1');
  return { entries, text, slides, firstNumber: Number.isInteger(firstNumber) ? firstNumber : 1, divisible };
}

/** The slide's XML with its slide number written as the number it shows, in the field's own run properties. */
function withSlideNumber(xml: string, number: number): string {
  return xml.replace(SLIDE_NUMBER_FIELD, (_field, inner: string) => `<a:r>${RUN_PROPERTIES.exec(inner)?.[0] ?? ''}<a:t>${number}</a:t></a:r>`);
}

/** The slide's relationships with each link to a slide made a web link to it (see {@link slideLinkUrl}). */
function withSlideLinks(rels: string, slidePart: string, numberOf: ReadonlyMap<string, number>): string {
  let fixed = rels;
  for (const relationship of relationships(rels)) {
    if (!SLIDE_TYPE.test(relationship.type)) continue;
    const target = numberOf.get(resolveTarget(slidePart, relationship.target));
    if (target === undefined) continue;
    const link = `<Relationship Id="${relationship.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${slideLinkUrl(target)}" TargetMode="External"/>`;
    fixed = fixed.replace(relationship.element, link);
  }
  return fixed;
}

/**
 * The package with only slides `first` to `last` (1-based, in the presentation's order) in the
 * presentation's list, each showing its number in the whole pack and linking to slides as web links
 * (see {@link slideLinkUrl}). The other slides stay in the package, unlisted: LibreOffice opens
 * only the listed ones. Stored, not compressed: a part is read once, by LibreOffice.
 */
export function slidePackPart(pack: SlidePackPackage, first: number, last: number): Uint8Array {
  const kept = pack.slides.filter((slide) => slide.number >= first && slide.number <= last);
  const keptParts = new Set(kept.map((slide) => slide.part));
  const numberOf = new Map(pack.slides.map((slide) => [slide.part, slide.number]));
  const partNumber = new Map(kept.map((slide) => [slide.part, slide.number]));
  const keptRels = new Map(kept.map((slide) => [relsName(slide.part), slide.part]));
  const presentationRels = relationships(pack.text('ppt/_rels/presentation.xml.rels') ?? '');
  const listed = new Set(presentationRels.filter((r) => keptParts.has(resolveTarget('ppt/presentation.xml', r.target))).map((r) => r.id));
  const changed = (entry: ZipEntry, xml: string): ZipEntry => zipEntry(entry.name, encoder.encode(xml), false);
  const entries = pack.entries.map((entry) => {
    if (entry.name === 'ppt/presentation.xml') {
      const xml = pack.text(entry.name) ?? '';
      return changed(entry, xml.replace(/<p:sldId\b[^>]*>/g, (element) => (listed.has(attribute(element, 'r:id') ?? '') ? element : '')));
    }
    const number = partNumber.get(entry.name);
    if (number !== undefined) return changed(entry, withSlideNumber((pack.text(entry.name) ?? '').split(SLIDE_JUMP).join(''), pack.firstNumber + number - 1));
    const slidePart = keptRels.get(entry.name);
    if (slidePart !== undefined) return changed(entry, withSlideLinks(pack.text(entry.name) ?? '', slidePart, numberOf));
    return entry;
  });
  return writeZip(entries, PART_DATE);
}
