/**
 * The app's icon, drawn at build time as a PNG (no binary file in the repository): three bars
 * falling left to right, a customer base losing members, on the app's accent colour. Also a
 * "maskable" variant with the drawing inside the central 80 % safe zone.
 */
import { deflateSync } from 'node:zlib';

/** The app's --accent (src/app.css). */
export const THEME_COLOR = '#2f6db5';
const BACKGROUND: readonly [number, number, number] = [0x2f, 0x6d, 0xb5];
const FOREGROUND: readonly [number, number, number] = [0xff, 0xff, 0xff];
const ACCENT: readonly [number, number, number] = [0xfb, 0xbf, 0x24];

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An RGB PNG (8 bits per channel, no alpha) of `size` × `size` pixels. */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number]): Buffer {
  const stride = 1 + size * 3;
  const raw = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * stride + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // depth 8, colour type RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** `inset` is the share of each side left as background (0.1 for maskable icons' safe zone). */
export function iconPng(size: number, inset = 0.18): Buffer {
  const bars = [0.95, 0.68, 0.4]; // heights, as shares of the drawing area
  const left = size * inset;
  const span = size * (1 - 2 * inset);
  const base = size - left;
  const gap = span * 0.08;
  const width = (span - gap * (bars.length - 1)) / bars.length;
  return encodePng(size, (x, y) => {
    for (let i = 0; i < bars.length; i++) {
      const x0 = left + i * (width + gap);
      const top = base - span * bars[i];
      if (x >= x0 && x < x0 + width && y >= top && y < base) return i === bars.length - 1 ? ACCENT : FOREGROUND;
    }
    return BACKGROUND;
  });
}
