/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../utils/article/normalize-url';
import type { FeedHealthRow } from '../../utils/db';
import { parseFeed } from '../../utils/feeds/parse';
import type { Catalog, IndexedArticle } from '../../utils/model';
import type { IndexSnapshot } from '../../utils/snapshot';
import type { ServedFile } from '../../scripts/demo/site';
import { readBuilt, startDemo, type DemoSession } from '../../scripts/demo/session';
import type { IndexStatus } from '../../utils/views';

/** Real feeds (tests/fixtures/feeds, see its README) served at their outlets' real feed URLs. */
const FIXTURES: [file: string, outletId: string, type: string][] = [
  ['guardian-us.rss', 'the-guardian', 'application/rss+xml'],
  ['heise-developer.atom', 'heise', 'application/atom+xml'],
  ['uol-noticias.rss', 'uol', 'application/rss+xml'],
  ['science-magazine.rdf', 'science', 'application/rdf+xml'],
  ['nbc-new-york.rss', 'nbc-new-york', 'application/rss+xml'],
  ['ilmessaggero-mondo.rss', 'il-messaggero', 'application/rss+xml'],
  ['nyt-wirecutter.rss', 'the-new-york-times', 'application/rss+xml'],
  ['bbc-in-our-time-podcast.rss', 'bbc-news', 'application/rss+xml'],
  ['spiegel-podcast.rss', 'der-spiegel', 'application/rss+xml'],
  ['washingtonpost-wellness.rss', 'the-washington-post', 'application/rss+xml'],
  // talkingpointsmemo.atom is not served: no public feed list carries a Talking Points Memo feed, so
  // the catalog has none for it. heise's feed keeps Atom covered.
  ['dailymail-us-home.rss', 'daily-mail', 'application/rss+xml; charset=iso-8859-1'],
];
const SHOTS = 'test-results/screenshots';
let demo: DemoSession;
let catalog: Catalog;
const files = new Map<string, ServedFile>();
const pages: IndexedArticle[] = [];
let broken = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  catalog = readBuilt<Catalog>('catalog.json');
  const byId = new Map(catalog.outlets.map((o) => [o.id, o]));
  for (const [file, outletId, contentType] of FIXTURES) {
    const outlet = byId.get(outletId);
    if (!outlet?.feeds[0]) throw new Error(`${outletId} has no feed in the catalog`);
    const body = readFileSync(`tests/fixtures/feeds/${file}`);
    files.set(outlet.feeds[0], { body, contentType });
    // Article pages for the items, so the reader can open one.
    for (const item of parseFeed(new Uint8Array(body), { url: outlet.feeds[0] }).items) {
      pages.push({
        url: normalizeUrl(item.url),
        outletId,
        title: item.title,
        description: item.description,
        published: Date.parse(item.published ?? '2020-01-01'),
        storyId: '',
      });
    }
  }
  // One source's server is down: its health says so and the others carry on.
  broken = byId.get('the-new-york-times')!.feeds[1];
  files.set(broken, { body: 'Internal error', contentType: 'text/plain', status: 500 });
  demo = await startDemo({ headless: true, files, extraArticles: pages });
  const keep = new Set(FIXTURES.map(([, id]) => id));
  // Only the outlets whose feeds are served here are on; feeds this old need a long retention.
  await demo.send('indexStatus', {});
  const ext = await demo.context.newPage();
  await ext.goto(`chrome-extension://${demo.extensionId}/about.html`);
  await ext.evaluate(
    ([off]) =>
      chrome.storage.local.set({ disabledSources: off, indexSettings: { refreshMinutes: 30, retentionDays: 20_000, blindspotThreshold: 0.2, indexUrl: '' } }),
    [catalog.outlets.map((o) => o.id).filter((id) => !keep.has(id))] as const,
  );
  await ext.close();
});
afterAll(() => demo?.close());

