// `tsx src/tools/make-icons.ts`: draws our toolbar icons (a page with lines of text, one highlighted)
// as PNGs with nothing but zlib, so the icons are ours, reproducible and need no image tool or dependency.
// The output is committed in public/icons/; rerun this only to change the design.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Rgba = [number, number, number, number];

const CLEAR: Rgba = [0, 0, 0, 0];
const PAPER: Rgba = [255, 255, 255, 255];
const INK: Rgba = [29, 41, 57, 255];
const EDGE: Rgba = [52, 64, 84, 255];
const MARK: Rgba = [253, 176, 34, 255];

/** The colour of the pixel whose centre is at (x, y), in a 1×1 unit square. */
function paint(x: number, y: number, size: number): Rgba {
  const border = Math.max(1 / size, 0.06);
  const inPage = x >= 0.14 && x <= 0.86 && y >= 0.06 && y <= 0.94;
  if (!inPage) return CLEAR;
  const onEdge = x < 0.14 + border || x > 0.86 - border || y < 0.06 + border || y > 0.94 - border;
  if (onEdge) return EDGE;
  // Four lines of "text"; the third is the highlighted clause.
  const lines = [0.24, 0.4, 0.56, 0.72];
  const thickness = Math.max(1.2 / size, 0.07);
  for (const [index, top] of lines.entries()) {
    if (y < top || y > top + thickness) continue;
    if (index === 2) return x > 0.2 && x < 0.8 ? MARK : PAPER;
    return x > 0.26 && x < (index === 3 ? 0.56 : 0.74) ? INK : PAPER;
  }
  if (y > 0.56 - 0.04 && y < 0.56 + thickness + 0.04 && x > 0.2 && x < 0.8) return MARK;
  return PAPER;
}

export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let row = 0; row < size; row++) {
    const line = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let col = 0; col < size; col++) {
      const colour = paint((col + 0.5) / size, (row + 0.5) / size, size);
      line.set(colour, 1 + col * 4);
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve('public/icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(resolve(dir, `icon-${size}.png`), drawIcon(size));
  console.log(`Wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${dir}`);
}
