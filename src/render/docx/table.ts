import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { CellAlignment, CellView, CoverReportView, RatingKey, TableView } from '../../compose/cover-report/cover-report-view.js';
import { textColourOn } from './colours.js';

/**
 * One table renderer for every table of the report (Appendix A's metrics, Appendix B's finance KPIs,
 * Appendix C's periods). The header row repeats on every page and is marked as the table's header
 * for screen readers; rows do not split across pages; widths are fixed, since LibreOffice otherwise
 * gives every column the same width. A rating cell is shaded in the pack's colour and says its word.
 */
const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, centre: AlignmentType.CENTER } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
/** A Making Data Count icon in a cell: a black circle (U+25CF), coloured, at 14 pt so it reads as an icon beside the 9 pt text. */
const ICON_GLYPH = '\u25CF';
const ICON_HALF_POINTS = 28;

function cellParagraph(text: string, align: CellAlignment, run: { bold?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ style: 'TableText', alignment: ALIGNMENT[align], children: [new TextRun({ text, ...run })] });
}

function fillOf(rating: RatingKey, colours: CoverReportView['colours']): string | undefined {
  return rating === 'not-rated' ? undefined : colours[rating];
}

/** An SPC cell: the icon's circle in its colour, larger than the text so it reads as an icon, then the word. */
function iconParagraph(text: string, align: CellAlignment, colour: string): Paragraph {
  return new Paragraph({ style: 'TableText', alignment: ALIGNMENT[align], children: [new TextRun({ text: ICON_GLYPH, color: colour, size: ICON_HALF_POINTS }), new TextRun({ text: ` ${text}` })] });
}

function bodyCell(cell: CellView, width: number, align: CellAlignment, colours: CoverReportView['colours']): TableCell {
  const fill = cell.rating === undefined ? undefined : fillOf(cell.rating, colours);
  const run = cell.rating === undefined ? {} : { bold: true, ...(fill === undefined ? {} : { color: textColourOn(fill) }) };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(fill === undefined ? {} : { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } }),
    children: [cell.icon === undefined ? cellParagraph(cell.text, align, run) : iconParagraph(cell.text, align, cell.icon.colour)],
  });
}

/** Twips for each column: the table's share of the text width, split by the columns' shares. */
function columnWidths(table: TableView, textWidth: number): number[] {
  const tableWidth = Math.round((textWidth * table.width) / 100);
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((tableWidth * c.width) / total));
  // the last column takes the rounding, so the grid adds up to the table's width exactly
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + tableWidth - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/**
 * `styleId`: the template's table style ("Table Grid"), whose borders the table takes in place of
 * packsmith's; the header row's and rating cells' shading stay as drawn here.
 */
export function renderTable(table: TableView, textWidth: number, colours: CoverReportView['colours'], styleId?: string): Table {
  const widths = columnWidths(table, textWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.BOTTOM,
          shading: { fill: colours.primary, type: ShadingType.CLEAR, color: 'auto' },
          children: [cellParagraph(column.heading, column.align, { bold: true, color: textColourOn(colours.primary) })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => bodyCell(cell, widths[i] ?? 0, table.columns[i]?.align ?? 'left', colours)),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    columnWidths: widths,
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    // the cell margins stay packsmith's: the columns' widths are worked out for them
    margins: CELL_MARGINS,
    ...(styleId === undefined ? { borders: BORDERS } : { style: styleId }),
  });
}
