import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import { newsOutlet } from '../fixtures/news-outlets';
import { DEFAULT_INDEX_SETTINGS } from '../../utils/settings';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const outlet = (id: string): Outlet => newsOutlet(id, id, `${id}.com`, { feeds: [`https://${id}.com/rss`] });
const feed = (id: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${id}</title><item><title>Senate passes the infrastructure bill after months of talks</title><link>https://${id}.com/a/1</link><pubDate>${new Date(NOW - 3_600_000).toUTCString()}</pubDate></item></channel></rss>`;

it('a full disk during a refresh: what was saved stays, and the reason is kept outside IndexedDB for the options page', async () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  let problem: string | null = null;
  const controller = createRefreshController({
    db,
    store: {
      ...store,
      ingest: (outletId, items, lang) =>
        outletId === 'beta' ? Promise.reject(new DOMException('', 'QuotaExceededError')) : store.ingest(outletId, items, lang),
    },
    enabledOutlets: async () => [outlet('alpha'), outlet('beta')],
    settings: async () => DEFAULT_INDEX_SETTINGS,
    fetchFeed: (url, opts) =>
      fetchFeed(url, {
        ...opts,
        fetch: (async (u: string) =>
          new Response(feed(new URL(u).hostname.split('.')[0]), { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch,
      }),
    progress: { get: async () => null, set: async () => undefined },
    problem: { get: async () => problem, set: async (m) => void (problem = m) },
    now: () => NOW,
  });
  await expect(controller.run()).rejects.toMatchObject({ name: 'QuotaExceededError' });
  expect(await store.urls()).toEqual(['https://alpha.com/a/1']);
  expect(await controller.problem()).toMatch(/^Could not save the items: the browser’s storage for Parallax is full/);
  // Nothing more is written to the full disk: no feed health either (the feeds are read again).
  expect(await db.feeds.count()).toBe(0);
  // The next refresh that saves everything clears it.
  const healthy = createRefreshController({
    db,
    store,
    enabledOutlets: async () => [outlet('alpha')],
    settings: async () => DEFAULT_INDEX_SETTINGS,
    fetchFeed: (url, opts) =>
      fetchFeed(url, { ...opts, fetch: (async () => new Response(feed('alpha'), { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch }),
    progress: { get: async () => null, set: async () => undefined },
    problem: { get: async () => problem, set: async (m) => void (problem = m) },
    now: () => NOW,
  });
  await healthy.run();
  expect(await healthy.problem()).toBeUndefined();
});
