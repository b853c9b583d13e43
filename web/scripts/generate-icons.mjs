/**
 * Writes the PWA icons (web/public/pwa-*.png, apple-touch-icon.png) from the same drawing as
 * favicon.svg: a blue square with a white rising line. Pure Node (zlib), no image library.
 * Run: node web/scripts/generate-icons.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');
const BLUE = [0x1c, 0x7e, 0xd6];
const WHITE = [0xff, 0xff, 0xff];
// favicon.svg's path on a 32-unit grid: M8 22 l6-6 4 4 7-9, stroke 3.
const LINE = [
  [8, 22],
  [14, 16],
  [18, 20],
  [25, 11],
];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * @param size pixels
 * @param maskable full-bleed background and the drawing shrunk into the 80 % safe zone
 */
function draw(size, maskable) {
  const rgba = Buffer.alloc(size * size * 4);
  const unit = size / 32;
  const scale = maskable ? 0.7 : 1;
  const radius = maskable ? 0 : 6;
  const S = 4; // 4×4 supersampling
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const gx = (x + (sx + 0.5) / S) / unit;
          const gy = (y + (sy + 0.5) / S) / unit;
          // Rounded square 0..32 with corner radius `radius`.
          const cx = Math.min(Math.max(gx, radius), 32 - radius);
          const cy = Math.min(Math.max(gy, radius), 32 - radius);
          if (radius === 0 || Math.hypot(gx - cx, gy - cy) <= radius) bg++;
          // The line, scaled around the centre.
          const lx = (gx - 16) / scale + 16;
          const ly = (gy - 16) / scale + 16;
          let d = Infinity;
          for (let i = 0; i < LINE.length - 1; i++) d = Math.min(d, distToSegment(lx, ly, LINE[i], LINE[i + 1]));
          if (d <= 1.5) fg++;
        }
      }
      const a = bg / (S * S);
      const f = Math.min(fg, bg) / Math.max(bg, 1);
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - f) + WHITE[c] * f);
      rgba[o + 3] = Math.round(a * 255);
    }
  }
  return png(size, rgba);
}

const files = [
  ['pwa-192.png', 192, false],
  ['pwa-512.png', 512, false],
  ['pwa-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
];
fs.mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of files) {
  fs.writeFileSync(path.join(out, name), draw(size, maskable));
  console.log(`${name} (${size}×${size}${maskable ? ', maskable' : ''})`);
}
