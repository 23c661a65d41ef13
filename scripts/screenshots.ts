/**
 * `npm run screenshots`: the README's pictures, taken from the demo (built extension, demo site,
 * demo snapshot) in Chromium: docs/screenshots/popup.png (the seed story),
 * popup-blindspot.png (the demo's blindspot story) and options.png (the options page).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startDemo } from './demo/session';

const DIR = new URL('../docs/screenshots/', import.meta.url).pathname;
const STORIES = {
  popup: 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly',
  'popup-blindspot': 'https://money.cnn.com/2014/03/31/autos/rear-facing-cameras/',
};

mkdirSync(DIR, { recursive: true });
const demo = await startDemo({ headless: true });
try {
  for (const [name, url] of Object.entries(STORIES)) {
    const article = await demo.context.newPage();
    await article.goto(url);
    const tabId = await demo.tabIdOf(article);
    for (let i = 0; i < 50 && !(await demo.badgeText(tabId)); i++) await article.waitForTimeout(100);
    const popup: Page = await demo.openPopup(tabId);
    await popup.screenshot({ path: `${DIR}${name}.png`, fullPage: true });
    await Promise.all([popup.close(), article.close()]);
  }
  const options = await demo.context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
  await options.waitForSelector('input[type="checkbox"]');
  await options.screenshot({ path: `${DIR}options.png` });
  console.log(`Wrote popup.png, popup-blindspot.png and options.png in ${DIR}`);
} finally {
  await demo.close();
}
