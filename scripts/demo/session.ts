/// <reference types="chrome" />
/**
 * One running demo: the local news site and Chromium with the built extension, wired together.
 * Used by `npm start` and by the e2e suite.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Catalog, IndexedArticle } from '../../utils/model';
import type { IndexSnapshot } from '../../utils/snapshot';
import { launchWithExtension, type Launched } from './chromium';
import { startDemoSite, type DemoSite, type ServedFile } from './site';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function readBuilt<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(EXTENSION_DIR, file), 'utf8')) as T;
}

export interface DemoSession extends Launched {
  site: DemoSite;
  catalog: Catalog;
  articles: IndexedArticle[];
  /** The popup for a tab, opened as a page (`popup.html?tabId=N`). */
  openPopup(tabId: number): Promise<Page>;
  /** The id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Sends a message to the worker from an extension page, as the options page does. */
  send(type: string, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startDemo(options: {
  headless: boolean;
  files?: Map<string, ServedFile>;
  extraArticles?: IndexedArticle[];
  userDataDir?: string;
}): Promise<DemoSession> {
  const catalog = readBuilt<Catalog>('catalog.json');
  const { articles } = readBuilt<IndexSnapshot>('demo-index.json');
  const site = await startDemoSite({ catalog, articles: [...articles, ...(options.extraArticles ?? [])], files: options.files });
  const launched = await launchWithExtension({
    extensionPath: EXTENSION_DIR,
    headless: options.headless,
    args: site.chromiumArgs,
    userDataDir: options.userDataDir,
  });
  const { context, extensionId, worker } = launched;
  let extensionPage: Page | undefined;
  const send = async (type: string, payload: unknown) => {
    if (!extensionPage || extensionPage.isClosed()) {
      extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/about.html`);
    }
    return extensionPage.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  };
  // The demo index is loaded on install; wait for it before anything is opened.
  for (let i = 0; i < 100; i++) {
    const status = (await send('indexStatus', {}).catch(() => undefined)) as { articles: number } | undefined;
    if (status && status.articles > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await extensionPage?.close();
  return {
    ...launched,
    site,
    catalog,
    articles,
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-state]');
      return popup;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) throw new Error(`No tab shows ${url}`);
      return id;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    send,
    async close() {
      await context.close();
      await site.close();
    },
  };
}
