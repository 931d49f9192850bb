import type { MetricView } from '../pack-model.js';
import { spcMarks, type SpcIcon, type SpcMark } from '../spc-marks.js';
import { roundBox } from './geometry.js';
import { textOn, type Palette } from './palette.js';
import { run } from './rich-text.js';
import type { Box, IconView } from './slide-pack-view.js';
import type { CellSpec, ColumnSpec } from './table-layout.js';
import { TRIAL_MARK } from './table-notes.js';

/**
 * The Variation and Assurance columns of the summary and area tables: each cell holds the icon's
 * word (wrapping to two lines at most, within a sparkline row's height) and leaves room at its
 * left for the icon, a native circle with its letter drawn over the cell once the row is placed.
 */
export const SPC_COLUMN_WIDTH = 1.4;
/** The icon's diameter, inches: a 9 pt table row's two lines are 0.3 in. */
export const ICON_SIZE = 0.19;
const ICON_GAP = 0.05;
const ICON_FONT_SIZE = 8;
/** Room a cell leaves before its text for an icon, inches. */
export const ICON_INDENT = ICON_SIZE + ICON_GAP;
export const SPC_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Variation', width: SPC_COLUMN_WIDTH },
  { header: 'Assurance', width: SPC_COLUMN_WIDTH },
];

/**
 * The cell of one reading: the icon's short word (its letter, in the circle, says high or low),
 * marked ‡ where it rests on trial limits (the note under the table says so), or why there is none.
 */
function markCell(mark: SpcMark, palette: Palette): CellSpec {
  if (mark.icon === undefined) return { runs: [run(mark.text)], colour: palette.theme.muted };
  return { runs: [run(`${mark.icon.short}${mark.trial === true ? TRIAL_MARK : ''}`)], indent: ICON_INDENT };
}

/** The metric's variation and assurance cells, in the order of {@link SPC_COLUMNS}. */
export function spcCells(metric: MetricView, palette: Palette): CellSpec[] {
  const marks = spcMarks(metric, palette.spc);
  return [markCell(marks.variation, palette), markCell(marks.assurance, palette)];
}

const FAMILY_WORD = { variation: 'Variation', assurance: 'Assurance' } as const;

/** An icon as a shape in `box`: alt text says its family and word (`Variation: Improving (high)`). */
export function iconView(name: string, icon: SpcIcon, text: string, box: Box): IconView {
  return {
    kind: 'icon',
    name,
    ...roundBox(box),
    altText: `${FAMILY_WORD[icon.family]}: ${text}`,
    fill: icon.colour,
    letter: icon.letter,
    letterColour: textOn(icon.colour),
    fontSize: ICON_FONT_SIZE,
  };
}

/**
 * The icons of a row whose SPC cells start at `left` (the Variation column's left edge), each
 * centred on the row's height just inside its cell's inset.
 */
export function spcRowIcons(metric: MetricView, palette: Palette, row: Box, left: number, insetX: number, columnWidth = SPC_COLUMN_WIDTH): IconView[] {
  const marks = spcMarks(metric, palette.spc);
  const y = row.y + (row.h - ICON_SIZE) / 2;
  return [marks.variation, marks.assurance].flatMap((mark, index) => {
    if (mark.icon === undefined) return [];
    const x = left + index * columnWidth + insetX;
    return [iconView(`${FAMILY_WORD[mark.icon.family]} icon ${metric.id}`, mark.icon, mark.text, { x, y, w: ICON_SIZE, h: ICON_SIZE })];
  });
}

/** An icon at the left of a cell of any column (the legend's), centred on the row. */
export function iconInCell(name: string, icon: SpcIcon, text: string, row: Box, cellLeft: number, insetX: number): IconView {
  return iconView(name, icon, text, { x: cellLeft + insetX, y: row.y + (row.h - ICON_SIZE) / 2, w: ICON_SIZE, h: ICON_SIZE });
}
