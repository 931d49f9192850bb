import { writeZip, zipEntry, type ZipEntry } from '../../zip/zip-archive.js';

/**
 * Collects a package's parts and writes a zip whose bytes depend only on its entries and `date`:
 * entries in the order added, each stamped with the same date, deflated by Node's zlib as it is
 * added (so a large pack's XML need not all be held at once). JSZip's writer deflates in
 * JavaScript, several times slower on a 1,000-chart pack, and stamps entries with the clock.
 */
export class ZipWriter {
  readonly #entries: ZipEntry[] = [];
  readonly #date: Date;
  readonly #deflate: boolean;

  constructor(date: Date, options: { readonly deflate: boolean } = { deflate: true }) {
    this.#date = date;
    this.#deflate = options.deflate;
  }

  add(name: string, data: Uint8Array): void {
    this.#entries.push(zipEntry(name, data, this.#deflate && data.length > 0));
  }

  /** The finished zip: the entries, the central directory and its end record. */
  bytes(): Uint8Array {
    return writeZip(this.#entries, this.#date);
  }
}
