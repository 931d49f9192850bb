import { Packer, type Document } from 'docx';
import { readZip, zipEntry, type ZipEntry } from '../zip/zip-archive.js';

/**
 * The parts of a document as the docx package writes them, as zip entries not yet compressed.
 * `Packer` deflates every part (in JavaScript) before it hands the zip over, and the cover report
 * is then opened again, edited (template, ids, captions) and deflated once more. The package's
 * compiler, which `Packer` zips the output of, gives the same parts unzipped: each is then
 * compressed once, by Node's zlib, when the document is finished (see `deterministicPackage`).
 * The compiler is not part of the package's typed interface, so it is checked before it is used;
 * where it is not there as expected, the parts are read back from `Packer`'s zip: the same parts.
 */
interface PartCompiler {
  compile(file: Document): Map<string, string | ArrayBufferView | ArrayBuffer>;
}

function isPartCompiler(value: unknown): value is PartCompiler {
  return typeof value === 'object' && value !== null && 'compile' in value && typeof value.compile === 'function';
}

const encoder = new TextEncoder();

function bytesOf(data: string | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

export async function documentEntries(document: Document): Promise<ZipEntry[]> {
  const compiler: unknown = Reflect.get(Packer, 'compiler');
  if (isPartCompiler(compiler)) {
    const parts = compiler.compile(document);
    if (parts instanceof Map) return [...parts].map(([name, data]) => zipEntry(name, bytesOf(data), false));
  }
  const bytes = await Packer.toBuffer(document);
  return readZip(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
