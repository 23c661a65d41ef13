/// <reference types="chrome" />
/**
 * The full-tab pages in a running demo: open one, give the demo a reading history for the news
 * diet, and screenshot the four pages (`npm start -- --screenshot DIR`, and the e2e suite).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dietEntry, type DietEntry } from '../../utils/diet/diet';
import type { IndexedArticle } from '../../utils/model';
import type { DemoSession } from './session';

const DAY = 86_400_000;
export const SEED_STORY = 'demo:blinken-han-un-2023-09';

/** Opens `file` (e.g. `story.html?id=…`) in a new tab and waits until the page has drawn. */
export async function openExtensionPage(demo: DemoSession, file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await demo.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${demo.extensionId}/${file}`);
  await page.waitForSelector('body[data-state]');
  return page;
}

/**
 * Waits until `page` has drawn (`body[data-state]`) without putting the automation's own script
 * in it: Playwright's selector engine, injected on its first use in a page, takes ~25 ms of that
 * page's main thread to compile on a first open, which a page-load figure would then count. The
 * page is asked over the DevTools protocol instead, one tiny expression every 20 ms.
 */
export async function whenDrawn(demo: DemoSession, page: Page): Promise<void> {
  const cdp = await demo.context.newCDPSession(page);
  try {
    for (let i = 0; i < 1500; i++) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: "document.body?.hasAttribute('data-state') === true", returnByValue: true });
      if (result.value === true) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${page.url()} did not draw within 30 s`);
  } finally {
    await cdp.detach();
  }
}

/** `openExtensionPage` for figures: the page's load is left to itself until it has drawn (`whenDrawn`). */
export async function openExtensionPageToTime(demo: DemoSession, file: string): Promise<Page> {
  const page = await demo.context.newPage();
  await page.goto(`chrome-extension://${demo.extensionId}/${file}`);
  await whenDrawn(demo, page);
  return page;
}

/**
 * A made-up month of reading for the demo, from the demo snapshot's own articles: one or two a
 * day, rotating through each roundup's outlets and skipping the third most days, so the diet has something to suggest.
 */
export function demoReadingHistory(articles: readonly IndexedArticle[], now: number): DietEntry[] {
  const entries: DietEntry[] = [];
  for (let day = 0; day < 30; day++) {
    // Each roundup is three articles; the offset picks one of them, the third (often the Right) rarely.
    const offsets = [[0], [1], [0, 1], [1], [0], [2]][day % 6];
    const picks = offsets.map((o) => day * 3 + o);
    for (const i of picks) {
      const a = articles[i % articles.length];
      entries.push(dietEntry(now - day * DAY, a.outletId, a.storyId));
    }
  }
  return entries;
}

/** Turns the diet on and writes `entries` into the extension's own database, as the worker would. */
export async function seedDiet(demo: DemoSession, entries: DietEntry[]): Promise<void> {
  const page = await openExtensionPage(demo, 'diet.html');
  await page.evaluate(async (rows) => {
    await chrome.storage.local.set({ dietEnabled: true });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('parallax');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('diet', 'readwrite');
        for (const row of rows) tx.objectStore('diet').put(row);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, entries);
  await page.close();
}

/** story.png, stories.png, blindspots.png and diet.png of the demo (and `-dark` twins when asked). */
export async function screenshotPages(demo: DemoSession, dir: string, options: { from?: string; dark?: boolean } = {}): Promise<string[]> {
  const from = options.from ? `&from=${encodeURIComponent(options.from)}` : '';
  const pages: [string, string][] = [
    ['story', `story.html?id=${encodeURIComponent(SEED_STORY)}${from}`],
    ['stories', 'stories.html'],
    ['blindspots', 'blindspots.html'],
    ['diet', 'diet.html'],
  ];
  const written: string[] = [];
  for (const scheme of options.dark ? (['light', 'dark'] as const) : (['light'] as const)) {
    for (const [name, file] of pages) {
      const page = await openExtensionPage(demo, file, scheme);
      // The demo snapshot's news is years old: its last day holds one story, so show all it holds.
      if (name === 'stories') await page.getByRole('button', { name: 'Every story held' }).click();
      const path = join(dir, `${name}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path, fullPage: true });
      written.push(path);
      await page.close();
    }
  }
  return written;
}