describe('the local index from real feeds', () => {
  it('refreshes the enabled sources in Chromium, keeps each one’s health, and the popup shows an article’s coverage', async () => {
    expect(await demo.send('refreshNow', {})).toEqual({ started: true });
    let status: IndexStatus | undefined;
    for (let i = 0; i < 300; i++) {
      status = (await demo.send('indexStatus', {})) as IndexStatus;
      if (!status.refreshing && status.lastRefresh) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status?.lastRefresh).toBeGreaterThan(0);
    // The demo snapshot gave way to the feeds' articles.
    expect(status?.label).toBeUndefined();

    const health = (await demo.send('feedHealth', {})) as FeedHealthRow[];
    const served = health.filter((h) => files.has(h.url));
    expect(served).toHaveLength(FIXTURES.length + 1);
    expect(served.filter((h) => h.url !== broken).every((h) => h.lastSuccess && !h.lastError && h.itemsSeen > 0)).toBe(true);
    expect(served.find((h) => h.url === broken)?.lastError).toMatch(/500/);

    const index = (await demo.send('exportIndex', {})) as IndexSnapshot;
    expect(new Set(index.articles.map((a) => a.outletId))).toEqual(new Set(FIXTURES.map(([, id]) => id)));
    expect(status?.articles).toBe(index.articles.length);

    // The story with the most articles: open one of them and ask the popup.
    const stories = new Map<string, IndexedArticle[]>();
    for (const a of index.articles) stories.set(a.storyId, [...(stories.get(a.storyId) ?? []), a]);
    const [story] = [...stories.values()].sort((a, b) => b.length - a.length);
    expect(story.length).toBeGreaterThanOrEqual(2);
    const page = await demo.context.newPage();
    // The demo site is HTTPS only (some feeds link with http://).
    await page.goto(story[0].url.replace(/^http:/, 'https:'));
    const tabId = await demo.tabIdOf(page);
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('matched');
    const outlets = new Set(story.map((a) => a.outletId)).size;
    expect(await popup.textContent('h1')).toMatch(new RegExp(`^Covered by ${outlets} outlets?`));
    expect(await popup.locator('section[aria-label="Articles"] li').count()).toBe(story.length);
    await popup.screenshot({ path: `${SHOTS}/popup-from-feeds.png`, fullPage: true });
  });

  it('the full-tab pages work on the index built from the feeds', async () => {
    const index = (await demo.send('exportIndex', {})) as IndexSnapshot;
    const stories = new Map<string, IndexedArticle[]>();
    for (const a of index.articles) stories.set(a.storyId, [...(stories.get(a.storyId) ?? []), a]);
    const [story] = [...stories.values()].sort(
      (a, b) => new Set(b.map((x) => x.outletId)).size - new Set(a.map((x) => x.outletId)).size || b.length - a.length,
    );
    const outlets = new Set(story.map((a) => a.outletId)).size;
    const open = async (file: string) => {
      const page = await demo.context.newPage();
      await page.goto(`chrome-extension://${demo.extensionId}/${file}`);
      await page.waitForSelector('body[data-state="ready"]');
      return page;
    };
    const page = await open(`story.html?id=${encodeURIComponent(story[0].storyId)}`);
    expect(await page.textContent('.covered')).toMatch(new RegExp(`^${story.length} articles? from ${outlets} outlets?`));
    expect(await page.locator('section[aria-label="Articles"] li').count()).toBe(story.length);
    await page.screenshot({ path: `${SHOTS}/page-story-from-feeds.png`, fullPage: true });
    // The feeds' items are years old: the front page falls back to the index's own last day, and lists every story held.
    await page.goto(`chrome-extension://${demo.extensionId}/stories.html`);
    await page.waitForSelector('body[data-state="ready"]');
    await page.getByRole('button', { name: 'Every story held' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${stories.size} stories held`);
    // Ranked by outlets: the first card has as many as the widest-covered story.
    expect(await page.locator('.story-card .outlet-count').first().textContent()).toBe(`${outlets} outlet${outlets === 1 ? '' : 's'}`);
    await page.screenshot({ path: `${SHOTS}/page-stories-from-feeds.png`, fullPage: true });
    for (const file of ['blindspots.html', 'diet.html']) {
      await page.goto(`chrome-extension://${demo.extensionId}/${file}`);
      await page.waitForSelector('body[data-state="ready"]');
    }
    await page.close();
  });
});
