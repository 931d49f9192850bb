import { attribute, partText, relationshipsOf } from '../../../house-style/package-parts.js';
import type { SlideTemplate } from '../../../house-style/slide-template.js';

/**
 * What the slide template brings to the pack's package: its slide masters, their layouts, their
 * theme and every part those reach (logos, pictures, embedded fonts...), copied as they are; and the
 * rewrites that put them in place of pptxgenjs's own masters, layouts and theme.
 */
export interface TemplateParts {
  /** The parts to copy, by name, in the template's order (relationship parts included). */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Content types of the copied parts, by part name (`/ppt/slideMasters/slideMaster1.xml`). */
  readonly overrides: ReadonlyMap<string, string>;
  /** Default content types by extension the copied parts need (`png` -> `image/png`). */
  readonly defaults: ReadonlyMap<string, string>;
  /** `<p:sldMasterIdLst>` and the relationships from the presentation to the masters and theme. */
  readonly masterIdList: string;
  readonly presentationRelationships: readonly string[];
  /** The template's `<p:sldSz .../>`. */
  readonly slideSize: string;
  /** The presentation's theme part, which the notes master also takes. */
  readonly theme: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The masters and everything reachable from them through relationships (not back to the presentation). */
function reachable(template: SlideTemplate): string[] {
  const seen = new Set<string>();
  const queue = template.masters.map((m) => m.part);
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (seen.has(part) || !template.pkg.parts.has(part)) continue;
    seen.add(part);
    for (const rel of relationshipsOf(template.pkg, part)) if (!rel.external && rel.type !== 'slide' && rel.type !== 'notesSlide') queue.push(rel.target);
  }
  return [...template.pkg.parts.keys()].filter((name) => seen.has(name) || (name.endsWith('.rels') && seen.has(name.replace(/_rels\/([^/]+)\.rels$/, '$1'))));
}

