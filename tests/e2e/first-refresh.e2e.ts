/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../utils/article/normalize-url';
import type { FeedHealthRow } from '../../utils/db';
import { parseFeed } from '../../utils/feeds/parse';
import type { Catalog, IndexedArticle } from '../../utils/model';
import type { IndexStatus } from '../../utils/views';
import type { ServedFile } from '../../scripts/demo/site';
import { readBuilt, startDemo, type DemoSession } from '../../scripts/demo/session';

/** Real feeds (tests/fixtures/feeds, see its README) at their outlets' feed URLs, answering slowly. */
const FIXTURES: [file: string, outletId: string, type: string][] = [
  ['guardian-us.rss', 'the-guardian', 'application/rss+xml'],
  ['bbc-in-our-time-podcast.rss', 'bbc-news', 'application/rss+xml'],
  ['dailymail-us-home.rss', 'daily-mail', 'application/rss+xml; charset=iso-8859-1'],
  ['heise-developer.atom', 'heise', 'application/atom+xml'],
  ['spiegel-podcast.rss', 'der-spiegel', 'application/rss+xml'],
  ['nbc-new-york.rss', 'nbc-new-york', 'application/rss+xml'],
  ['nyt-wirecutter.rss', 'the-new-york-times', 'application/rss+xml'],
  ['washingtonpost-wellness.rss', 'the-washington-post', 'application/rss+xml'],
];
const SHOTS = 'test-results/screenshots';
let demo: DemoSession;
const files = new Map<string, ServedFile>();
const pages: IndexedArticle[] = [];

const shot = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const catalog = readBuilt<Catalog>('catalog.json');
  const byId = new Map(catalog.outlets.map((o) => [o.id, o]));
  FIXTURES.forEach(([file, outletId, contentType], i) => {
    const feed = byId.get(outletId)?.feeds[0];
    if (!feed) throw new Error(`${outletId} has no feed in the catalog`);
    const body = readFileSync(`tests/fixtures/feeds/${file}`);
    // Slow servers, so that the progress can be seen (and photographed) while the refresh runs.
    files.set(feed, { body, contentType, delayMs: 3000 + i * 500 });
    for (const item of parseFeed(new Uint8Array(body), { url: feed }).items) {
      pages.push({
        url: normalizeUrl(item.url),
        outletId,
        title: item.title,
        description: item.description,
        published: Date.parse(item.published ?? '2020-01-01'),
        storyId: '',
      });
    }
  });
  // A fresh install of the test build: no demo index; every catalog host is sent to the local site
  // (a feed not served here answers 404), so the extension reaches nothing else.
  demo = await startDemo({ headless: true, files, extraArticles: pages, demoIndex: false, catchAll: true });
});
afterAll(() => demo?.close());

describe('choosing sources on the first-run page (test build: hosts granted at install)', () => {
  it('starts the first refresh at once, shows its progress, and fills the index', async () => {
    const welcome = await demo.context.newPage();
    await welcome.goto(`chrome-extension://${demo.extensionId}/welcome.html`);
    // The fixture feeds are years old: keep what they hold.
    await welcome.evaluate(() =>
      chrome.storage.local.set({ indexSettings: { refreshMinutes: 30, retentionDays: 20_000, blindspotThreshold: 0.2, indexUrl: '' } }),
    );
    const before = demo.site.requests.length;
    for (const name of ['United Kingdom', 'Germany', 'United States']) {
      const box = welcome.getByRole('checkbox', { name: new RegExp(`^${name} `) });
      if (!(await box.isChecked())) await box.check();
    }
    expect(demo.site.requests.length).toBe(before);
    const chosen = new Set(['GB', 'DE', 'US']);
    const on = demo.catalog.outlets.filter((o) => chosen.has(o.country));
    const feeds = new Set(on.flatMap((o) => o.feeds));
    await welcome.getByRole('button', { name: new RegExp(`^Turn on only these countries’ sources \\(${on.length};`) }).click();
    await welcome.getByText(new RegExp(`^Reading \\d+ of ${feeds.size} feeds…$`)).waitFor({ timeout: 10_000 });
    await shot(welcome, 'first-run-progress');

    // A popup opened now says the index is being built, with the same progress.
    const article = pages.find((p) => p.outletId === 'the-guardian')!;
    const page = await demo.context.newPage();
    await page.goto(article.url.replace(/^http:/, 'https:'));
    const tabId = await demo.tabIdOf(page);
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('building');
    expect(await popup.textContent('h1')).toBe('Your story index is being built');
    expect(await popup.getByRole('status').textContent()).toMatch(new RegExp(`^Reading \\d+ of ${feeds.size} feeds…$`));
    await shot(popup, 'popup-building');

    await welcome.getByText(/^Your story index is ready: /).waitFor({ timeout: 60_000 });
    await shot(welcome, 'first-run-done');
    const status = (await demo.send('indexStatus', {})) as IndexStatus;
    expect(status.articles).toBeGreaterThan(50);
    expect(status.lastRefresh).toBeGreaterThan(0);
    expect(await welcome.getByText(/^Your story index is ready: /).textContent()).toContain(`${status.articles} articles`);
    // The popup moves on by itself once the index is built.
    await popup.waitForFunction(() => document.body.dataset.state !== 'building', undefined, { timeout: 10_000 });
    expect(['matched', 'no-match']).toContain(await popup.getAttribute('body', 'data-state'));

    // Every served feed was read; the only requests were to feeds of the chosen sources (besides
    // the page opened above and its favicon). A plain-http feed's request shows only as a connection,
    // or as https where the browser upgrades it (a host on its HSTS list).
    const health = (await demo.send('feedHealth', {})) as FeedHealthRow[];
    expect(health.filter((h) => files.has(h.url)).every((h) => h.lastSuccess && h.itemsSeen > 0)).toBe(true);
    const opened = new URL(article.url.replace(/^http:/, 'https:'));
    const asked = demo.site.requests.slice(before).filter((u) => u !== opened.href && u !== `${opened.origin}/favicon.ico`);
    const plain = [...feeds].filter((f) => f.startsWith('http:')).length;
    expect(asked.filter((u) => u.startsWith('(')).length).toBeLessThanOrEqual(plain);
    const allowed = new Set([...feeds].flatMap((f) => [f, f.replace(/^http:/, 'https:')]));
    expect(asked.filter((u) => !u.startsWith('(') && !allowed.has(u))).toEqual([]);
    expect([...feeds].filter((f) => f.startsWith('https:') && !asked.includes(f))).toEqual([]);
  });
});
