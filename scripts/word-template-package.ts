import { Packer, type Document } from 'docx';
import { deterministicPackage } from '../src/render/docx/deterministic-package.js';
import { CONTENT_TYPE } from '../src/render/docx/template/package-xml.js';
import { contentOf, readZip, zipEntry } from '../src/render/zip/zip-archive.js';

/**
 * A Word template (.dotx) from a document drawn with the docx package: the same package with its
 * main part typed as a template's, every date fixed, so the script that makes it gives the same
 * bytes each time.
 */
export async function wordTemplateBytes(document: Document, date: Date, language: string): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  const entries = readZip(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)).map((entry) => {
    if (entry.name !== '[Content_Types].xml') return entry;
    const xml = new TextDecoder().decode(contentOf(entry));
    return zipEntry(entry.name, new TextEncoder().encode(xml.replace(CONTENT_TYPE.document, CONTENT_TYPE.template)), false);
  });
  return deterministicPackage(entries, { date, language });
}
