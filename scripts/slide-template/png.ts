import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/render/zip/zip-archive.js';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG picture (8-bit RGB) whose pixels `colourAt` gives as `RRGGBB`: the same pixels, the same bytes. */
export function pngPicture(width: number, height: number, colourAt: (x: number, y: number) => string): Uint8Array {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const start = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      const colour = colourAt(x, y);
      for (let c = 0; c < 3; c += 1) rows[start + 1 + x * 3 + c] = Number.parseInt(colour.slice(c * 2, c * 2 + 2), 16);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}
