// Renders the demo's placeholder product pictures (flat drawings, WebP) with headless Chromium and
// writes them into libs/demo/src/demo-images.data.ts. Run once after changing a drawing:
//   node scripts/render-demo-images.mjs            (CHROMIUM=/path/to/chromium to choose the browser)
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 480;
const OUT = new URL('../libs/demo/src/demo-images.data.ts', import.meta.url);

/* global document */
/** Runs in the page: draws one picture on a canvas and returns it as a WebP data URL. */
function draw({ name, size }) {
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  const g = c.getContext('2d');
  const s = size / 100;
  const palettes = {
    tshirt: ['#e8f1fb', '#cfe0f5', '#2f6fb5'],
    jacket: ['#eef3ec', '#d6e4d1', '#3e6b4a'],
    lens: ['#eef4fb', '#d9e7f7', '#4d8fd6'],
    frames: ['#fbf3ea', '#f1dfc9', '#7a4a25'],
    powerbank: ['#f1f1f4', '#dcdce4', '#2b2d36'],
    earbuds: ['#f4f1fb', '#e2dcf3', '#f7f7fa'],
    table: ['#f8f2ea', '#ecdcc6', '#5b3a22'],
    chair: ['#eef1f4', '#d8dee6', '#30343b'],
  };
  const [bg1, bg2, ink] = palettes[name];
  const grad = g.createLinearGradient(0, 0, size, size);
  grad.addColorStop(0, bg1);
  grad.addColorStop(1, bg2);
  g.fillStyle = grad;
  g.fillRect(0, 0, size, size);
  // a soft floor shadow under the object
  g.fillStyle = 'rgba(0,0,0,0.08)';
  g.beginPath();
  g.ellipse(50 * s, 84 * s, 30 * s, 4 * s, 0, 0, Math.PI * 2);
  g.fill();
  const P = (pts) => {
    g.beginPath();
    pts.forEach(([x, y], i) => (i ? g.lineTo(x * s, y * s) : g.moveTo(x * s, y * s)));
    g.closePath();
  };
  const R = (x, y, w, h, r) => {
    g.beginPath();
    g.roundRect(x * s, y * s, w * s, h * s, r * s);
  };
  g.lineJoin = 'round';
  g.lineCap = 'round';
  if (name === 'tshirt' || name === 'jacket') {
    const long = name === 'jacket';
    P(
      long
        ? [
            [36, 18],
            [44, 16],
            [50, 20],
            [56, 16],
            [64, 18],
            [82, 30],
            [86, 70],
            [76, 72],
            [72, 40],
            [72, 80],
            [28, 80],
            [28, 40],
            [24, 72],
            [14, 70],
            [18, 30],
          ]
        : [
            [36, 18],
            [44, 16],
            [50, 21],
            [56, 16],
            [64, 18],
            [82, 30],
            [76, 42],
            [70, 38],
            [70, 80],
            [30, 80],
            [30, 38],
            [24, 42],
            [18, 30],
          ],
    );
    g.fillStyle = ink;
    g.fill();
    g.strokeStyle = 'rgba(255,255,255,0.35)';
    g.lineWidth = 1.2 * s;
    if (long) {
      g.beginPath();
      g.moveTo(50 * s, 21 * s);
      g.lineTo(50 * s, 80 * s);
      g.stroke();
      R(36, 52, 9, 2, 1);
      g.stroke();
      R(55, 52, 9, 2, 1);
      g.stroke();
    } else {
      g.beginPath();
      g.moveTo(44 * s, 16 * s);
      g.quadraticCurveTo(50 * s, 26 * s, 56 * s, 16 * s);
      g.stroke();
    }
  } else if (name === 'lens') {
    for (const [cx, cy, r] of [
      [38, 50, 20],
      [64, 54, 17],
    ]) {
      const lg = g.createRadialGradient((cx - 6) * s, (cy - 8) * s, 2 * s, cx * s, cy * s, r * s);
      lg.addColorStop(0, 'rgba(255,255,255,0.95)');
      lg.addColorStop(0.6, 'rgba(150,190,240,0.55)');
      lg.addColorStop(1, 'rgba(77,143,214,0.85)');
      g.fillStyle = lg;
      g.beginPath();
      g.arc(cx * s, cy * s, r * s, 0, Math.PI * 2);
      g.fill();
      g.strokeStyle = ink;
      g.lineWidth = 1.5 * s;
      g.stroke();
    }
  } else if (name === 'frames') {
    g.strokeStyle = ink;
    g.lineWidth = 4 * s;
    R(16, 40, 28, 22, 9);
    g.stroke();
    R(56, 40, 28, 22, 9);
    g.stroke();
    g.beginPath();
    g.moveTo(44 * s, 46 * s);
    g.quadraticCurveTo(50 * s, 41 * s, 56 * s, 46 * s);
    g.stroke();
    g.lineWidth = 3 * s;
    g.beginPath();
    g.moveTo(16 * s, 44 * s);
    g.lineTo(8 * s, 40 * s);
    g.moveTo(84 * s, 44 * s);
    g.lineTo(92 * s, 40 * s);
    g.stroke();
    g.fillStyle = 'rgba(255,255,255,0.35)';
    R(19, 43, 22, 16, 7);
    g.fill();
    R(59, 43, 22, 16, 7);
    g.fill();
  } else if (name === 'powerbank') {
    R(30, 16, 40, 66, 7);
    g.fillStyle = ink;
    g.fill();
    g.fillStyle = '#4a4d5a';
    R(34, 20, 32, 58, 5);
    g.fill();
    for (let i = 0; i < 4; i++) {
      g.fillStyle = i < 3 ? '#4be08a' : '#6b6f7d';
      g.beginPath();
      g.arc((41 + i * 6) * s, 68 * s, 1.6 * s, 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = '#9aa0b0';
    R(44, 14, 12, 3, 1.5);
    g.fill();
    g.fillStyle = '#e6e7ec';
    g.font = `bold ${7 * s}px sans-serif`;
    g.textAlign = 'center';
    g.fillText('20000', 50 * s, 46 * s);
    g.font = `${4 * s}px sans-serif`;
    g.fillText('mAh', 50 * s, 53 * s);
  } else if (name === 'earbuds') {
    R(28, 46, 44, 32, 14);
    g.fillStyle = ink;
    g.fill();
    g.strokeStyle = '#c9c4dc';
    g.lineWidth = 1.2 * s;
    g.stroke();
    g.beginPath();
    g.moveTo(29 * s, 58 * s);
    g.lineTo(71 * s, 58 * s);
    g.stroke();
    for (const x of [38, 62]) {
      g.fillStyle = '#ffffff';
      g.beginPath();
      g.ellipse(x * s, 30 * s, 7 * s, 8 * s, 0, 0, Math.PI * 2);
      g.fill();
      g.strokeStyle = '#c9c4dc';
      g.stroke();
      R(x - 2.5, 34, 5, 12, 2.5);
      g.fill();
      g.stroke();
    }
    g.fillStyle = '#4be08a';
    g.beginPath();
    g.arc(50 * s, 66 * s, 1.4 * s, 0, Math.PI * 2);
    g.fill();
  } else if (name === 'table') {
    g.fillStyle = ink;
    P([
      [16, 40],
      [84, 40],
      [92, 48],
      [8, 48],
    ]);
    g.fill();
    g.fillStyle = '#7a5234';
    P([
      [8, 48],
      [92, 48],
      [92, 51],
      [8, 51],
    ]);
    g.fill();
    g.fillStyle = ink;
    for (const [x, h] of [
      [12, 32],
      [86, 32],
      [24, 26],
      [74, 26],
    ]) {
      R(x - 1.6, 51, 3.2, h, 1);
      g.fill();
    }
  } else if (name === 'chair') {
    g.fillStyle = ink;
    R(32, 12, 36, 38, 10);
    g.fill();
    g.strokeStyle = 'rgba(255,255,255,0.2)';
    g.lineWidth = 0.8 * s;
    for (let i = 1; i < 6; i++) {
      g.beginPath();
      g.moveTo((32 + i * 6) * s, 14 * s);
      g.lineTo((32 + i * 6) * s, 48 * s);
      g.stroke();
    }
    R(28, 52, 44, 9, 4);
    g.fill();
    g.fillRect(48 * s, 61 * s, 4 * s, 12 * s);
    g.lineWidth = 3 * s;
    g.strokeStyle = ink;
    g.beginPath();
    g.moveTo(26 * s, 80 * s);
    g.lineTo(50 * s, 74 * s);
    g.lineTo(74 * s, 80 * s);
    g.moveTo(50 * s, 74 * s);
    g.lineTo(50 * s, 82 * s);
    g.stroke();
    for (const x of [26, 50, 74]) {
      g.beginPath();
      g.arc(x * s, 83 * s, 2.4 * s, 0, Math.PI * 2);
      g.fill();
    }
    g.lineWidth = 2.4 * s;
    g.beginPath();
    g.moveTo(26 * s, 52 * s);
    g.lineTo(24 * s, 40 * s);
    g.moveTo(74 * s, 52 * s);
    g.lineTo(76 * s, 40 * s);
    g.stroke();
  }
  g.fillStyle = 'rgba(0,0,0,0.35)';
  g.font = `${3.6 * s}px "Noto Sans CJK SC", sans-serif`;
  g.textAlign = 'right';
  g.fillText('LiveFair 演示图', 96 * s, 96 * s);
  return c.toDataURL('image/webp', 0.8);
}

const NAMES = ['tshirt', 'jacket', 'lens', 'frames', 'powerbank', 'earbuds', 'table', 'chair'];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const page = await browser.newPage();
const images = {};
for (const name of NAMES) {
  const url = await page.evaluate(draw, { name, size: SIZE });
  images[name] = url.slice('data:image/webp;base64,'.length);
}
await browser.close();
const lines = NAMES.map((n) => `  ${n}:\n    '${images[n]}',`).join('\n');
writeFileSync(
  OUT,
  `// Generated by scripts/render-demo-images.mjs (flat placeholder drawings, ${SIZE}x${SIZE} WebP); do not edit by hand.\n` +
    `export const DEMO_IMAGE_DATA = {\n${lines}\n} as const;\n`,
);
console.log(NAMES.map((n) => `${n}: ${Math.round((images[n].length * 3) / 4 / 1024)} KiB`).join(', '));
