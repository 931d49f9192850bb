import { ASSURANCE_CODES, TRIAL_BELOW, VARIATION_CODES, assuranceIcon, variationIcon, type SpcIcon } from '../spc-marks.js';
import { paragraphsOf, renderTemplate } from '../templates.js';
import { GUTTER } from './geometry.js';
import { templateParagraphs } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { IconView, SlideItemView, TableView } from './slide-pack-view.js';
import { ICON_INDENT, iconInCell } from './spc-table-cells.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, rowBoxes, type ColumnSpec, type TableStyle } from './table-layout.js';
import { textStyle } from './text-flow.js';

const TITLE = 'Appendix: how to read SPC (Making Data Count charts and icons)';
/** The explanation's column; the legends take the rest of the body. */
const TEXT_WIDTH = 5.55;
const ICON_COLUMN = 1.75;

/** A legend: each icon drawn in its cell beside its word, then what it means. */
function legend(name: string, header: string, icons: readonly SpcIcon[], x: number, y: number, width: number, style: TableStyle, meaning: (icon: SpcIcon) => string, height: number): SlideItemView[] {
  const iconColumn = Math.min(ICON_COLUMN, width / 2);
  const columns: ColumnSpec[] = [
    { header, width: iconColumn },
    { header: 'Meaning', width: width - iconColumn },
  ];
  const rows = icons.map((icon) => [{ ...cell(icon.word), indent: ICON_INDENT }, cell(meaning(icon))]);
  const [page] = layoutTable(columns, rows, style, () => height);
  if (page === undefined) return [];
  const table: TableView = placeTable(name, x, y, columns, style, page);
  const drawn: IconView[] = rowBoxes(table).flatMap((row, index) => {
    const icon = icons[index];
    return icon === undefined ? [] : [iconInCell(`${name}: ${icon.word}`, icon, icon.word, row, x, style.insetX)];
  });
  return [table, ...drawn];
}

/** The legends of the variation and assurance icons stacked from `y`; `bottom` is where the second ends. */
export function iconLegends(ctx: ComposeContext, x: number, y: number, width: number, style: TableStyle, brief = false): { readonly items: SlideItemView[]; readonly bottom: number } {
  const { palette } = ctx;
  const meaning = (icon: SpcIcon) => (brief ? icon.brief : icon.meaning);
  const variation = legend('Variation icons', 'Variation icon', VARIATION_CODES.map((code) => variationIcon(code, palette.spc)), x, y, width, style, meaning, contentBody(ctx).h);
  const variationTable = variation[0];
  const below = variationTable?.kind === 'table' ? variationTable.y + variationTable.h + GUTTER : y;
  const assurance = legend('Assurance icons', 'Assurance icon', ASSURANCE_CODES.map((code) => assuranceIcon(code, palette.spc)), x, below, width, style, meaning, contentBody(ctx).h);
  const assuranceTable = assurance[0];
  return { items: [...variation, ...assurance], bottom: assuranceTable?.kind === 'table' ? assuranceTable.y + assuranceTable.h : below };
}

/**
 * The appendix's guide to SPC: what it is and how to read it (a template officers may edit), and
 * the legends of the variation and assurance icons, each icon drawn as the tables and charts draw
 * it, beside its word and its meaning. The notes slide carries the legends too, in brief.
 */
export function composeSpcNotes(ctx: ComposeContext): SlideDraft[] {
  const { model, palette } = ctx;
  const system = model.levels.find((level) => level.kind === 'system')?.shortName ?? 'the system';
  const text = renderTemplate('slide-pack/spc-notes', { system, trialBelow: TRIAL_BELOW });
  const BODY = contentBody(ctx);
  const textWidth = Math.min(TEXT_WIDTH, (BODY.w - GUTTER) / 2);
  const box = { x: BODY.x, y: BODY.y, w: textWidth, h: BODY.h };
  const explanation = shrinkToFit({ name: 'How to read SPC', box, paragraphs: templateParagraphs(paragraphsOf(text)), sizes: [13, 12, 11, 10], colour: palette.theme.text });
  const style = { ...tableStyle(ctx, 0.32), text: textStyle(10), insetY: 0.04 };
  const x = BODY.x + textWidth + GUTTER;
  const width = BODY.w - textWidth - GUTTER;
  const beside = iconLegends(ctx, x, BODY.y, width, style);
  if (beside.bottom <= BODY.y + BODY.h + 1e-6) return [slideDraft(ctx, 'performance-notes', TITLE, [explanation, ...beside.items], ['spc-notes'])];
  // a body too short for the legends beside the explanation (a 4:3 template's): they follow on a slide of their own, across it
  const across = iconLegends(ctx, BODY.x, BODY.y, BODY.w, style);
  return [
    slideDraft(ctx, 'performance-notes', pageTitle(TITLE, 0, 2), [explanation], ['spc-notes']),
    slideDraft(ctx, 'performance-notes', pageTitle(TITLE, 1, 2), across.items),
  ];
}
