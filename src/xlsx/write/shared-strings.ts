import { escapeXml } from '../../render/docx/xml-text.js';
import { encodeEscapes } from '../stored-text.js';

/**
 * The workbook's shared strings (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4.9 sst): each text
 * stored once, cells referring to it by index, as Excel writes text.
 */
export class SharedStrings {
  readonly #items: string[] = [];
  readonly #indexOf = new Map<string, number>();
  #count = 0;

  /** The text's index, added where it is new. */
  index(text: string): number {
    this.#count += 1;
    let index = this.#indexOf.get(text);
    if (index === undefined) {
      index = this.#items.push(text) - 1;
      this.#indexOf.set(text, index);
    }
    return index;
  }

  get size(): number {
    return this.#items.length;
  }

  xml(): string {
    const items = this.#items.map((text) => {
      // spaces at either end, and line breaks, are kept only where the element says so
      const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${preserve}>${escapeXml(encodeEscapes(text))}</t></si>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.#count}" uniqueCount="${this.#items.length}">${items.join('')}</sst>`
    );
  }
}
