import { escapeXml } from './xml-text.js';
/**
 * The docx package has no option for a table's alternative text, so it is written into each
 * table's properties afterwards: `w:tblCaption` (Word's alt-text title) and `w:tblDescription`,
 * the last children of `w:tblPr` (ECMA-376 Part 1, 17.4.58-59). The tables are the document's
 * `w:tbl` elements in order, none nested.
 */
export function withTableCaptions(documentXml: string, captions: readonly { readonly title: string; readonly description: string }[]): string {
  let table = 0;
  return documentXml.replace(/<\/w:tblPr>/g, (end) => {
    const caption = captions[table];
    table += 1;
    return caption === undefined ? end : `<w:tblCaption w:val="${escapeXml(caption.title)}"/><w:tblDescription w:val="${escapeXml(caption.description)}"/>${end}`;
  });
}
