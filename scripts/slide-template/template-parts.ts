import { ZipWriter } from '../../src/render/pptx/package/zip-writer.js';
import { xmlEscape } from '../../src/render/pptx/package/xml-text.js';

/**
 * Writes a PowerPoint template (.potx) from a short description: its size, theme colours and
 * fonts, and what its master and layouts carry. Only what the format needs and PowerPoint and
 * LibreOffice open; the same description always gives the same bytes (one fixed date).
 */
export interface TemplateSpec {
  readonly name: string;
  /** Slide size, inches. */
  readonly width: number;
  readonly height: number;
  /** Theme colours, `RRGGBB`. */
  readonly colours: {
    readonly dk1: string;
    readonly lt1: string;
    readonly dk2: string;
    readonly lt2: string;
    readonly accents: readonly [string, string, string, string, string, string];
    readonly hlink: string;
    readonly folHlink: string;
  };
  readonly fonts: { readonly major: string; readonly minor: string };
  /** The master's placeholders, inches. */
  readonly title: Box;
  readonly body: Box;
  readonly footer: Box;
  readonly slideNumber: Box;
  readonly date: Box;
  /** Title colour on the master: a scheme colour name (`tx2`, `accent1`, `bg1`). */
  readonly titleColour: string;
  /** Shapes drawn on the master, so on every slide. */
  readonly masterShapes: readonly MasterShape[];
  /** A band behind the title on the content layouts (title only, title and content). */
  readonly titleBand?: { readonly h: number; readonly colour: string; readonly titleColour: string };
  /** The title slide's background scheme colour and title colour, where not the master's. */
  readonly titleSlide: { readonly background?: string; readonly titleColour: string; readonly title: Box; readonly subtitle: Box };
  /** Which layouts to write (a bad template may leave some out). */
  readonly layouts: readonly LayoutKind[];
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type MasterShape =
  | { readonly kind: 'text'; readonly name: string; readonly box: Box; readonly text: string; readonly size: number; readonly colour: string; readonly align: 'l' | 'r' | 'ctr' }
  | { readonly kind: 'rect'; readonly name: string; readonly box: Box; readonly colour: string }
  | { readonly kind: 'picture'; readonly name: string; readonly box: Box; readonly png: Uint8Array; readonly altText: string };

export type LayoutKind = 'title' | 'secHead' | 'titleOnly' | 'obj' | 'blank';

const LAYOUT_NAMES: Readonly<Record<LayoutKind, string>> = { title: 'Title Slide', secHead: 'Section Header', titleOnly: 'Title Only', obj: 'Title and Content', blank: 'Blank' };

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';
const DATE = new Date('2026-01-01T00:00:00Z');

const emu = (inches: number): number => Math.round(inches * 914_400);
const xfrm = (box: Box): string => `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`;
const GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function relationships(rels: readonly { readonly type: string; readonly target: string }[]): string {
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type.startsWith('http') ? r.type : `${REL}/${r.type}`}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

interface Placeholder {
  readonly id: number;
  readonly name: string;
  readonly type?: string;
  readonly idx?: number;
  readonly box?: Box;
  /** Paragraph text shown in PowerPoint's layout view. */
  readonly prompt: string;
  readonly lstStyle?: string;
  readonly field?: 'slidenum' | 'datetime';
  readonly anchor?: 'b' | 'ctr' | 't';
}

function placeholder(p: Placeholder): string {
  const ph = `<p:ph${p.type === undefined ? '' : ` type="${p.type}"`}${p.idx === undefined ? '' : ` idx="${p.idx}"`}${p.type === 'ftr' || p.type === 'sldNum' || p.type === 'dt' ? ' sz="quarter"' : ''}/>`;
  const text = p.field === undefined ? `<a:r><a:rPr lang="en-GB"/><a:t>${xmlEscape(p.prompt)}</a:t></a:r>` : `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2${p.field === 'slidenum' ? 'B' : 'C'}}" type="${p.field === 'slidenum' ? 'slidenum' : 'datetime1'}"><a:rPr lang="en-GB"/><a:t>${xmlEscape(p.prompt)}</a:t></a:fld>`;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${p.id}" name="${xmlEscape(p.name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr>${p.box === undefined ? '' : xfrm(p.box)}</p:spPr><p:txBody><a:bodyPr${p.anchor === undefined ? '' : ` anchor="${p.anchor}"`}/><a:lstStyle>${p.lstStyle ?? ''}</a:lstStyle><a:p>${text}</a:p></p:txBody></p:sp>`;
}

function shape(s: MasterShape, id: number, imageRel: string): string {
  if (s.kind === 'rect') return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlEscape(s.name)}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm(s.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="${s.colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>`;
  if (s.kind === 'text') {
    return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlEscape(s.name)}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm(s.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="${s.align}"/><a:r><a:rPr lang="en-GB" sz="${s.size * 100}"><a:solidFill><a:schemeClr val="${s.colour}"/></a:solidFill><a:latin typeface="+mn-lt"/></a:rPr><a:t>${xmlEscape(s.text)}</a:t></a:r></a:p></p:txBody></p:sp>`;
  }
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${xmlEscape(s.name)}" descr="${xmlEscape(s.altText)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill><a:blip r:embed="${imageRel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${xfrm(s.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

const colour = (name: string): string => `<a:solidFill><a:schemeClr val="${name}"/></a:solidFill>`;

function levels(size: number, colourName: string, font: string, bullets: boolean): string {
  return [1, 2, 3]
    .map((level) => {
      const indent = bullets ? ` marL="${228_600 * level}" indent="-228600"` : '';
      const bullet = bullets ? '<a:buFont typeface="Arial"/><a:buChar char="&#8226;"/>' : '<a:buNone/>';
      return `<a:lvl${level}pPr${indent} algn="l"><a:spcBef><a:spcPts val="${bullets ? 600 : 0}"/></a:spcBef>${bullet}<a:defRPr sz="${Math.max(size - (level - 1) * 200, 1000)}" kern="1200">${colour(colourName)}<a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface="${font}"/></a:defRPr></a:lvl${level}pPr>`;
    })
    .join('');
}

/** The small grey type of the date, footer and slide number. */
const footStyle = (align: 'l' | 'r'): string => `<a:lvl1pPr algn="${align}"><a:defRPr sz="900">${colour('tx2')}<a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr>`;

function masterXml(spec: TemplateSpec, layoutCount: number, imageRels: ReadonlyMap<number, string>): string {
  let id = 2;
  const shapes = spec.masterShapes.map((s, index) => shape(s, id++, imageRels.get(index) ?? ''));
  const phs = [
    placeholder({ id: id++, name: 'Title Placeholder 1', type: 'title', box: spec.title, prompt: 'Click to edit Master title style', anchor: 'ctr' }),
    placeholder({ id: id++, name: 'Text Placeholder 2', type: 'body', idx: 1, box: spec.body, prompt: 'Click to edit Master text styles' }),
    placeholder({ id: id++, name: 'Date Placeholder 3', type: 'dt', idx: 2, box: spec.date, prompt: '01/01/2026', field: 'datetime', lstStyle: footStyle('l'), anchor: 'ctr' }),
    placeholder({ id: id++, name: 'Footer Placeholder 4', type: 'ftr', idx: 3, box: spec.footer, prompt: '', lstStyle: footStyle('l'), anchor: 'ctr' }),
    placeholder({ id: id++, name: 'Slide Number Placeholder 5', type: 'sldNum', idx: 4, box: spec.slideNumber, prompt: '‹#›', field: 'slidenum', lstStyle: footStyle('r'), anchor: 'ctr' }),
  ];
  const layoutIds = Array.from({ length: layoutCount }, (_, i) => `<p:sldLayoutId id="${2_147_483_649 + i}" r:id="rId${i + 1}"/>`).join('');
  const title = `<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="2800" b="1" kern="1200">${colour(spec.titleColour)}<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>`;
  const body = `<p:bodyStyle>${levels(1800, 'tx1', '+mn-lt', true)}</p:bodyStyle>`;
  const other = `<p:otherStyle><a:defPPr><a:defRPr lang="en-GB"/></a:defPPr>${levels(1800, 'tx1', '+mn-lt', false)}</p:otherStyle>`;
  return `${HEAD}<p:sldMaster ${NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>${GROUP}${shapes.join('')}${phs.join('')}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>${layoutIds}</p:sldLayoutIdLst><p:txStyles>${title}${body}${other}</p:txStyles></p:sldMaster>`;
}

/** The date, footer and slide number placeholders every layout carries, placed as the master's. */
const FOOT = (first: number): string =>
  [
    placeholder({ id: first, name: 'Date Placeholder', type: 'dt', idx: 10, prompt: '01/01/2026', field: 'datetime' }),
    placeholder({ id: first + 1, name: 'Footer Placeholder', type: 'ftr', idx: 11, prompt: '' }),
    placeholder({ id: first + 2, name: 'Slide Number Placeholder', type: 'sldNum', idx: 12, prompt: '‹#›', field: 'slidenum' }),
  ].join('');

function layoutXml(spec: TemplateSpec, kind: LayoutKind): string {
  const titleColour = (name: string): string => `<a:lvl1pPr><a:defRPr>${colour(name)}</a:defRPr></a:lvl1pPr>`;
  let shapes = '';
  let background = '';
  if (kind === 'title') {
    if (spec.titleSlide.background !== undefined) background = `<p:bg><p:bgPr>${colour(spec.titleSlide.background)}<a:effectLst/></p:bgPr></p:bg>`;
    shapes =
      placeholder({ id: 2, name: 'Title 1', type: 'ctrTitle', box: spec.titleSlide.title, prompt: 'Click to edit Master title style', lstStyle: `<a:lvl1pPr><a:defRPr sz="4000">${colour(spec.titleSlide.titleColour)}</a:defRPr></a:lvl1pPr>`, anchor: 'b' }) +
      placeholder({ id: 3, name: 'Subtitle 2', type: 'subTitle', idx: 1, box: spec.titleSlide.subtitle, prompt: 'Click to edit Master subtitle style', lstStyle: `<a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="2000">${colour(spec.titleSlide.titleColour)}</a:defRPr></a:lvl1pPr>` }) +
      FOOT(4);
  } else if (kind === 'secHead') {
    shapes =
      placeholder({ id: 2, name: 'Title 1', type: 'title', box: { ...spec.body, h: spec.body.h * 0.45 }, prompt: 'Click to edit Master title style', anchor: 'b', lstStyle: '<a:lvl1pPr><a:defRPr sz="3600"/></a:lvl1pPr>' }) +
      placeholder({ id: 3, name: 'Text Placeholder 2', type: 'body', idx: 1, box: { ...spec.body, y: spec.body.y + spec.body.h * 0.5, h: spec.body.h * 0.5 }, prompt: 'Click to edit Master text styles', lstStyle: '<a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="2000"/></a:lvl1pPr>' }) +
      FOOT(4);
  } else if (kind === 'blank') {
    shapes = FOOT(2);
  } else {
    const band = spec.titleBand;
    const bandShape =
      band === undefined
        ? ''
        : `<p:sp><p:nvSpPr><p:cNvPr id="9" name="Title band"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${xfrm({ x: 0, y: 0, w: spec.width, h: band.h })}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="${band.colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>`;
    shapes =
      bandShape +
      placeholder({ id: 2, name: 'Title 1', type: 'title', prompt: 'Click to edit Master title style', ...(band === undefined ? {} : { lstStyle: titleColour(band.titleColour) }) }) +
      (kind === 'obj' ? placeholder({ id: 3, name: 'Content Placeholder 2', idx: 1, prompt: 'Click to edit Master text styles' }) : '') +
      FOOT(4);
  }
  return `${HEAD}<p:sldLayout ${NS} type="${kind}" preserve="1"><p:cSld name="${LAYOUT_NAMES[kind]}">${background}<p:spTree>${GROUP}${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;
}

function styleList(tag: string, inner: string): string {
  return `<a:${tag}>${inner}${inner}${inner}</a:${tag}>`;
}

function themeXml(spec: TemplateSpec): string {
  const c = spec.colours;
  const srgb = (name: string, value: string): string => `<a:${name}><a:srgbClr val="${value}"/></a:${name}>`;
  const scheme = `<a:clrScheme name="${xmlEscape(spec.name)}"><a:dk1><a:srgbClr val="${c.dk1}"/></a:dk1><a:lt1><a:srgbClr val="${c.lt1}"/></a:lt1>${srgb('dk2', c.dk2)}${srgb('lt2', c.lt2)}${c.accents.map((a, i) => srgb(`accent${i + 1}`, a)).join('')}${srgb('hlink', c.hlink)}${srgb('folHlink', c.folHlink)}</a:clrScheme>`;
  const font = (f: string): string => `<a:latin typeface="${xmlEscape(f)}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  const fonts = `<a:fontScheme name="${xmlEscape(spec.name)}"><a:majorFont>${font(spec.fonts.major)}</a:majorFont><a:minorFont>${font(spec.fonts.minor)}</a:minorFont></a:fontScheme>`;
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/></a:ln>';
  const format = `<a:fmtScheme name="${xmlEscape(spec.name)}">${styleList('fillStyleLst', fill)}${styleList('lnStyleLst', line)}${styleList('effectStyleLst', '<a:effectStyle><a:effectLst/></a:effectStyle>')}${styleList('bgFillStyleLst', fill)}</a:fmtScheme>`;
  return `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${xmlEscape(spec.name)}"><a:themeElements>${scheme}${fonts}${format}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}

/** The template's bytes. */
export function templateBytes(spec: TemplateSpec): Uint8Array {
  const out = new ZipWriter(DATE);
  const add = (name: string, text: string): void => out.add(name, Buffer.from(text, 'utf8'));
  const layouts = spec.layouts;
  const pictures = spec.masterShapes.flatMap((s, index) => (s.kind === 'picture' ? [{ index, png: s.png }] : []));
  const overrides = [
    `<Override PartName="/ppt/presentation.xml" ContentType="${CT}.template.main+xml"/>`,
    `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${CT}.slideMaster+xml"/>`,
    ...layouts.map((_, i) => `<Override PartName="/ppt/slideLayouts/slideLayout${i + 1}.xml" ContentType="${CT}.slideLayout+xml"/>`),
    '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
    `<Override PartName="/ppt/presProps.xml" ContentType="${CT}.presProps+xml"/>`,
    `<Override PartName="/ppt/viewProps.xml" ContentType="${CT}.viewProps+xml"/>`,
    `<Override PartName="/ppt/tableStyles.xml" ContentType="${CT}.tableStyles+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  add('[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.join('')}</Types>`);
  add('_rels/.rels', relationships([
    { type: 'officeDocument', target: 'ppt/presentation.xml' },
    { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
    { type: 'extended-properties', target: 'docProps/app.xml' },
  ]));
  add('docProps/core.xml', `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(spec.name)}</dc:title><dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`);
  add('docProps/app.xml', `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>packsmith</Application><Slides>0</Slides></Properties>`);
  add('ppt/presentation.xml', `${HEAD}<p:presentation ${NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldSz cx="${emu(spec.width)}" cy="${emu(spec.height)}"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:defPPr><a:defRPr lang="en-GB"/></a:defPPr></p:defaultTextStyle></p:presentation>`);
  add('ppt/_rels/presentation.xml.rels', relationships([
    { type: 'slideMaster', target: 'slideMasters/slideMaster1.xml' },
    { type: 'theme', target: 'theme/theme1.xml' },
    { type: 'presProps', target: 'presProps.xml' },
    { type: 'viewProps', target: 'viewProps.xml' },
    { type: 'tableStyles', target: 'tableStyles.xml' },
  ]));
  add('ppt/presProps.xml', `${HEAD}<p:presentationPr ${NS}/>`);
  add('ppt/viewProps.xml', `${HEAD}<p:viewPr ${NS}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="72008" cy="72008"/></p:viewPr>`);
  add('ppt/tableStyles.xml', `${HEAD}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`);
  const imageRels = new Map(pictures.map((p, i) => [p.index, `rId${layouts.length + 2 + i}`]));
  add('ppt/slideMasters/slideMaster1.xml', masterXml(spec, layouts.length, imageRels));
  add('ppt/slideMasters/_rels/slideMaster1.xml.rels', relationships([
    ...layouts.map((_, i) => ({ type: 'slideLayout', target: `../slideLayouts/slideLayout${i + 1}.xml` })),
    { type: 'theme', target: '../theme/theme1.xml' },
    ...pictures.map((_, i) => ({ type: 'image', target: `../media/image${i + 1}.png` })),
  ]));
  layouts.forEach((kind, i) => {
    add(`ppt/slideLayouts/slideLayout${i + 1}.xml`, layoutXml(spec, kind));
    add(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, relationships([{ type: 'slideMaster', target: '../slideMasters/slideMaster1.xml' }]));
  });
  add('ppt/theme/theme1.xml', themeXml(spec));
  pictures.forEach((p, i) => out.add(`ppt/media/image${i + 1}.png`, p.png));
  return out.bytes();
}
