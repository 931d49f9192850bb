import { attributeOf } from '../xml-text.js';

/**
 * The template's page setup, as each of the report's sections gets it: its page size and margins
 * (turned for a landscape appendix, margins kept so the header and footer keep their room), page
 * borders, columns and grid, and its headers and footers; the first section keeps the template's
 * different first page (`w:titlePg`, where a template puts its logo), later ones do not.
 * ECMA-376 Part 1, 17.6.17: the children of `w:sectPr` in order.
 */

/** Page size and margins in twips. */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number; readonly header: number; readonly footer: number };
}

export type Orientation = 'portrait' | 'landscape';

/** A header or footer the template's section refers to: its kind, type (default, first, even) and part. */
export interface PageFurnitureReference {
  readonly kind: 'header' | 'footer';
  readonly type: string;
  readonly relationshipId: string;
}

const twips = (tag: string | undefined, name: string, fallback: number): number => {
  const value = tag === undefined ? undefined : attributeOf(tag, name);
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? Math.abs(Math.round(n)) : fallback;
};

/** A4 with 2 cm margins: what Word assumes where a template leaves a value out. */
export function pageGeometry(section: string): PageGeometry {
  const size = /<w:pgSz\b[^>]*>/.exec(section)?.[0];
  const margin = /<w:pgMar\b[^>]*>/.exec(section)?.[0];
  const a = twips(size, 'w:w', 11_906);
  const b = twips(size, 'w:h', 16_838);
  return {
    // portrait as the template's page is described; the report turns it for landscape sections
    width: Math.min(a, b),
    height: Math.max(a, b),
    margin: {
      top: twips(margin, 'w:top', 1_134),
      right: twips(margin, 'w:right', 1_134),
      bottom: twips(margin, 'w:bottom', 1_134),
      left: twips(margin, 'w:left', 1_134),
      header: twips(margin, 'w:header', 567),
      footer: twips(margin, 'w:footer', 567),
    },
  };
}

/** The width text may take on a page of the orientation, in twips. */
export function textWidth(page: PageGeometry, orientation: Orientation): number {
  return (orientation === 'landscape' ? page.height : page.width) - page.margin.left - page.margin.right;
}

/** Whether the section has a different first page (`w:titlePg`, not turned off). */
export function hasTitlePage(section: string): boolean {
  return /<w:titlePg\b(?![^>]*w:val="(?:0|false)")[^>]*>/.test(section);
}

export function furnitureReferences(section: string): PageFurnitureReference[] {
  return [...section.matchAll(/<w:(header|footer)Reference\b[^>]*>/g)].map((m) => ({
    kind: m[1] === 'header' ? 'header' : 'footer',
    type: attributeOf(m[0], 'w:type') ?? 'default',
    relationshipId: attributeOf(m[0], 'r:id') ?? '',
  }));
}

/** The elements of the template's section the report's sections take, in schema order: those before `w:titlePg`, and after. */
const KEPT = { beforeTitlePage: ['pgBorders', 'lnNumType', 'pgNumType', 'cols', 'vAlign'], afterTitlePage: ['textDirection', 'bidi', 'rtlGutter', 'docGrid'] } as const;

function element(section: string, name: string): string | undefined {
  return new RegExp(`<w:${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</w:${name}>)`).exec(section)?.[0];
}

/**
 * The `w:sectPr` of one of the report's sections. `references` are the header and footer
 * references with the relationship ids they have in the report.
 */
export function reportSection(templateSection: string, page: PageGeometry, orientation: Orientation, first: boolean, references: readonly PageFurnitureReference[]): string {
  const landscape = orientation === 'landscape';
  const titlePage = first && hasTitlePage(templateSection);
  const refs = references
    .filter((r) => titlePage || r.type !== 'first')
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'header' ? -1 : 1))
    .map((r) => `<w:${r.kind}Reference w:type="${r.type}" r:id="${r.relationshipId}"/>`);
  const { margin } = page;
  const size = landscape ? `<w:pgSz w:w="${page.height}" w:h="${page.width}" w:orient="landscape"/>` : `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>`;
  const gutter = twips(/<w:pgMar\b[^>]*>/.exec(templateSection)?.[0], 'w:gutter', 0);
  const margins = `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="${gutter}"/>`;
  const kept = (names: readonly string[]) =>
    names.flatMap((name) => {
      const found = element(templateSection, name);
      if (found === undefined) return [];
      // only the report's first page starts the numbering where the template says
      return [name === 'pgNumType' && !first ? found.replace(/\sw:start="[^"]*"/, '') : found];
    });
  const middle = [...kept(KEPT.beforeTitlePage), ...(titlePage ? ['<w:titlePg/>'] : []), ...kept(KEPT.afterTitlePage)];
  return `<w:sectPr>${refs.join('')}<w:type w:val="nextPage"/>${size}${margins}${middle.join('')}</w:sectPr>`;
}
