import { THEME_TEXT_FONT } from '../theme-font.js';
import type { RunView, TableCellView, TableRowView, TableView } from '../../../compose/slide-pack/slide-pack-view.js';
import { splitLinks } from '../split-links.js';
import { emu } from './units.js';
import { xmlEscape } from './xml-text.js';

/**
 * The one table renderer, for the summary, area, finance, appendix, contents and legend tables:
 * a DrawingML table written directly. pptxgenjs's tables cost about 33 µs and 800 bytes a cell
 * (four borders and three font names on every cell); the appendix of a 1,000-metric pack has
 * 125,000 cells. Written here, the header row carries its flag (`firstRow="1"`) from the start.
 */
const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const;

/** Gives the relationship id of a link to a slide, adding the relationship on first use. */
export type LinkIds = (slide: number) => string;

/** Kept lean (no default colour, no `dirty`): an appendix cell is written 125,000 times. */
function runXml(run: RunView, fontSize: number, colour: string | undefined, bold: boolean, linkId: LinkIds, lang: string): string {
  const attributes = `lang="${lang}" sz="${Math.round(fontSize * 100)}"${bold || run.bold === true ? ' b="1"' : ''}${run.italic === true ? ' i="1"' : ''}${run.link === undefined ? '' : ' u="sng"'}`;
  const fill = (run.colour ?? colour) === undefined ? '' : `<a:solidFill><a:srgbClr val="${run.colour ?? colour}"/></a:solidFill>`;
  const link = run.link === undefined ? '' : `<a:hlinkClick r:id="${linkId(run.link.slide)}" action="ppaction://hlinksldjump"/>`;
  return `<a:r><a:rPr ${attributes}>${fill}<a:latin typeface="${THEME_TEXT_FONT}"/>${link}</a:rPr><a:t>${xmlEscape(run.text)}</a:t></a:r>`;
}

function cellXml(cell: TableCellView, table: TableView, fill: string | undefined, linkId: LinkIds, lang: string): string {
  // An empty run is left out: LibreOffice sets it at its default 18 pt, and the row grows with it.
  const runs = splitLinks(cell.runs)
    .filter((run) => run.text !== '')
    .map((run) => runXml(run, table.fontSize, cell.colour, cell.bold === true, linkId, lang))
    .join('');
  const insetX = emu(table.insetX);
  // An icon drawn over the cell sits in the room its indent leaves before the text.
  const insetLeft = emu(table.insetX + (cell.indent ?? 0));
  const insetY = emu(table.insetY);
  const fillXml = fill === undefined ? '' : `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>`;
  return (
    `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="${ALIGN[cell.align]}"/>${runs}` +
    `<a:endParaRPr lang="${lang}" sz="${Math.round(table.fontSize * 100)}"/></a:p></a:txBody>` +
    `<a:tcPr marL="${insetLeft}" marR="${insetX}" marT="${insetY}" marB="${insetY}" anchor="ctr">${fillXml}</a:tcPr></a:tc>`
  );
}

function rowXml(row: TableRowView, table: TableView, banded: boolean, linkId: LinkIds, lang: string): string {
  const cells = row.cells.map((cell) => cellXml(cell, table, cell.fill ?? (banded ? table.band : undefined), linkId, lang)).join('');
  return `<a:tr h="${emu(row.h)}">${cells}</a:tr>`;
}

/** The table as a graphic frame for a slide's shape tree, its text in the pack's language. */
export function tableXml(table: TableView, linkId: LinkIds, frame: { readonly id: number; readonly language: string }): string {
  const lang = xmlEscape(frame.language);
  const width = table.columns.reduce((sum, w) => sum + w, 0);
  const grid = table.columns.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('');
  const rows = [rowXml(table.header, table, false, linkId, lang), ...table.rows.map((row, index) => rowXml(row, table, index % 2 === 1, linkId, lang))].join('');
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${frame.id}" name="${xmlEscape(table.name)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    `<p:xfrm><a:off x="${emu(table.x)}" y="${emu(table.y)}"/><a:ext cx="${emu(width)}" cy="${emu(table.h)}"/></p:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${grid}</a:tblGrid>${rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
  );
}
