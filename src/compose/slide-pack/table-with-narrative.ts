import { chartsFitting, chartsIn, composeChartGrid, type DrawnMetric } from './chart-grid.js';
import { chartAnchor } from './anchors.js';
import { GUTTER } from './geometry.js';
import { bodyAboveLinks, linkRow } from './link-row.js';
import { balancedPanels, flowPanels, leastPanelRegion, narrativeColumn, type NarrativeSection } from './narrative-panels.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, SlideItemView, TextBoxView } from './slide-pack-view.js';
import { layoutTable, placeTable, type CellSpec, type ColumnSpec, type TableStyle } from './table-layout.js';
import type { AreaView } from '../pack-model.js';

export interface TableWithNarrativeSpec {
  readonly kind: 'area' | 'finance';
  readonly title: string;
  readonly anchors: readonly string[];
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellSpec[])[];
  readonly style: TableStyle;
  /** Items drawn over a row (a sparkline), given the row's index among all rows and its box. */
  readonly overlay?: (row: number, box: Box) => readonly SlideItemView[];
  /** Items under the table (the notes to it), given where the table ends; their height is reserved. */
  readonly underTable?: { readonly height: number; readonly items: (y: number) => readonly SlideItemView[] };
  readonly sections?: readonly NarrativeSection[];
  /** The area's charts that need discussion: after the narrative, beside its last part where there is room. */
  readonly charts?: { readonly area: AreaView; readonly drawn: readonly DrawnMetric[] };
  readonly links: readonly { readonly text: string; readonly anchor: string }[];
}

/** The narrative's region on a slide of its own, above the links. */
function fullRegion(ctx: ComposeContext): Box {
  const above = bodyAboveLinks(contentBody(ctx));
  return { ...above, h: above.h - 0.05 };
}

/** Height (inches) the panels take in a region: from its top to the foot of the lowest panel. */
function usedHeight(panels: readonly TextBoxView[], region: Box): number {
  return Math.max(0, ...panels.map((p) => p.y + p.h - region.y));
}

/**
 * The narrative split over the region under the table and a second slide, as evenly as may be:
 * the region under the table is cut down until the second slide holds about as much as the first
 * (so neither is left nearly empty, as a single bullet "continued" would leave it).
 */
function splitEvenly(ctx: ComposeContext, sections: readonly NarrativeSection[], under: Box, tableHeight: number): TextBoxView[][] | undefined {
  const FULL = fullRegion(ctx);
  const pagesAt = (h: number) => flowPanels(ctx, sections, (page) => (page === 0 ? { ...under, h } : FULL));
  const fill = (pages: TextBoxView[][]) => {
    const first = tableHeight + usedHeight(pages[0] ?? [], under);
    const second = usedHeight(pages[1] ?? [], FULL);
    return { first, second, pages: pages.length };
  };
  let best: TextBoxView[][] | undefined;
  let bestGap = Infinity;
  for (let h = under.h; h >= leastPanelRegion(ctx, sections, under); h -= 0.1) {
    const pages = pagesAt(h);
    const measured = fill(pages);
    if (measured.pages > 2) break;
    const gap = Math.abs(measured.first - measured.second);
    if (gap < bestGap) {
      bestGap = gap;
      best = pages;
    }
  }
  if (best === undefined) return undefined;
  // The second slide's panels balanced over its columns.
  const [first, second] = best;
  const balanced = second === undefined ? undefined : balancedPanels(ctx, sectionsOfRest(sections, first ?? []), FULL);
  return balanced === undefined ? best : [first ?? [], balanced];
}

/** The left `columns` narrative columns of the body: where a narrative's last part goes, leaving the rest to charts. */
function leftColumns(ctx: ComposeContext, columns: number): Box {
  return { ...fullRegion(ctx), w: columns * narrativeColumn(contentBody(ctx)) + (columns - 1) * GUTTER };
}

/**
 * Whether a page holds nothing but the tail of one section: a single "(continued)" panel of one
 * paragraph, which reads as a stray line cut from the slide before.
 */
function loneContinuation(page: readonly TextBoxView[] | undefined): boolean {
  if (page === undefined || page.length !== 2) return false;
  const [heading, body] = page;
  const words = heading?.paragraphs[0]?.runs.map((r) => r.text).join('') ?? '';
  return words.endsWith('(continued)') && (body?.paragraphs.length ?? 0) === 1;
}

/**
 * The narrative under the table, then its rest in as few columns of a second slide as hold it,
 * so the area's charts can take the width it leaves. Where the rest would be one stray paragraph
 * of a section, less goes under the table so the second slide carries a readable part.
 */
function splitBesideCharts(ctx: ComposeContext, sections: readonly NarrativeSection[], under: Box | undefined): TextBoxView[][] {
  for (const columns of [1, 2]) {
    if (under === undefined) {
      const pages = flowPanels(ctx, sections, () => leftColumns(ctx, columns));
      if (pages.length <= 1) return pages;
      continue;
    }
    let first: TextBoxView[][] | undefined;
    for (let h = under.h; h >= leastPanelRegion(ctx, sections, under); h -= 0.1) {
      const pages = flowPanels(ctx, sections, (page) => (page === 0 ? { ...under, h } : leftColumns(ctx, columns)));
      if (pages.length > 2) break;
      first ??= pages;
      if (!loneContinuation(pages[1])) return pages;
    }
    if (first !== undefined) return first;
  }
  const FULL = fullRegion(ctx);
  return under === undefined ? flowPanels(ctx, sections, () => FULL) : flowPanels(ctx, sections, (page) => (page === 0 ? under : FULL));
}

