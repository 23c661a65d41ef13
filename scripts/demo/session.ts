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

/**
 * The test build (`PARALLAX_GRANT_HOSTS=1 wxt build`): the production extension holding the
 * catalog's hosts from install, as a reader who kept every source on and allowed them would.
 */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
/** The production build (`wxt build`): no host access until the reader chooses sources. */
export const PRODUCTION_DIR = resolve('.output/chrome-mv3');
/** The demo snapshot: `npm start` and the tests load it; the extension never ships it. */
const DEMO_INDEX = resolve('scripts/demo/data/demo-index.json');

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export function readBuilt<T>(file: string): T {
  return readJson<T>(resolve(EXTENSION_DIR, file));
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

export interface DemoOptions {
  headless: boolean;
  files?: Map<string, ServedFile>;
  extraArticles?: IndexedArticle[];
  /** The build to load; the test build unless given. */
  extensionDir?: string;
  /** Load the demo snapshot into the index before anything is opened (default true). */
  demoIndex?: boolean;
  /** Send every host name to the demo site, so that every request made is seen (`site.requests`). */
  catchAll?: boolean;
  /** The browser profile's folder (a fresh temporary one unless given). */
  userDataDir?: string;
  /** More Chromium flags, e.g. `--lang=fr`. */
  args?: string[];
  /** Variables added to the browser's environment, e.g. `{ LANGUAGE: 'de' }`. */
  env?: Record<string, string>;
}

export async function startDemo(options: DemoOptions): Promise<DemoSession> {
  const catalog = readBuilt<Catalog>('catalog.json');
  const { articles } = JSON.parse(readFileSync(DEMO_INDEX, 'utf8')) as IndexSnapshot;
  const site = await startDemoSite({ catalog, articles: [...articles, ...(options.extraArticles ?? [])], files: options.files, catchAll: options.catchAll });
  const extensionPath = options.extensionDir ?? EXTENSION_DIR;
  const launched = await launchWithExtension({
    extensionPath,
    headless: options.headless,
    args: [...site.chromiumArgs, ...(options.args ?? [])],
    userDataDir: options.userDataDir,
    env: options.env,
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
  if (options.demoIndex ?? true) {
    // The same validated import as an index file, marked as a demo the first refresh replaces.
    const reply = (await send('importIndex', { text: readFileSync(DEMO_INDEX, 'utf8'), demo: true })) as { ok: boolean; error?: string };
    if (!reply.ok) throw new Error(`The demo snapshot was refused: ${reply.error}`);
  }
  // A build holding hosts registers its content script at start; wait for it before pages open.
  const granted = (readJson<{ host_permissions?: string[] }>(resolve(extensionPath, 'manifest.json')).host_permissions ?? []).length > 0;
  for (let i = 0; granted && i < 100; i++) {
    if ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0) break;
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
      let id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) {
        // A build without host access cannot see tab URLs: the page brought to the front is the active tab.
        await page.bringToFront();
        id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      }
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
