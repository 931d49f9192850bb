import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the zip format to rewrite a document package deterministically and fast: read the
 * entries from the central directory, keep an entry's compressed bytes when its content is
 * unchanged, compress changed content with Node's zlib, and write every entry with one date.
 * (JSZip does the same in pure JavaScript at about a tenth of the speed, which matters for a report
 * with a thousand charts: three parts each.)
 *
 * Format: PKWARE APPNOTE.TXT 4.3.7 (local file header), 4.3.12 (central directory header), 4.3.16
 * (end of central directory record). https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 * No zip64, encryption or multi-disk archives: a document package never needs them.
 */
const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
const METHOD = { stored: 0, deflated: 8 } as const;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** The entry's bytes as stored in the archive (compressed when `method` is deflated). */
  readonly stored: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Node's own CRC-32, from Node 20.15 and 22.2: some ten times faster than the table below. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 (ISO 3309), as zip headers carry it. */
export function crc32(bytes: Uint8Array): number {
  if (nativeCrc32 !== undefined) return nativeCrc32(bytes);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the end of central directory record starts: 22 bytes, plus a comment of up to 65,535. */
export function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === SIGNATURE.end) return at;
  }
  throw new Error('not a zip archive: no end of central directory record');
}

/** The archive's entries, in the order of its central directory. */
export function readZip(archive: Uint8Array): ZipEntry[] {
  const view = viewOf(archive);
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== SIGNATURE.central) throw new Error(`not a zip archive: no central directory header at byte ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== SIGNATURE.local) throw new Error(`not a zip archive: no local file header at byte ${local}`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(archive.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      stored: archive.subarray(data, data + compressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's content, uncompressed. */
export function contentOf(entry: ZipEntry): Uint8Array {
  if (entry.method === METHOD.stored) return entry.stored;
  if (entry.method === METHOD.deflated) return new Uint8Array(inflateRawSync(entry.stored));
  throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
}

/** A new entry with the given content, deflated (text) or stored (content that is already compressed). */
export function zipEntry(name: string, content: Uint8Array, compress: boolean): ZipEntry {
  return {
    name,
    method: compress ? METHOD.deflated : METHOD.stored,
    crc: crc32(content),
    size: content.length,
    stored: compress ? new Uint8Array(deflateRawSync(content, { level: 6 })) : content,
  };
}

/** MS-DOS time and date (two-second resolution, from 1980), from the date's UTC fields. */
export function dosDateTime(date: Date): { readonly time: number; readonly date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Writes the entries, in order, every one dated `date`. */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const encoder = new TextEncoder();
  const dos = dosDateTime(date);
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + (names[i]?.length ?? 0) + e.stored.length, 0);
  const centralSize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  const archive = new Uint8Array(localSize + centralSize + 22);
  const view = viewOf(archive);
  const header = (at: number, entry: ZipEntry, name: Uint8Array) => {
    // version needed 2.0; flags: bit 11, names are UTF-8
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, dos.time, true);
    view.setUint16(at + 8, dos.date, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.stored.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    view.setUint32(at, SIGNATURE.local, true);
    header(at + 4, entry, name);
    archive.set(name, at + 30);
    archive.set(entry.stored, at + 30 + name.length);
    at += 30 + name.length + entry.stored.length;
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, SIGNATURE.central, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, version 2.0
    header(at + 6, entry, name);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    archive.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, SIGNATURE.end, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return archive;
}
