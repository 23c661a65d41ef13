/**
 * `npm start`: builds the extension, starts the local demo news site and opens Chromium with
 * Parallax loaded on a demo article. No network needed.
 * `npm start -- --screenshot DIR` (headless machines): writes PNGs of the article, its popup and the
 * full-tab pages (story, today's stories, blindspots, and the news diet with a demo reading history).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserVersion, findChrome, INSTALL_HINT, unusableBrowser } from './demo/chromium';
import { demoReadingHistory, screenshotPages, seedDiet } from './demo/pages';
import { startDemo } from './demo/session';

const SEED_ARTICLE = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';

const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const shotDir = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
if (shotIndex >= 0 && !shotDir) {
  console.error('Usage: npm start -- --screenshot DIR');
  process.exit(2);
}
const browserPath = findChrome();
if (!browserPath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const problem = unusableBrowser(browserPath, browserVersion(browserPath));
if (problem) {
  console.error(problem);
  process.exit(1);
}
if (!shotDir && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to open a browser window on. Run `npm start -- --screenshot DIR` to get PNGs of the demo instead.');
  process.exit(1);
}

console.log('Building the extension…');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const demo = await startDemo({ headless: Boolean(shotDir) });
const article = await demo.context.newPage();
await article.goto(SEED_ARTICLE);
const tabId = await demo.tabIdOf(article);

if (shotDir) {
  const dir = resolve(shotDir);
  mkdirSync(dir, { recursive: true });
  // Let the content script report and the badge settle before the popup opens.
  for (let i = 0; i < 50 && !(await demo.badgeText(tabId)); i++) await article.waitForTimeout(100);
  await article.screenshot({ path: join(dir, 'article.png') });
  const popup = await demo.openPopup(tabId);
  await popup.screenshot({ path: join(dir, 'popup.png'), fullPage: true });
  await seedDiet(demo, demoReadingHistory(demo.articles, Date.now()));
  const pages = await screenshotPages(demo, dir, { from: SEED_ARTICLE });
  console.log(`Badge: ${await demo.badgeText(tabId)}. Wrote ${[join(dir, 'article.png'), join(dir, 'popup.png'), ...pages].join(', ')}.`);
  await demo.close();
} else {
  console.log(`Chromium is open on a demo article (${SEED_ARTICLE}), served from this computer.`);
  console.log('Click the Parallax icon in the toolbar (pin it from the puzzle-piece menu). Press Ctrl+C to stop.');
  const stop = async () => {
    await demo.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  demo.context.on('close', () => void stop());
}
