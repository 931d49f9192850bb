import { BODY, GUTTER } from './geometry.js';
import { BODY_ABOVE_LINKS, linkRow } from './link-row.js';
import { balancedPanels, flowPanelsBalanced, type NarrativeSection } from './narrative-panels.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, SlideItemView } from './slide-pack-view.js';
import { layoutTable, placeTable, type CellSpec, type ColumnSpec, type TableStyle } from './table-layout.js';
import { textStyle } from './text-flow.js';

/** Under a table at least this tall (inches), a narrative too long for it starts there anyway. */
const ROOMY_UNDER_TABLE = 3;

/** Narrative sizes, points, to try when the narrative has slides of its own. */
const ALONE_SIZES = [12, 11, 10, 9] as const;

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
  readonly sections?: readonly NarrativeSection[];
  readonly links: readonly { readonly text: string; readonly anchor: string }[];
}

/**
 * An area's slides (and the finance dashboard's): the table, paginated, then the narrative panels
 * under its last page if they all fit there (columns balanced); else starting there and continuing
 * overleaf if there is plenty of room; else on slides of their own. Every slide has the same
 * title (numbered "2 of 3" when there are several) and links back.
 */
export function composeTableWithNarrative(ctx: ComposeContext, spec: TableWithNarrativeSpec): SlideDraft[] {
  const pages: SlideItemView[][] = [];
  const tablePages = spec.rows.length === 0 ? [] : layoutTable(spec.columns, spec.rows, spec.style, () => BODY_ABOVE_LINKS.h);
  tablePages.forEach((page, index) => {
    const table = placeTable(index === 0 ? spec.tableName : `${spec.tableName} (continued)`, BODY.x, BODY.y, spec.columns, spec.style, page);
    const overlays: SlideItemView[] = [];
    let y = BODY.y + page.header.h;
    page.rows.forEach((row, offset) => {
      overlays.push(...(spec.overlay?.(page.first + offset, { x: BODY.x, y, w: BODY.w, h: row.h }) ?? []));
      y += row.h;
    });
    pages.push([table, ...overlays]);
  });

  const sections = spec.sections ?? [];
  if (sections.length > 0) {
    const full: Box = { ...BODY_ABOVE_LINKS, h: BODY_ABOVE_LINKS.h - 0.05 };
    const lastHeight = tablePages.at(-1)?.h;
    const last = pages[pages.length - 1];
    const under: Box | undefined = lastHeight === undefined ? undefined : { ...full, y: BODY.y + lastHeight + GUTTER, h: full.h - lastHeight - GUTTER };
    const besideTable = under === undefined || last === undefined ? undefined : balancedPanels(ctx, sections, under);
    if (besideTable !== undefined && last !== undefined) last.push(...besideTable);
    else if (under !== undefined && last !== undefined && under.h >= ROOMY_UNDER_TABLE) {
      // Plenty of room under the table: the narrative starts there and continues overleaf.
      const flowed = flowPanelsBalanced(ctx, sections, (page) => (page === 0 ? under : full));
      last.push(...(flowed[0] ?? []));
      pages.push(...flowed.slice(1));
    } else {
      // Too little room under the table: the narrative takes slides of its own rather than
      // leave a sliver under the table and the rest overleaf, set larger where it fits one.
      const alone = ALONE_SIZES.map((size) => balancedPanels(ctx, sections, full, textStyle(size))).find((panels) => panels !== undefined);
      if (alone !== undefined) pages.push(alone);
      else pages.push(...flowPanelsBalanced(ctx, sections, () => full));
    }
  }
  if (pages.length === 0) pages.push([]);

  return pages.map((items, index) =>
    slideDraft(spec.kind, pageTitle(spec.title, index, pages.length), [...items, linkRow(ctx, spec.links)], index === 0 ? spec.anchors : []),
  );
}
