import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { IndexedArticle, Outlet } from '../../utils/model';
import { DEFAULT_INDEX_SETTINGS, type IndexSettings } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController, toNewArticles } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const H = 3_600_000;
const rss = (items: { title: string; link: string; date: number }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`)
    .join('')}</channel></rss>`;
const outlet = (id: string, feed: string): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.com/`,
  domains: [`${id}.com`],
  feeds: [feed],
  country: 'US',
  language: 'en',
});

function setUp(responses: Record<string, () => Response>, settings: Partial<IndexSettings> = {}) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  const progress: ({ done: number; total: number } | null)[] = [];
  let current: { done: number; total: number; at: number } | null = null;
  const fakeFetch = (async (url: string) => {
    const respond = responses[url];
    if (!respond) throw new TypeError('Failed to fetch');
    return respond();
  }) as typeof fetch;
  const controller = createRefreshController({
    db,
    store,
    enabledOutlets: async () => [outlet('alpha', 'https://alpha.com/rss'), outlet('beta', 'https://beta.com/rss')],
    settings: async () => ({ ...DEFAULT_INDEX_SETTINGS, ...settings }),
    fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch: fakeFetch }),
    progress: {
      get: async () => current,
      set: async (p) => {
        current = p;
        progress.push(p && { done: p.done, total: p.total });
      },
    },
    now: () => NOW,
  });
  return { db, store, controller, progress };
}

const alphaFeed = () =>
  new Response(
    rss([
      { title: 'Senate passes the infrastructure bill after months of talks', link: 'https://www.alpha.com/a/1?utm_source=rss', date: NOW - 2 * H },
      { title: 'An article far older than the retention', link: 'https://alpha.com/a/old', date: NOW - 30 * 24 * H },
    ]),
    { headers: { 'content-type': 'application/rss+xml' } },
  );
const demoArticle: IndexedArticle = {
  url: 'https://demo.com/x',
  outletId: 'alpha',
  title: 'Demo story',
  description: '',
  published: NOW - 400 * 24 * H,
  storyId: 'demo',
};

describe('refreshing the index from feeds', () => {
  it('ingests what the working sources bring, records every source’s health, and reports progress', async () => {
    const { db, store, controller, progress } = setUp({
      'https://alpha.com/rss': alphaFeed,
      'https://beta.com/rss': () => new Response('down', { status: 500 }),
    });
    await controller.run();
    const urls = await store.urls();
    expect(urls).toEqual(['https://alpha.com/a/1']);
    const health = await db.feeds.toArray();
    expect(health.find((h) => h.outletId === 'alpha')).toMatchObject({ lastSuccess: NOW, lastError: null, itemsSeen: 2 });
    expect(health.find((h) => h.outletId === 'beta')?.lastError).toMatch(/500/);
    expect((await store.meta())?.lastRefresh).toBe(NOW);
    expect(progress[0]).toEqual({ done: 0, total: 2 });
    expect(progress.at(-1)).toBeNull();
    expect(await controller.progress()).toBeUndefined();
  });

  it('replaces the demo snapshot once a refresh brought articles in, and keeps it when none came', async () => {
    const failing = setUp({});
    await failing.store.importSnapshot(makeSnapshot('Demo', [demoArticle]), 'demo');
    await failing.controller.run();
    expect(await failing.store.urls()).toEqual([demoArticle.url]);
    expect((await failing.store.meta())?.label).toBe('Demo');

    const working = setUp({ 'https://alpha.com/rss': alphaFeed });
    await working.store.importSnapshot(makeSnapshot('Demo', [demoArticle]), 'demo');
    await working.controller.run();
    expect(await working.store.urls()).toEqual(['https://alpha.com/a/1']);
    expect((await working.store.meta())?.label).toBeUndefined();
  });

  it('loads a trusted index URL instead, and refuses a bad one without touching the index', async () => {
    const good = makeSnapshot('Shared index', [{ ...demoArticle, url: 'https://demo.com/shared' }]);
    const ok = setUp({ 'https://index.example/parallax.json': () => new Response(JSON.stringify(good)) }, { indexUrl: 'https://index.example/parallax.json' });
    await ok.controller.run();
    expect(await ok.store.urls()).toEqual(['https://demo.com/shared']);

    const bad = setUp({ 'https://index.example/parallax.json': () => new Response('{"format":"other"}') }, { indexUrl: 'https://index.example/parallax.json' });
    await bad.store.importSnapshot(makeSnapshot('Mine', [demoArticle]), 'import');
    await expect(bad.controller.run()).rejects.toThrow(/was refused, and your index is unchanged: .*not a Parallax static index manifest/);
    expect(await bad.store.urls()).toEqual([demoArticle.url]);
  });

  it('runs one refresh at a time', async () => {
    const { controller } = setUp({ 'https://alpha.com/rss': alphaFeed });
    expect(controller.start()).toBe(true);
    expect(controller.start()).toBe(false);
    await controller.run();
  });
});

describe('toNewArticles', () => {
  it('normalises URLs, dates items without one at fetch time, and drops what retention would', () => {
    const items = [
      { title: 'A', url: 'https://www.x.com/a?fbclid=1', published: new Date(NOW - H).toISOString(), description: 'd' },
      { title: 'B', url: 'https://x.com/b', published: null, description: '' },
      { title: 'C', url: 'https://x.com/c', published: new Date(NOW - 8 * 24 * H).toISOString(), description: '' },
    ];
    expect(toNewArticles(items, NOW, 7)).toEqual([
      { url: 'https://x.com/a', title: 'A', description: 'd', published: NOW - H },
      { url: 'https://x.com/b', title: 'B', description: '', published: NOW },
    ]);
  });
});
