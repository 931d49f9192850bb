import { DOCUMENT_LANGUAGE } from '../document-language.js';
import { measuringAt, widthFactorOf } from './font-metrics.js';
import { packTemplate } from '../../house-style/pack-template.js';
import type { DocumentOptions } from '../document-options.js';
import type { PackModel } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { composeAppendixSlides } from './appendix-slides.js';
import { areaAnchor } from './anchors.js';
import { composeAreaSlides } from './area-slides.js';
import { composeAppendixCharts, drawnMetrics } from './chart-grid.js';
import { composeDivider } from './divider-slide.js';
import type { AreaView } from '../pack-model.js';
import { chartPlace, type ChartPlace } from './chart-place.js';
import { composeContents, type ContentsEntry } from './contents-slides.js';
import { composeExecutiveSummary } from './executive-summary.js';
import { composeFinanceSlides, financeAreaOf } from './finance-slide.js';
import { composeGuideSlides } from './guide-slide.js';
import { LinkBook } from './link-book.js';
import { composePerformanceNotes } from './notes-slide.js';
import { composeSpcNotes } from './spc-notes-slide.js';
import { paletteOf } from './palette.js';
import { draftMarkBox, titleBox, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { SlideFrame } from './slide-frame.js';
import type { LayoutName, LayoutView, PictureView, SlidePackView, SlideView } from './slide-pack-view.js';
import { composeSummaryTables } from './summary-tables.js';
import { composeTitleSlide } from './title-slide.js';

/** The sections the contents lists, in pack order, each naming the slide it links to. */
function contentsEntries(ctx: ComposeContext, drafts: readonly SlideDraft[]): ContentsEntry[] {
  const { model } = ctx;
  const present = new Set(drafts.flatMap((d) => d.anchors));
  const financeArea = financeAreaOf(model);
  const entries: ContentsEntry[] = [
    { text: 'Executive summary: Alert, Assure, Advise', anchor: 'executive-summary' },
    { text: 'Notes for performance tables', anchor: 'notes' },
    { text: 'Summary of performance against plan', anchor: 'summary' },
    ...model.areas.filter((area) => area !== financeArea).map((area) => ({ text: area.name, anchor: areaAnchor(area) })),
    { text: financeArea === undefined ? 'Finance dashboard' : financeArea.name, anchor: 'finance' },
    { text: 'Appendices: how to read SPC, the other measures\u2019 charts, and every figure', anchor: 'appendices' },
  ];
  return entries.filter((entry) => present.has(entry.anchor));
}

function numbered(drafts: readonly SlideDraft[]): { slides: SlideView[]; slideOf: Map<string, number> } {
  const slideOf = new Map<string, number>();
  const slides = drafts.map((draft, index) => {
    for (const anchor of draft.anchors) slideOf.set(anchor, index + 1);
    return { number: index + 1, ...draft };
  });
  return { slides, slideOf };
}

/** A template layout as the slides use it; the title slide has no footer or slide number. */
function layoutView(ctx: ComposeContext, name: LayoutName): LayoutView {
  const layout = ctx.frame.layouts[name];
  const mark = draftMarkBox(ctx, name);
  return {
    name,
    part: layout.part,
    titleType: layout.titleType,
    titleBox: titleBox(ctx, name),
    ...(name === 'title' ? {} : { footer: layout.footer, slideNumber: layout.slideNumber }),
    ...(mark === undefined ? {} : { draftMarkBox: mark }),
  };
}

/** The most a logo may take on the title slide, inches, and its margin from the slide's corner. */
const LOGO = { w: 2.5, h: 0.9, margin: 0.35 } as const;

/** A logo (its size in pixels) in the title slide's top right-hand corner, as large as fits, its shape kept. */
function logoView(frame: SlideFrame, logo: HouseLogo, organisation: string): PictureView {
  const scale = Math.min(LOGO.w / logo.widthPx, LOGO.h / logo.heightPx);
  const w = Math.round(logo.widthPx * scale * 1000) / 1000;
  const h = Math.round(logo.heightPx * scale * 1000) / 1000;
  return { name: 'Logo', altText: `${organisation} logo`, x: Math.round((frame.width - LOGO.margin - w) * 1000) / 1000, y: LOGO.margin, w, h };
}

/** The house style's logo as the composer places it: its size in pixels. */
export interface HouseLogo {
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * Composes the 3As slide pack from the month's pack model: every slide in order, numbered, with
 * its title, fitted text, paginated tables, charts, sparklines, links and alt texts. Pure: the
 * same model and options always give the same view.
 *
 * Order: title; the 3As explained; executive summary; contents; notes on ratings; how to read
 * SPC; summary tables; each area; a chart per rated metric; the finance dashboard; the appendix.
 * Laid out in `frame`, the template's layouts (default: packsmith's own template in the pack's
 * primary colour); `logo` goes on the title slide.
 */
export function composeSlidePack(model: PackModel, options: DocumentOptions, frame: SlideFrame = packTemplate(undefined, model.colours.primary).frame, logo?: HouseLogo): SlidePackView {
  // text is measured in the wider of the template's two typefaces: titles are set in one, the rest in the other
  const factor = Math.max(widthFactorOf(frame.theme.majorFont), widthFactorOf(frame.theme.minorFont));
  return measuringAt(factor, () => composeOnFrame(model, options, frame, logo));
}

function composeOnFrame(model: PackModel, options: DocumentOptions, frame: SlideFrame, logo: HouseLogo | undefined): SlidePackView {
  const ctx: ComposeContext = { model, options, palette: paletteOf(model.colours, frame.theme), links: new LinkBook(), frame };
  const financeArea = financeAreaOf(model);

  const opening = [composeTitleSlide(ctx), ...composeGuideSlides(ctx), ...composeExecutiveSummary(ctx)];
  const areas = model.areas.filter((area) => area !== financeArea);
  const placed = (area: AreaView, where: ChartPlace) => area.metrics.filter((m) => chartPlace(model, m) === where);
  const otherCharts = composeAppendixCharts(ctx, 'Appendix A: other measures', areas.map((area) => ({ area, drawn: drawnMetrics(ctx, placed(area, 'appendix')) })));
  const figures = composeAppendixSlides(ctx);
  const guide = composeSpcNotes(ctx);
  const appendices = [...guide, ...otherCharts, ...figures];
  const rest = [
    ...composePerformanceNotes(ctx),
    ...composeSummaryTables(ctx),
    ...areas.flatMap((area) => composeAreaSlides(ctx, area, drawnMetrics(ctx, placed(area, 'main')))),
    ...composeFinanceSlides(ctx),
    ...(appendices.length === 0 ? [] : [composeDivider(ctx, { otherCharts: otherCharts.length > 0, figures: figures.length > 0 })]),
    ...guide,
    ...otherCharts.map((slide, index) => (index === 0 ? { ...slide, anchors: ['other-charts', ...slide.anchors] } : slide)),
    ...figures,
  ];
  const entries = contentsEntries(ctx, [...opening, ...rest]);
  // The contents is laid out once to learn its length; links made then are never resolved.
  const contentsLength = composeContents({ ...ctx, links: new LinkBook() }, entries, new Map()).length;
  const placeholder: SlideDraft[] = Array.from({ length: contentsLength }, () => ({ kind: 'contents', layout: 'content', anchors: [], title: { text: '', fontSize: 0 }, items: [] }));
  const planned = numbered([...opening, ...placeholder, ...rest]).slideOf;
  const contents = composeContents(ctx, entries, planned);
  const { slides, slideOf } = numbered([...opening, ...contents, ...rest]);
  if (contents.length !== contentsLength) throw new Error('the contents changed length once its slide numbers were known');
  ctx.links.resolve(slideOf);

  const month = model.month.label;
  return {
    title: `${model.committee}: ${model.reportTitle}, ${month}`,
    subject: `${model.reportTitle}, ${month}: the 3As (Alert, Assure, Advise) performance pack`,
    organisation: model.organisation,
    language: DOCUMENT_LANGUAGE,
    documentDate: `${model.date}T00:00:00Z`,
    footer: renderTemplate('slide-pack/footer', { committee: model.committee, reportTitle: model.reportTitle, month }),
    ...(options.mode === 'draft' ? { draftMark: { text: 'DRAFT', fill: 'FFFFFF', colour: ctx.palette.rating.red.fill ?? 'C00000' } } : {}),
    theme: ctx.palette.theme,
    fonts: { heading: frame.theme.majorFont, body: frame.theme.minorFont },
    width: frame.width,
    height: frame.height,
    layouts: (['title', 'content', 'section'] as const).map((name) => layoutView(ctx, name)),
    ...(logo === undefined ? {} : { logo: logoView(frame, logo, model.organisation) }),
    slides,
  };
}
