import { DOCUMENT_LANGUAGE } from '../document-language.js';
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
import { DRAFT_MARK_BOX, FOOTER_BOX, SLIDE_NUMBER_BOX, SLIDE_WIDTH, TITLE_BAND_HEIGHT, TITLE_BOX } from './geometry.js';
import { composeGuideSlides } from './guide-slide.js';
import { LinkBook } from './link-book.js';
import { composePerformanceNotes } from './notes-slide.js';
import { composeSpcNotes } from './spc-notes-slide.js';
import { paletteOf } from './palette.js';
import type { ComposeContext, SlideDraft } from './slide-draft.js';
import type { LayoutView, SlidePackView, SlideView } from './slide-pack-view.js';
import { composeSummaryTables } from './summary-tables.js';
import { composeTitleSlide, titleLayout } from './title-slide.js';

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

function contentLayout(ctx: ComposeContext): LayoutView {
  return {
    name: 'content',
    background: 'FFFFFF',
    band: { x: 0, y: 0, w: SLIDE_WIDTH, h: TITLE_BAND_HEIGHT },
    titleBox: TITLE_BOX,
    titleColour: ctx.palette.theme.onPrimary,
    footerBox: FOOTER_BOX,
    slideNumberBox: SLIDE_NUMBER_BOX,
    draftMarkBox: DRAFT_MARK_BOX,
  };
}

/**
 * Composes the 3As slide pack from the month's pack model: every slide in order, numbered, with
 * its title, fitted text, paginated tables, charts, sparklines, links and alt texts. Pure: the
 * same model and options always give the same view.
 *
 * Order: title; the 3As explained; executive summary; contents; notes on ratings; how to read
 * SPC; summary tables; each area; a chart per rated metric; the finance dashboard; the appendix.
 */
export function composeSlidePack(model: PackModel, options: DocumentOptions): SlidePackView {
  const ctx: ComposeContext = { model, options, palette: paletteOf(model.colours), links: new LinkBook() };
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
    layouts: [titleLayout(ctx), contentLayout(ctx)],
    slides,
  };
}
