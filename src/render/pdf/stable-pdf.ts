import { createHash } from 'node:crypto';

/**
 * LibreOffice stamps each PDF with the clock (the info dictionary's dates, the XMP metadata's
 * dates) and a file identifier and checksum derived from it, so two conversions of the same
 * document differ in those bytes alone. This rewrites them from the document's own date and
 * content, each value with one of the same length so that the cross-reference offsets stay true:
 * the same document gives the same PDF.
 */
export function stablePdf(bytes: Uint8Array, date: Date): Uint8Array {
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const pdfDate = `D:${iso.replace(/[-:TZ]/g, '')}Z'`;
  const sameLength = (value: string, replacement: string): string => (value.length === replacement.length ? replacement : value);
  // LibreOffice writes `/CreationDate(D:...)`, pdf-lib (a merged slide pack) `/CreationDate (D:...)`
  text = text.replace(/\/(CreationDate|ModDate)(\s*)\((D:[^)]*)\)/g, (_all, key: string, space: string, value: string) => `/${key}${space}(${sameLength(value, pdfDate)})`);
  text = text.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]*)</g, (_all, key: string, value: string) => `<xmp:${key}>${sameLength(value, iso)}<`);
  const blanked = text.replace(/\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/g, '/ID[]').replace(/\/DocChecksum\s*\/[0-9A-Fa-f]+/g, '/DocChecksum');
  const digest = createHash('md5').update(blanked, 'latin1').digest('hex').toUpperCase();
  text = text.replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>)/g, (all: string, a: string, first: string, b: string, second: string, c: string) =>
    first.length === 32 && second.length === 32 ? `${a}${digest}${b}${digest}${c}` : all,
  );
  text = text.replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]{32})/g, (_all, key: string) => `${key}${digest}`);
  return Buffer.from(text, 'latin1');
}
