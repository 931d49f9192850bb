/**
 * A small, valid PDF with the given number of pages, stamped like LibreOffice stamps its PDFs
 * (creation date, XMP date, file identifier, checksum): for tests of what happens to PDFs, without
 * running LibreOffice.
 */
export function minimalPdf(pages: number, stamp = '20261130101112', id = '0123456789ABCDEF0123456789ABCDEF'): Buffer {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ');
  objects.push('<</Type/Catalog/Pages 2 0 R>>');
  objects.push(`<</Type/Pages/Kids[${kids}]/Count ${pages}>>`);
  objects.push(`<</Producer(LibreOffice 7.4)/CreationDate(D:${stamp}Z')>>`);
  for (let i = 0; i < pages; i += 1) objects.push('<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>');
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:${stamp.slice(10, 12)}:${stamp.slice(12, 14)}Z`;
  objects.push(`<</Type/Metadata/Subtype/XML>>\nstream\n<xmp:CreateDate>${iso}</xmp:CreateDate>\nendstream`);
  let body = '%PDF-1.6\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R\n/Info 3 0 R\n/ID [ <${id}>\n<${id}> ]\n/DocChecksum /${id}\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
