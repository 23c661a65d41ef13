/** Renders public/icon/*.png from the SVG below with the system Chromium. Run: npx tsx scripts/make-icons.ts */
import { chromium } from 'playwright-core';
import { findChrome } from './demo/chromium';

// Three offset bars in the five bias colours' extremes and centre: one story seen from several sides.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
<rect width="128" height="128" rx="28" fill="#16213a"/>
<rect x="18" y="30" width="62" height="16" rx="8" fill="#5b8def"/>
<rect x="33" y="56" width="62" height="16" rx="8" fill="#c9ccd3"/>
<rect x="48" y="82" width="62" height="16" rx="8" fill="#e0574d"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChrome(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
