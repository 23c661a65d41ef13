/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../utils/article/normalize-url';
import type { IndexedArticle } from '../../utils/model';
import { makeSnapshot } from '../../utils/snapshot';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
const AP = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
let demo: DemoSession;

async function open(url: string) {
  const page = await demo.context.newPage();
  await page.goto(url);
  return { page, tabId: await demo.tabIdOf(page) };
}

async function popupState(tabId: number, state: string): Promise<Page> {
  const popup = await demo.openPopup(tabId);
  expect(await popup.getAttribute('body', 'data-state')).toBe(state);
  return popup;
}

/**
 * A 20,000-article index: real UCI News Aggregator headlines (tests/fixtures/clusters) spread over
 * catalog outlets, one story covered by 120 outlets, and the demo snapshot's seed story.
 */
function bigIndex(seed: IndexedArticle[], outletIds: string[]): { articles: IndexedArticle[]; wide: IndexedArticle[] } {
  const lines = readFileSync('tests/fixtures/clusters/uci_sample.eval.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 20_000 - 120 - seed.length);
  const seen = new Set<string>();
  const articles: IndexedArticle[] = [];
  lines.forEach((line, i) => {
    const row = JSON.parse(line) as { title: string; url: string; published: string; story: string };
    const url = normalizeUrl(row.url);
    if (!url || seen.has(url)) return;
    seen.add(url);
    articles.push({
      url,
      outletId: outletIds[i % outletIds.length],
      title: row.title,
      description: '',
      published: Date.parse(row.published),
      storyId: `uci-${row.story}`,
    });
  });
  const wide = outletIds.slice(0, 120).map((outletId, i) => ({
    url: `https://apnews.com/article/wide-story-${i}`,
    outletId,
    title: `Outlet ${i + 1} on the global climate summit agreeing a fund for loss and damage`,
    description: 'Delegates agreed a fund for loss and damage at the climate summit.',
    published: Date.UTC(2023, 10, 30, 8) + i * 600_000,
    storyId: 'wide',
  }));
  return { articles: [...seed, ...articles, ...wide], wide };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true });
});
afterAll(() => demo?.close());

describe('popup states in Chromium', () => {
  it('shows loading, then an error with what to do, for a tab it cannot read', async () => {
    const popup = await demo.context.newPage();
    await popup.setViewportSize({ width: 400, height: 300 });
    await popup.goto(`chrome-extension://${demo.extensionId}/popup.html?tabId=987654`);
    expect(await popup.locator('[role="status"]').first().textContent()).toContain('Loading coverage');
    await shot(popup, 'popup-loading');
    await popup.waitForSelector('body[data-state="error"]');
    expect(await popup.locator('[role="alert"]').textContent()).toContain('Open a news article');
    await shot(popup, 'popup-error');
    await popup.close();
  });

  it('marks the reader’s own outlet when it is turned off, and counts only the others', async () => {
    await demo.send('indexStatus', {});
    const { tabId, page } = await open(AP);
    const options = await demo.context.newPage();
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    await options.evaluate(() => chrome.storage.local.set({ disabledSources: ['ap'] }));
    const popup = await popupState(tabId, 'matched');
    expect(await popup.textContent('h1')).toBe('Covered by 4 outlets: 2 reported it, 2 carried the Reuters copy (1 unrated)');
    expect(await popup.locator('section[aria-label="This outlet"]').textContent()).toContain('turned off in your sources');
    await shot(popup, 'popup-outlet-disabled');
    await options.evaluate(() => chrome.storage.local.set({ disabledSources: [] }));
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('follows dark mode and keeps text inside 400 px at 200% zoom', async () => {
    const { tabId } = await open(AP);
    const popup = await demo.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${demo.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-state="matched"]');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 25, 29)');
    await shot(popup, 'popup-matched-dark');
    // 200% zoom: the 400 px popup is drawn 800 px wide (Chromium's largest popup); nothing inside
    // may be wider than that.
    await popup.setViewportSize({ width: 800, height: 1200 });
    await popup.evaluate(() => ((document.documentElement.style as unknown as { zoom: string }).zoom = '2'));
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(popup, 'popup-matched-zoom-200');
    await popup.close();
  });

  it('is usable by keyboard: every control is reached by Tab and shows its focus', async () => {
    const { tabId } = await open(AP);
    const popup = await popupState(tabId, 'matched');
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { text: (el.textContent ?? '').trim().slice(0, 40), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.outline, `focus ring on "${focus.text}"`).toBe(true);
      reached.push(focus.text);
      if (focus.text === 'Center') {
        await popup.keyboard.press('Enter');
        expect(await popup.locator('section[aria-label="Articles"] a').allTextContents()).toEqual([
          "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
        ]);
        await shot(popup, 'popup-keyboard-filter');
      }
      if (focus.text === 'Sources & settings') break;
    }
    expect(reached).toEqual(expect.arrayContaining(['About the ratings', 'All', 'Lean Left', 'Center', 'Unrated', 'Sources & settings']));
    await popup.close();
  });

  it('with 20,000 articles: the popup matches, and a 120-outlet story stays usable', async () => {
    const outletIds = demo.catalog.outlets.map((o) => o.id);
    const { articles, wide } = bigIndex(
      demo.articles.filter((a) => a.storyId.startsWith('demo:')),
      outletIds,
    );
    const reply = (await demo.send('importIndex', { text: JSON.stringify(makeSnapshot('Large test index', articles)) })) as { ok: boolean; articles: number };
    expect(reply).toEqual({ ok: true, articles: articles.length });
    expect(articles.length).toBeGreaterThanOrEqual(19_900);

    const { tabId } = await open(AP);
    const first = await popupState(tabId, 'matched');
    expect(await first.textContent('h1')).toMatch(/^Covered by \d+ outlets/);
    await first.close();

    const site = await demo.context.newPage();
    await site.route('https://apnews.com/article/wide-story-0', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<html><head><title>${wide[0].title}</title><meta property="og:type" content="article"><link rel="canonical" href="${wide[0].url}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${wide[0].title}","datePublished":"2023-11-30T08:00:00Z"}</script></head><body><h1>${wide[0].title}</h1></body></html>`,
      }),
    );
    await site.goto(wide[0].url);
    const wideTab = await demo.tabIdOf(site);
    const popup = await popupState(wideTab, 'matched');
    expect(await popup.textContent('h1')).toMatch(/^Covered by 120 outlets/);
    expect(await popup.locator('section[aria-label="Articles"] li').count()).toBe(120);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(popup, 'popup-120-outlets');
    await popup.close();
  });

  it('says the index is empty, and shows refresh progress', async () => {
    expect(await demo.send('clearIndex', {})).toEqual({ ok: true });
    const { tabId } = await open(AP);
    const popup = await popupState(tabId, 'index-empty');
    expect(await popup.textContent('h1')).toBe('Your story index is empty');
    await shot(popup, 'popup-index-empty');
    await popup.evaluate(() => chrome.storage.session.set({ refreshProgress: { done: 12, total: 80, at: Date.now() } }));
    await popup.waitForSelector('text=Refreshing 12/80 feeds…');
    await shot(popup, 'popup-refreshing');
    await popup.close();
  });
});
