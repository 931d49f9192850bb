import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';

/** MS-DOS date and time of a zip entry (two-second resolution; 1980 at the earliest). */
function dosDateTime(date: Date): { time: number; date: number } {
  if (date.getUTCFullYear() < 1980) return { time: 0, date: (1 << 5) | 1 };
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Writes a zip whose bytes depend only on its entries and `date`: entries in the order added,
 * each stamped with the same date, deflated by Node's zlib as it is added (so a large pack's XML
 * need not all be held at once). JSZip's writer deflates in JavaScript, several times slower on a
 * 1,000-chart pack, and stamps entries with the clock.
 */
export class ZipWriter {
  readonly #chunks: Uint8Array[] = [];
  readonly #central: Uint8Array[] = [];
  readonly #stamp: { time: number; date: number };
  readonly #deflate: boolean;
  #offset = 0;
  #count = 0;

  constructor(date: Date, options: { readonly deflate: boolean } = { deflate: true }) {
    this.#stamp = dosDateTime(date);
    this.#deflate = options.deflate;
  }

  add(name: string, data: Uint8Array): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const stored = !this.#deflate || data.length === 0;
    const body = stored ? data : deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(this.#stamp.time, 10);
    local.writeUInt16LE(this.#stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(this.#stamp.time, 12);
    header.writeUInt16LE(this.#stamp.date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(this.#offset, 42);
    this.#central.push(header, nameBytes);
    this.#chunks.push(local, nameBytes, body);
    this.#offset += local.length + nameBytes.length + body.length;
    this.#count += 1;
  }

  /** The finished zip: the entries, the central directory and its end record. */
  bytes(): Uint8Array {
    const centralSize = this.#central.reduce((sum, chunk) => sum + chunk.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#count, 8);
    end.writeUInt16LE(this.#count, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(this.#offset, 16);
    return new Uint8Array(Buffer.concat([...this.#chunks, ...this.#central, end]));
  }
}
