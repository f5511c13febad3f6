// `node scripts/make-icons.ts`: draws the extension's icon (a speech bubble with a tick, in the UI's blue) as PNGs at
// the sizes the stores and browsers use, into public/icon/ (WXT adds them to the manifest). Drawn, not downloaded:
// each pixel is 4×4 supersampled against simple shapes, and written as a PNG with zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x57, 0xa4];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 48, 128];

/** Distance from point p to the segment a–b. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** What colour the unit-square point (x, y) is: bubble, tick, or nothing (transparent). */
function shade(x: number, y: number): number[] | null {
  // The bubble: a rounded square from 0.06 to 0.94 wide, 0.06 to 0.78 high, with a tail at the bottom left.
  const r = 0.18;
  const [l, t, rt, b] = [0.06, 0.06, 0.94, 0.78];
  const cx = Math.max(l + r, Math.min(rt - r, x));
  const cy = Math.max(t + r, Math.min(b - r, y));
  const inBody = Math.hypot(x - cx, y - cy) <= r;
  const inTail = y >= b - 0.01 && y <= 0.95 && x >= 0.2 && x <= 0.2 + (0.95 - y) * 1.3 && x <= 0.45;
  if (!inBody && !inTail) return null;
  // The tick: two strokes.
  const stroke = 0.075;
  const d = Math.min(segment(x, y, 0.27, 0.42, 0.43, 0.58), segment(x, y, 0.43, 0.58, 0.73, 0.26));
  return d <= stroke ? WHITE : BLUE;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  const n = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let [rr, gg, bb, aa] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          rr += c[0]!;
          gg += c[1]!;
          bb += c[2]!;
          aa += 1;
        }
      }
      const o = 1 + px * 4;
      if (aa) row.set([Math.round(rr / aa), Math.round(gg / aa), Math.round(bb / aa), Math.round((255 * aa) / (n * n))], o);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const dir = join(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(join(dir, `${size}.png`), png(size));
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
