import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentEntries } from '../../src/render/docx/document-parts.js';
import { contentOf, readZip, type ZipEntry } from '../../src/render/zip/zip-archive.js';

const STORED = 0;

function document(): Document {
  return new Document({ sections: [{ children: [new Paragraph('Urgent and emergency care: 4-hour performance 74.1%')] }] });
}

describe("a document's parts, taken before the docx package zips them", () => {
  it('are the parts Packer zips, in its order, byte for byte', async () => {
    const zipped = readZip(new Uint8Array(await Packer.toBuffer(document())));
    const parts = await documentEntries(document());
    expect(parts.map((p) => p.name)).toEqual(zipped.map((p) => p.name));
    const text = (entry: ZipEntry | undefined): string => (entry === undefined ? '' : new TextDecoder().decode(contentOf(entry)));
    // the package dates each document to the second it is made: the one difference two makings have
    const undated = (xml: string): string => xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, '$1');
    for (const [index, part] of parts.entries()) expect(undated(text(part)), part.name).toBe(undated(text(zipped[index])));
  });

  it("come from the package's compiler, not compressed (were its interface to change, they would come from Packer's zip and this would fail)", async () => {
    const parts = await documentEntries(document());
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((p) => p.method === STORED)).toBe(true);
  });
});
