import type { Box } from '../compose/slide-pack/slide-pack-view.js';
import type { FrameLayout, FramePlaceholder, FrameTheme, SlideFrame } from '../compose/slide-pack/slide-frame.js';
import type { ChosenLayouts } from './layout-choice.js';
import { partText, relationshipsOf } from './package-parts.js';
import type { EmuBox, SlideTemplate, TemplateLayout, TemplatePlaceholder } from './slide-template.js';

const EMU_PER_INCH = 914_400;
const inches = (emu: number): number => Math.round((emu / EMU_PER_INCH) * 1000) / 1000;
const boxIn = (box: EmuBox): Box => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

/** Placeholder types that are not content: a layout's content area is any other. */
const NOT_CONTENT = new Set(['title', 'ctrTitle', 'subTitle', 'dt', 'ftr', 'sldNum', 'hdr', 'pic', 'chart', 'tbl', 'clipArt', 'dgm', 'media', 'sldImg']);
const TITLES = new Set(['title', 'ctrTitle']);

/** The master's placeholder a layout's placeholder takes its place from, where it gives none. */
function inherited(master: readonly TemplatePlaceholder[], type: string): EmuBox | undefined {
  const masterType = TITLES.has(type) ? 'title' : type === 'obj' || type === 'subTitle' ? 'body' : type;
  return master.find((p) => p.type === masterType)?.box;
}

function placeOf(placeholder: TemplatePlaceholder, master: readonly TemplatePlaceholder[]): EmuBox | undefined {
  return placeholder.box ?? inherited(master, placeholder.type);
}

/** The scheme colour names a master maps (`tx1` -> `dk1`), and the theme's colours. */
function themeOf(template: SlideTemplate, masterPart: string): { theme: FrameTheme; clrMap: Map<string, string> } {
  const masterXml = partText(template.pkg, masterPart) ?? '';
  const clrMapTag = /<p:clrMap\s[^>]*>/.exec(masterXml)?.[0] ?? '';
  const clrMap = new Map<string, string>();
  for (const [, name, value] of clrMapTag.matchAll(/\s(\w+)="(\w+)"/g)) if (name !== undefined && value !== undefined) clrMap.set(name, value);
  const themePart = relationshipsOf(template.pkg, masterPart).find((r) => r.type === 'theme')?.target;
  const themeXml = themePart === undefined ? '' : (partText(template.pkg, themePart) ?? '');
  const colours: Record<string, string> = {};
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0] ?? '';
  for (const [, name, body] of scheme.matchAll(/<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>([\s\S]*?)<\/a:\1>/g)) {
    const value = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(body ?? '')?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(body ?? '')?.[1];
    if (name !== undefined && value !== undefined) colours[name] = value.toUpperCase();
  }
  const font = (kind: 'major' | 'minor'): string => /<a:latin typeface="([^"]*)"/.exec(new RegExp(`<a:${kind}Font>([\\s\\S]*?)</a:${kind}Font>`).exec(themeXml)?.[1] ?? '')?.[1] ?? 'Arial';
  return { theme: { colours, majorFont: font('major'), minorFont: font('minor') }, clrMap };
}

/** The colour a run's `<a:solidFill>` names, as `RRGGBB`, through the master's colour map. */
function colourIn(xml: string | undefined, theme: FrameTheme, clrMap: ReadonlyMap<string, string>): string | undefined {
  if (xml === undefined) return undefined;
  const fill = /<a:solidFill>\s*<a:(srgbClr|schemeClr) val="(\w+)"/.exec(xml);
  if (fill === null) return undefined;
  if (fill[1] === 'srgbClr') return fill[2]?.toUpperCase();
  const name = fill[2] ?? '';
  return theme.colours[clrMap.get(name) ?? name];
}

/** The title colour of a layout: its title placeholder's own, else the master's title style. */
function titleColourOf(template: SlideTemplate, layout: TemplateLayout, theme: FrameTheme, clrMap: ReadonlyMap<string, string>): string {
  const layoutXml = partText(template.pkg, layout.part) ?? '';
  const override = /<a:overrideClrMapping\s[^>]*>/.exec(layoutXml)?.[0];
  const map = new Map(clrMap);
  if (override !== undefined) for (const [, name, value] of override.matchAll(/\s(\w+)="(\w+)"/g)) if (name !== undefined && value !== undefined) map.set(name, value);
  const titleShape = [...layoutXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([s]) => s).find((s) => /<p:ph\b[^>]*type="(?:title|ctrTitle)"/.test(s));
  const own = colourIn(/<a:lvl1pPr\b[\s\S]*?<\/a:lvl1pPr>/.exec(titleShape ?? '')?.[0], theme, map);
  const masterXml = partText(template.pkg, layout.master) ?? '';
  const master = colourIn(/<p:titleStyle>[\s\S]*?<\/a:lvl1pPr>/.exec(masterXml)?.[0], theme, map);
  return own ?? master ?? theme.colours[map.get('tx1') ?? 'dk1'] ?? '000000';
}

