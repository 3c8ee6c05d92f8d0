// `npm run icons`: renders store/icon.svg into the PNGs the manifests use
// (public/icon/<size>.png, which WXT lists as `icons` and we name as the toolbar
// icon) with the Chromium the tests already use. Run it after editing the SVG
// and commit both; the build itself only copies the PNGs.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(path.join(root, 'store/icon.svg'), 'utf8');
const out = path.join(root, 'public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  }
  // The rendered PNGs on a light and a dark toolbar colour, at their own size and
  // the 16 px one enlarged 4x pixel for pixel, for looking at (not shipped).
  await page.setViewportSize({ width: 420, height: 330 });
  const png = (s, w = s) =>
    `<img width="${w}" height="${w}" style="image-rendering:pixelated" src="data:image/png;base64,${readFileSync(path.join(out, `${s}.png`)).toString('base64')}">`;
  const row = (bg) =>
    `<div style="background:${bg};padding:12px;display:flex;gap:16px;align-items:center">${[16, 32, 48, 128].map((s) => png(s)).join('')}${png(16, 64)}</div>`;
  await page.setContent(`<body style="margin:0">${row('#f1f3f4')}${row('#202124')}</body>`);
  await page.screenshot({ path: path.join(root, 'store/icon-preview.png') });
} finally {
  await browser.close();
}
console.log('Icons written to public/icon/ (16, 32, 48, 128 px) and store/icon-preview.png');