/** What of the narrative a page did not take: the sections, each with its paragraphs not yet placed. */
function sectionsOfRest(sections: readonly NarrativeSection[], placed: readonly TextBoxView[]): NarrativeSection[] {
  const taken = new Map<string, number>();
  for (let i = 1; i < placed.length; i += 2) {
    const body = placed[i];
    if (body !== undefined) taken.set(body.name, (taken.get(body.name) ?? 0) + body.paragraphs.length);
  }
  return sections.flatMap((section) => {
    const count = taken.get(section.heading) ?? 0;
    const rest = section.paragraphs.slice(count);
    if (rest.length === 0) return [];
    return [{ heading: count > 0 ? `${section.heading} (continued)` : section.heading, paragraphs: rest }];
  });
}

/**
 * An area's slides (and the finance dashboard's): the table, then the narrative panels under it
 * if they all fit there (columns balanced); else the narrative split evenly between the space
 * under the table and a second slide. The area's charts that need discussion follow the
 * narrative: beside the narrative's last part where it leaves a third of the width or more, on
 * slides of small charts of their own otherwise. Every slide of the narrative has the area's
 * title (numbered "2 of 2") and links back.
 */
export function composeTableWithNarrative(ctx: ComposeContext, spec: TableWithNarrativeSpec): SlideDraft[] {
  const pages: SlideItemView[][] = [];
  const BODY = contentBody(ctx);
  const FULL = fullRegion(ctx);
  const reserved = spec.underTable?.height ?? 0;
  const tablePages = spec.rows.length === 0 ? [] : layoutTable(spec.columns, spec.rows, spec.style, () => bodyAboveLinks(BODY).h - reserved);
  tablePages.forEach((page, index) => {
    const table = placeTable(index === 0 ? spec.tableName : `${spec.tableName} (continued)`, BODY.x, BODY.y, spec.columns, spec.style, page);
    const overlays: SlideItemView[] = [];
    let y = BODY.y + page.header.h;
    page.rows.forEach((row, offset) => {
      overlays.push(...(spec.overlay?.(page.first + offset, { x: BODY.x, y, w: BODY.w, h: row.h }) ?? []));
      y += row.h;
    });
    const notes = index === tablePages.length - 1 ? (spec.underTable?.items(BODY.y + page.h) ?? []) : [];
    pages.push([table, ...overlays, ...notes]);
  });

  const sections = spec.sections ?? [];
  const tableHeight = (tablePages.at(-1)?.h ?? 0) + reserved;
  let narrativeEnd: Box | undefined;
  if (sections.length > 0) {
    const under: Box | undefined = tablePages.length === 0 ? undefined : { ...FULL, y: BODY.y + tableHeight + GUTTER, h: FULL.h - tableHeight - GUTTER };
    const last = pages[pages.length - 1];
    const besideTable = under === undefined || last === undefined ? undefined : balancedPanels(ctx, sections, under);
    if (besideTable !== undefined && last !== undefined) {
      last.push(...besideTable);
      narrativeEnd = under;
    } else {
      const roomy = under !== undefined && under.h >= leastPanelRegion(ctx, sections, under) ? under : undefined;
      const withCharts = (spec.charts?.drawn.length ?? 0) > 0;
      const split = withCharts ? splitBesideCharts(ctx, sections, roomy) : roomy === undefined ? undefined : splitEvenly(ctx, sections, roomy, tableHeight);
      if (split !== undefined && roomy !== undefined && last !== undefined) {
        last.push(...(split[0] ?? []));
        pages.push(...split.slice(1));
      } else pages.push(...(split ?? flowPanels(ctx, sections, () => FULL)));
      narrativeEnd = FULL;
    }
  }
  if (pages.length === 0) pages.push([]);

  // The charts: in the width the narrative's last page leaves free, the rest on slides of their own.
  const drawn = spec.charts?.drawn ?? [];
  let placed = 0;
  const lastPage = pages[pages.length - 1] as SlideItemView[];
  if (drawn.length > 0 && narrativeEnd !== undefined && pages.length > 1) {
    const used = lastPage.filter((item): item is TextBoxView => item.kind === 'text');
    const right = Math.max(BODY.x, ...used.map((item) => item.x + item.w));
    const free: Box = { x: right + GUTTER, y: FULL.y, w: BODY.x + BODY.w - right - GUTTER, h: FULL.h };
    if (free.w >= narrativeColumn(BODY) - 0.05) {
      placed = Math.min(drawn.length, chartsFitting(free));
      if (placed > 0) lastPage.push(...chartsIn(ctx, drawn.slice(0, placed), free));
    }
  }
  const slides = pages.map((items, index) => {
    const anchors = [...(index === 0 ? spec.anchors : []), ...(index === pages.length - 1 ? drawn.slice(0, placed).map(({ metric }) => chartAnchor(metric)) : [])];
    return slideDraft(ctx, spec.kind, pageTitle(spec.title, index, pages.length), [...items, linkRow(ctx, spec.links)], anchors);
  });
  const rest = drawn.slice(placed);
  const charts = spec.charts === undefined || rest.length === 0 ? [] : composeChartGrid(ctx, { title: `${spec.charts.area.name}: measures to discuss`, area: spec.charts.area, drawn: rest });
  return [...slides, ...charts];
}
