import { attribute, mainPart, partText, readPackage, relationshipsOf, type PackageParts } from './package-parts.js';

/** A rectangle in EMU (914,400 to the inch), as a slide part positions its shapes. */
export interface EmuBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A placeholder on a layout or master: its type (`title`, `body`, `ftr`...), index and place. */
export interface TemplatePlaceholder {
  /** The `type` of its `<p:ph>`; `obj` where none is given, as the format says. */
  readonly type: string;
  readonly idx?: string;
  /** Its own position, where the layout or master gives one. */
  readonly box?: EmuBox;
}

export interface TemplateLayout {
  /** The part's name, e.g. `ppt/slideLayouts/slideLayout6.xml`. */
  readonly part: string;
  /** The layout's name as PowerPoint shows it, e.g. "Title Only". */
  readonly name: string;
  /** The layout's type, e.g. `title`, `secHead`, `titleOnly`, `obj`; `cust` where none is given. */
  readonly type: string;
  readonly master: string;
  readonly placeholders: readonly TemplatePlaceholder[];
}

export interface TemplateMaster {
  readonly part: string;
  readonly placeholders: readonly TemplatePlaceholder[];
}

/** A PowerPoint template as the slide pack is drawn on it. */
export interface SlideTemplate {
  readonly pkg: PackageParts;
  /** `ppt/presentation.xml`, or wherever the package's root relationship points. */
  readonly presentation: string;
  /** Slide size, EMU. */
  readonly width: number;
  readonly height: number;
  readonly masters: readonly TemplateMaster[];
  /** Every layout of every master, in the masters' order. */
  readonly layouts: readonly TemplateLayout[];
}

/** Why bytes are not a template the pack can be drawn on. */
export type SlideTemplateFault = 'not-a-zip' | 'not-a-presentation' | 'no-master';

const DEFAULT_SIZE = { width: 9_144_000, height: 6_858_000 };

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** The position of a shape, from the first `<a:off>` and `<a:ext>` of its shape properties. */
function boxOf(shape: string): EmuBox | undefined {
  const spPr = /<p:spPr\s*\/>|<p:spPr\b[^>]*>[\s\S]*?<\/p:spPr>/.exec(shape)?.[0] ?? '';
  const off = /<a:off\s[^>]*>/.exec(spPr)?.[0];
  const ext = /<a:ext\s[^>]*>/.exec(spPr)?.[0];
  if (off === undefined || ext === undefined) return undefined;
  const [x, y, w, h] = [number(attribute(off, 'x')), number(attribute(off, 'y')), number(attribute(ext, 'cx')), number(attribute(ext, 'cy'))];
  return x === undefined || y === undefined || w === undefined || h === undefined ? undefined : { x, y, w, h };
}

/** The placeholders among a slide part's shapes, in the order they are drawn. */
export function placeholdersOf(xml: string): TemplatePlaceholder[] {
  const found: TemplatePlaceholder[] = [];
  for (const [shape] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) {
    const ph = /<p:ph\b[^>]*>/.exec(shape)?.[0];
    if (ph === undefined) continue;
    const idx = attribute(ph, 'idx');
    const box = boxOf(shape);
    found.push({ type: attribute(ph, 'type') ?? 'obj', ...(idx === undefined ? {} : { idx }), ...(box === undefined ? {} : { box }) });
  }
  return found;
}

/** Reads a template's slide size, masters and layouts; a fault where the bytes are not one. */
export function readSlideTemplate(bytes: Uint8Array): SlideTemplate | SlideTemplateFault {
  const pkg = readPackage(bytes);
  if (pkg === undefined) return 'not-a-zip';
  const presentation = mainPart(pkg);
  const presentationXml = presentation === undefined ? undefined : partText(pkg, presentation);
  if (presentation === undefined || presentationXml === undefined || !presentationXml.includes('<p:presentation')) return 'not-a-presentation';
  const size = /<p:sldSz\s[^>]*>/.exec(presentationXml)?.[0];
  const width = number(size === undefined ? undefined : attribute(size, 'cx')) ?? DEFAULT_SIZE.width;
  const height = number(size === undefined ? undefined : attribute(size, 'cy')) ?? DEFAULT_SIZE.height;
  const rels = relationshipsOf(pkg, presentation);
  const masterIds = [...presentationXml.matchAll(/<p:sldMasterId\s[^>]*>/g)].map(([tag]) => attribute(tag, 'r:id'));
  const masters: TemplateMaster[] = [];
  const layouts: TemplateLayout[] = [];
  for (const id of masterIds) {
    const part = rels.find((r) => r.id === id && r.type === 'slideMaster')?.target;
    const xml = part === undefined ? undefined : partText(pkg, part);
    if (part === undefined || xml === undefined) continue;
    masters.push({ part, placeholders: placeholdersOf(xml) });
    const masterRels = relationshipsOf(pkg, part);
    for (const [tag] of xml.matchAll(/<p:sldLayoutId\s[^>]*>/g)) {
      const layoutPart = masterRels.find((r) => r.id === attribute(tag, 'r:id') && r.type === 'slideLayout')?.target;
      const layoutXml = layoutPart === undefined ? undefined : partText(pkg, layoutPart);
      if (layoutPart === undefined || layoutXml === undefined) continue;
      const root = /<p:sldLayout\b[^>]*>/.exec(layoutXml)?.[0] ?? '';
      const cSld = /<p:cSld\b[^>]*>/.exec(layoutXml)?.[0] ?? '';
      layouts.push({ part: layoutPart, name: attribute(cSld, 'name') ?? '', type: attribute(root, 'type') ?? 'cust', master: part, placeholders: placeholdersOf(layoutXml) });
    }
  }
  if (masters.length === 0) return 'no-master';
  return { pkg, presentation, width, height, masters, layouts };
}
