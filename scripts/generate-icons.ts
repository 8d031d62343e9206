// Makes the PWA's PNG icons (public/icons/, app/apple-icon.png) from the SVG icon app/icon.svg. Run by hand
// when the icon changes: `npx tsx scripts/generate-icons.ts`; the PNGs are committed. sharp is the image
// library Next itself installs (an optional dependency of next), so nothing new is needed for it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
// The mark alone (the pulse line), to draw it on other backgrounds.
const mark = /<path[^>]*\/>/.exec(svg)?.[0];
if (!mark) throw new Error("app/icon.svg has no <path>: update this script");

// Maskable: the launcher crops to its own shape and keeps only the central 80 % circle, so the background
// fills the square and the mark is drawn at 60 % in the middle (https://w3c.github.io/manifest/#icon-masks).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b8a6f"/><g transform="translate(6.4 6.4) scale(0.6)">${mark}</g></svg>`;
// The badge (Android's status bar): white on transparent, only its alpha is used.
const badge = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${mark.replace('stroke-width="2.4"', 'stroke-width="3"')}</svg>`;
// Apple's home-screen icon: square, iOS rounds it itself.
const apple = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b8a6f"/><g transform="translate(3.2 3.2) scale(0.8)">${mark}</g></svg>`;

const outputs: [string, string, number][] = [
  ["public/icons/icon-192.png", svg, 192],
  ["public/icons/icon-512.png", svg, 512],
  ["public/icons/maskable-512.png", maskable, 512],
  ["public/icons/badge-96.png", badge, 96],
  ["app/apple-icon.png", apple, 180],
];
for (const [file, source, size] of outputs) {
  const png = await sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png().toBuffer();
  writeFileSync(path.join(root, file), png);
  console.log(file, size, png.length, "bytes");
}
