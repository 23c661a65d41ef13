import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import { DEFAULT_INDEX_SETTINGS } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const outlet: Outlet = {
  id: 'alpha',
  name: 'Alpha',
  homepage: 'https://alpha.com/',
  domains: ['alpha.com'],
  feeds: ['https://alpha.com/rss'],
  country: 'US',
  language: 'en',
};
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Alpha</title><item><title>Senate passes the infrastructure bill after months of talks</title><link>https://alpha.com/a/1</link><pubDate>${new Date(NOW - 3_600_000).toUTCString()}</pubDate></item></channel></rss>`;

it('a refresh after one that stopped half-way keeps what that one saved, and drops only the demo', async () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  await store.importSnapshot(
    makeSnapshot('Demo', [{ url: 'https://demo.com/x', outletId: 'alpha', title: 'Demo story', description: '', published: NOW, storyId: 'demo' }]),
    'demo',
  );
  // The stopped refresh had saved this source, then the worker was stopped before the demo gave way.
  await store.ingest('alpha', [
    { url: 'https://alpha.com/a/1', title: 'Senate passes the infrastructure bill after months of talks', description: '', published: NOW - 3_600_000 },
  ]);
  expect((await store.meta())?.origin).toBe('demo');

  const controller = createRefreshController({
    db,
    store,
    enabledOutlets: async () => [outlet],
    settings: async () => DEFAULT_INDEX_SETTINGS,
    fetchFeed: (url, opts) =>
      fetchFeed(url, { ...opts, fetch: (async () => new Response(feed, { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch }),
    progress: { get: async () => null, set: async () => undefined },
    now: () => NOW,
  });
  await controller.run();
  // The feed's item was already held, so nothing is new this time: the demo still gives way, the item stays.
  expect(await store.urls()).toEqual(['https://alpha.com/a/1']);
  expect((await store.meta())?.origin).toBe('feeds');
  expect((await store.meta())?.demoUrls).toBeUndefined();
});
