import { dosDateTime, endOfCentralDirectory } from '../zip/zip-archive.js';

/**
 * Sets every entry's modification time in a zip to one date, in place of the clock time the zip
 * was written at, without unpacking it: a workbook embedded in a document (a chart's, or one a
 * template brings) keeps its bytes otherwise as written. (APPNOTE.TXT 4.3.7 and 4.3.12: the time and date fields.)
 */
export function withZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dos = dosDateTime(date);
  const end = endOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i += 1) {
    view.setUint16(at + 12, dos.time, true);
    view.setUint16(at + 14, dos.date, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, dos.time, true);
    view.setUint16(local + 12, dos.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
