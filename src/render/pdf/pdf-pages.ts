/**
 * How many pages a PDF has, read from its page tree: the root `/Type /Pages` object's `/Count`.
 * Enough for the PDFs LibreOffice writes (objects in the clear, no object streams); a PDF it
 * cannot read this way gives `undefined` rather than a guess.
 */
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let pages: number | undefined;
  const pageTree = /\/Type\s*\/Pages(?![A-Za-z])/g;
  for (let match = pageTree.exec(text); match !== null; match = pageTree.exec(text)) {
    const start = text.lastIndexOf(' obj', match.index);
    const end = text.indexOf('endobj', match.index);
    if (start < 0 || end < 0) continue;
    const count = /\/Count\s+(\d+)/.exec(text.slice(start, end));
    if (count?.[1] !== undefined) pages = Math.max(pages ?? 0, Number(count[1]));
  }
  return pages;
}