export function templateParts(template: SlideTemplate): TemplateParts {
  const names = reachable(template);
  const parts = new Map(names.map((name) => [name, template.pkg.parts.get(name) as Uint8Array]));
  const types = partText(template.pkg, '[Content_Types].xml') ?? '';
  const overrides = new Map<string, string>();
  for (const [tag] of types.matchAll(/<Override\s[^>]*>/g)) {
    const name = attribute(tag, 'PartName') ?? '';
    if (parts.has(name.replace(/^\//, ''))) overrides.set(name, attribute(tag, 'ContentType') ?? '');
  }
  const defaults = new Map<string, string>();
  for (const [tag] of types.matchAll(/<Default\s[^>]*>/g)) {
    const extension = (attribute(tag, 'Extension') ?? '').toLowerCase();
    if (names.some((name) => name.toLowerCase().endsWith(`.${extension}`))) defaults.set(extension, attribute(tag, 'ContentType') ?? '');
  }
  const presentationXml = partText(template.pkg, template.presentation) ?? '';
  const rels = relationshipsOf(template.pkg, template.presentation);
  const ids = [...presentationXml.matchAll(/<p:sldMasterId\s[^>]*>/g)].map(([tag]) => ({ id: attribute(tag, 'id') ?? '', rid: attribute(tag, 'r:id') ?? '' }));
  const presentationFolder = template.presentation.slice(0, template.presentation.lastIndexOf('/') + 1);
  const relative = (target: string): string => (target.startsWith(presentationFolder) ? target.slice(presentationFolder.length) : `/${target}`);
  const masterRels = ids.flatMap(({ id, rid }, index) => {
    const target = rels.find((r) => r.id === rid)?.target;
    return target === undefined ? [] : [{ id, rid: `rIdTemplateMaster${index + 1}`, target }];
  });
  const theme = rels.find((r) => r.type === 'theme')?.target ?? relationshipsOf(template.pkg, template.masters[0]?.part ?? '').find((r) => r.type === 'theme')?.target ?? '';
  return {
    parts,
    overrides,
    defaults,
    masterIdList: `<p:sldMasterIdLst>${masterRels.map((m) => `<p:sldMasterId id="${m.id}" r:id="${m.rid}"/>`).join('')}</p:sldMasterIdLst>`,
    presentationRelationships: [
      ...masterRels.map((m) => `<Relationship Id="${m.rid}" Type="${REL}/slideMaster" Target="${relative(m.target)}"/>`),
      `<Relationship Id="rIdTemplateTheme" Type="${REL}/theme" Target="${relative(theme)}"/>`,
    ],
    slideSize: /<p:sldSz\s[^>]*>/.exec(presentationXml)?.[0] ?? '',
    theme,
  };
}

/**
 * The list style a slide's footer or slide number placeholder inherits: the layout's own where it
 * gives one, else the master's. Written into the slide's placeholder as well, since LibreOffice
 * does not carry it down to a slide's footer by itself.
 */
export function placeholderListStyle(template: SlideTemplate, layoutPart: string, type: 'ftr' | 'sldNum'): string {
  const listStyle = (part: string): string | undefined => {
    const xml = partText(template.pkg, part) ?? '';
    const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([s]) => s).find((s) => new RegExp(`<p:ph\\b[^>]*type="${type}"`).test(s));
    const style = /<a:lstStyle>([\s\S]*?)<\/a:lstStyle>/.exec(shape ?? '')?.[1];
    return style === undefined || style.trim() === '' ? undefined : style;
  };
  const master = template.layouts.find((l) => l.part === layoutPart)?.master ?? '';
  return listStyle(layoutPart) ?? listStyle(master) ?? '';
}

/** pptxgenjs's own parts that the template's take the place of. */
export function isReplacedPart(name: string): boolean {
  return /^ppt\/(slideMasters|slideLayouts|theme)\//.test(name);
}

/** `target` as a relationship of `from` writes it: `../slideLayouts/slideLayout2.xml` from `ppt/slides/slide1.xml`. */
export function relativeTarget(from: string, target: string): string {
  const fromFolders = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let common = 0;
  while (common < fromFolders.length && common < targetParts.length - 1 && fromFolders[common] === targetParts[common]) common += 1;
  return [...fromFolders.slice(common).map(() => '..'), ...targetParts.slice(common)].join('/');
}

/** presentation.xml on the template: its masters and its slide size. */
export function presentationOnTemplate(xml: string, parts: TemplateParts): string {
  return xml.replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, parts.masterIdList).replace(/<p:sldSz\s[^>]*>/, parts.slideSize);
}

/** The presentation's relationships: pptxgenjs's master and theme out, the template's in. */
export function presentationRelsOnTemplate(xml: string, parts: TemplateParts): string {
  const kept = xml.replace(/<Relationship\s[^>]*Type="[^"]*\/(?:slideMaster|theme)"[^>]*\/>/g, '');
  return kept.replace('</Relationships>', `${parts.presentationRelationships.join('')}</Relationships>`);
}

/** A relationships part whose theme relationship (the notes master's) points at the template's theme. */
export function themeRelsOnTemplate(xml: string, from: string, parts: TemplateParts): string {
  return xml.replace(/(<Relationship\s[^>]*Type="[^"]*\/theme"[^>]*Target=")[^"]*(")/g, `$1${relativeTarget(from, parts.theme)}$2`);
}

/** A slide's relationships: its layout is the template layout chosen for it. */
export function slideRelsOnTemplate(xml: string, slidePart: string, layoutPart: string): string {
  return xml.replace(/(<Relationship\s[^>]*Type="[^"]*\/slideLayout"[^>]*Target=")[^"]*(")/, `$1${relativeTarget(slidePart, layoutPart)}$2`);
}

/** The content types: pptxgenjs's masters, layouts and theme out, the template's parts in. */
export function contentTypesOnTemplate(xml: string, parts: TemplateParts): string {
  let types = xml.replace(/<Override\s[^>]*PartName="\/ppt\/(?:slideMasters|slideLayouts|theme)\/[^"]*"[^>]*\/>/g, '');
  const defaults = [...parts.defaults].filter(([extension]) => !new RegExp(`<Default\\s[^>]*Extension="${extension}"`, 'i').test(types)).map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`);
  const overrides = [...parts.overrides].map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`);
  types = types.replace(/(<Types\b[^>]*>)/, `$1${defaults.join('')}`);
  return types.replace('</Types>', `${overrides.join('')}</Types>`);
}

