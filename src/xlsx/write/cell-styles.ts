import { escapeXml } from '../../render/docx/xml-text.js';
import { BUILT_IN } from '../number-formats.js';

/** How a written cell looks: each field absent where the cell takes the workbook's default. */
export interface CellLook {
  readonly bold?: boolean;
  /** Font size in points (the default is 11). */
  readonly size?: number;
  /** Wrapped text, aligned to the top of the cell. */
  readonly wrap?: boolean;
  /** An Excel number format code, such as `0.0%` or `mmm-yy`. */
  readonly numFmt?: string;
  /** Left editable when the sheet is protected. */
  readonly unlocked?: boolean;
}

/**
 * A code Excel knows by number (ECMA-376 Part 1, 18.8.30 numFmt) is written by that number, as Excel
 * itself writes it; any other is declared in the styles part from id 164, the first free for custom
 * formats.
 */
const BUILT_IN_IDS: ReadonlyMap<string, number> = new Map([['General', 0], ...Object.entries(BUILT_IN).map(([id, code]): [string, number] => [code, Number(id)])]);
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT_SIZE = 11;

/** A font the cells use: bold or not, and its size in points; Calibri, black. */
interface Font {
  readonly bold: boolean;
  readonly size: number;
}

function fontOf(look: CellLook): Font {
  return { bold: look.bold === true, size: look.size ?? DEFAULT_FONT_SIZE };
}

function fontXml({ bold, size }: Font): string {
  return `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>`;
}

/**
 * The workbook's cell formats (the styles part's `cellXfs`), each made once for the looks its cells
 * have: a cell refers to its format by index, 0 being the default look.
 */
export class CellStyles {
  readonly #fonts: Font[] = [fontOf({})];
  readonly #customFormats: string[] = [];
  readonly #formats: string[] = [];
  readonly #byLook = new Map<string, number>();

  constructor() {
    this.index({});
  }

  /** The index of the cell format for the look, added where no cell has had it yet. */
  index(look: CellLook): number {
    const key = JSON.stringify([look.bold === true, look.size ?? DEFAULT_FONT_SIZE, look.wrap === true, look.numFmt ?? 'General', look.unlocked === true]);
    const known = this.#byLook.get(key);
    if (known !== undefined) return known;
    const index = this.#formats.push(this.#formatXml(look)) - 1;
    this.#byLook.set(key, index);
    return index;
  }

  #formatXml(look: CellLook): string {
    const font = fontOf(look);
    let fontId = this.#fonts.findIndex((f) => f.bold === font.bold && f.size === font.size);
    if (fontId === -1) fontId = this.#fonts.push(font) - 1;
    const numFmtId = this.#numberFormatId(look.numFmt ?? 'General');
    const applies = [numFmtId === 0 ? '' : ' applyNumberFormat="1"', fontId === 0 ? '' : ' applyFont="1"', look.wrap === true ? ' applyAlignment="1"' : '', look.unlocked === true ? ' applyProtection="1"' : ''].join('');
    const inner = `${look.wrap === true ? '<alignment vertical="top" wrapText="1"/>' : ''}${look.unlocked === true ? '<protection locked="0"/>' : ''}`;
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applies}`;
    return inner === '' ? `<xf ${attributes}/>` : `<xf ${attributes}>${inner}</xf>`;
  }

  #numberFormatId(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    let index = this.#customFormats.indexOf(code);
    if (index === -1) index = this.#customFormats.push(code) - 1;
    return FIRST_CUSTOM_FORMAT + index;
  }

  /** The styles part (`xl/styles.xml`, 18.8.39 styleSheet) for the formats indexed so far. */
  xml(): string {
    const numFmts = this.#customFormats.length === 0 ? '' : `<numFmts count="${this.#customFormats.length}">${this.#customFormats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${this.#fonts.length}">${this.#fonts.map(fontXml).join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.#formats.length}">${this.#formats.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }
}
