/**
 * The bookmark (outline) titles of a PDF as LibreOffice writes them: UTF-16 hex strings in outline
 * items, which carry a /Parent. Enough to check that headings became bookmarks.
 */
export function pdfBookmarks(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const titles: string[] = [];
  const item = /<<([^<>]*(?:<[0-9A-Fa-f]*>[^<>]*)*)>>/g;
  for (let match = item.exec(text); match !== null; match = item.exec(text)) {
    const body = match[1] ?? '';
    if (!body.includes('/Parent')) continue;
    const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(body)?.[1];
    if (hex === undefined) continue;
    titles.push(Buffer.from(hex, 'hex').swap16().toString('utf16le'));
  }
  return titles;
}
