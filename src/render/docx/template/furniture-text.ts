import { attributeOf, escapeXml } from '../xml-text.js';
import { withNamespacesOf } from './package-xml.js';

/**
 * What the report writes into the template's headers and footers: the results of the document
 * property fields a template may show there (the report's title, subject or running head), so
 * Word shows them without updating fields, and a draft's watermark.
 */

/** The report's values for the fields a header or footer may hold, by field: `TITLE`, `SUBJECT`, `DOCPROPERTY "Running head"`. */
export type FieldValues = ReadonlyMap<string, string>;

/** `DOCPROPERTY "Running head" \* MERGEFORMAT` -> `DOCPROPERTY "Running head"`; `TITLE \* Upper` -> `TITLE`. */
export function fieldKey(instruction: string): string {
  const words = instruction.trim().match(/"[^"]*"|\S+/g) ?? [];
  const name = (words[0] ?? '').toUpperCase();
  return name === 'DOCPROPERTY' ? `${name} "${(words[1] ?? '').replace(/"/g, '')}"` : name;
}

/** Each simple field (`w:fldSimple`) whose value the report knows, its shown result made that value in the result's own formatting. */
export function withFieldResults(xml: string, values: FieldValues): string {
  return xml.replace(/<w:fldSimple\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:fldSimple>)/g, (whole, attributes: string, result: string | undefined) => {
    const value = values.get(fieldKey(attributeOf(`<f${attributes}>`, 'w:instr') ?? ''));
    if (value === undefined) return whole;
    const format = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(result ?? '')?.[0] ?? '';
    return `<w:fldSimple${attributes.replace(/\/$/, '')}><w:r>${format}<w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r></w:fldSimple>`;
  });
}

/** The watermark's run (a VML text path) from a header the docx package drew, if it has one. */
export function watermarkRun(headerXml: string): string | undefined {
  return /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:pict>[\s\S]*?<\/w:pict><\/w:r>/.exec(headerXml)?.[0];
}

/** A header part with the watermark's run first in its first paragraph (or a paragraph of its own). */
export function withWatermark(headerXml: string, run: string, from: string): string {
  const declared = withNamespacesOf(headerXml, from);
  const paragraph = /<w:p\b[^>]*?(\/>|>(<w:pPr>[\s\S]*?<\/w:pPr>)?)/.exec(declared);
  if (paragraph === null) return declared.replace(/<\/w:hdr>\s*$/, `<w:p>${run}</w:p></w:hdr>`).replace(/<w:hdr\b([^>]*)\/>\s*$/, `<w:hdr$1><w:p>${run}</w:p></w:hdr>`);
  const at = paragraph.index + paragraph[0].length;
  if (paragraph[1] === '/>') return `${declared.slice(0, paragraph.index)}${paragraph[0].slice(0, -2)}>${run}</w:p>${declared.slice(at)}`;
  return `${declared.slice(0, at)}${run}${declared.slice(at)}`;
}