/** The footer or slide number: the layout's placeholder (with its index), else the master's place for one. */
function footerPart(layout: TemplateLayout, master: readonly TemplatePlaceholder[], type: 'ftr' | 'sldNum'): FramePlaceholder | undefined {
  const own = layout.placeholders.find((p) => p.type === type);
  const box = own === undefined ? master.find((p) => p.type === type)?.box : placeOf(own, master);
  if (box === undefined) return undefined;
  return { box: boxIn(box), ...(own?.idx === undefined ? {} : { idx: own.idx }) };
}

/** Keeps a content area above any footer placeholder that lies across its foot. */
function aboveFooters(body: Box, feet: readonly Box[]): Box {
  const bottom = feet.filter((f) => f.y > body.y + body.h / 2 && f.x < body.x + body.w && f.x + f.w > body.x).reduce((top, f) => Math.min(top, f.y - 0.05), body.y + body.h);
  return { ...body, h: Math.round((bottom - body.y) * 1000) / 1000 };
}

function frameLayout(template: SlideTemplate, layout: TemplateLayout, theme: FrameTheme, clrMap: ReadonlyMap<string, string>): FrameLayout {
  const master = template.masters.find((m) => m.part === layout.master)?.placeholders ?? [];
  const titlePlaceholder = layout.placeholders.find((p) => TITLES.has(p.type));
  const titleEmu = titlePlaceholder === undefined ? undefined : placeOf(titlePlaceholder, master);
  const width = inches(template.width);
  const height = inches(template.height);
  const title = titleEmu === undefined ? { x: 0.4, y: 0.2, w: width - 0.8, h: 0.8 } : boxIn(titleEmu);
  const content = layout.placeholders.find((p) => !NOT_CONTENT.has(p.type)) ?? layout.placeholders.find((p) => p.type === 'subTitle');
  const contentEmu = (content === undefined ? undefined : placeOf(content, master)) ?? master.find((p) => p.type === 'body')?.box;
  const below = { x: title.x, y: title.y + title.h + 0.15, w: width - 2 * title.x, h: height - (title.y + title.h + 0.15) - 0.6 };
  // a template with no footer or slide number anywhere: drawn along the foot of the slide, as packsmith's own has them
  const foot = Math.round((height - 0.45) * 1000) / 1000;
  const footer = footerPart(layout, master, 'ftr') ?? { box: { x: title.x, y: foot, w: Math.round((width - 2 * title.x - 1) * 1000) / 1000, h: 0.3 } };
  const slideNumber = footerPart(layout, master, 'sldNum') ?? { box: { x: Math.round((width - title.x - 0.8) * 1000) / 1000, y: foot, w: 0.8, h: 0.3 } };
  const feet = [footer.box, slideNumber.box];
  // a content area that starts above the title's foot (a title slide's subtitle) starts below it
  const raw = contentEmu === undefined ? below : boxIn(contentEmu);
  const body = aboveFooters(raw.y < title.y + title.h && raw.y + raw.h > title.y + title.h ? { ...raw, y: title.y + title.h, h: raw.y + raw.h - title.y - title.h } : raw, feet);
  return {
    part: layout.part,
    titleType: titlePlaceholder?.type === 'ctrTitle' ? 'ctrTitle' : 'title',
    title,
    body,
    footer,
    slideNumber,
    titleColour: titleColourOf(template, layout, theme, clrMap),
  };
}

/** The frame the composers lay out in: the chosen layouts' places, in inches, and the theme. */
export function templateFrame(template: SlideTemplate, chosen: ChosenLayouts): SlideFrame {
  const { theme, clrMap } = themeOf(template, chosen.content.master);
  return {
    width: inches(template.width),
    height: inches(template.height),
    layouts: { title: frameLayout(template, chosen.title, theme, clrMap), content: frameLayout(template, chosen.content, theme, clrMap), section: frameLayout(template, chosen.section, theme, clrMap) },
    theme,
  };
}

