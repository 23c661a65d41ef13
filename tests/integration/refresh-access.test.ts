import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import { DEFAULT_INDEX_SETTINGS } from '../../utils/settings';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const outlet = (id: string, country: string): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.com/`,
  domains: [`${id}.com`],
  feeds: [`https://feeds.${id}.com/rss`],
  country,
  language: 'en',
});
const rss = (id: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${id}</title><item><title>${id} reports on the harbour bridge reopening after repairs</title><link>https://${id}.com/a/1</link><pubDate>${new Date(NOW - 3_600_000).toUTCString()}</pubDate></item></channel></rss>`;

/** The refresh as the worker wires it, with the grants the reader gave and a fetch that records every request. */
function setUp(granted: string[], region = 'GB', indexUrl = '') {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  const requested: string[] = [];
  const totals: number[] = [];
  const fakeFetch = (async (url: string) => {
    requested.push(url);
    return new Response(rss(new URL(url).hostname.split('.')[1]), { headers: { 'content-type': 'application/rss+xml' } });
  }) as typeof fetch;
  const controller = createRefreshController({
    db,
    store,
    enabledOutlets: async () => [outlet('usa', 'US'), outlet('gbr', 'GB'), outlet('fra', 'FR')],
    settings: async () => ({ ...DEFAULT_INDEX_SETTINGS, indexUrl }),
    fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch: fakeFetch }),
    progress: { get: async () => null, set: async (p) => void (p && totals.push(p.total)) },
    now: () => NOW,
    grantedOrigins: async () => granted,
    preferredCountries: () => [region],
  });
  return { store, controller, requested, totals };
}

describe('a refresh reads only the feeds the reader allowed', () => {
  it('with no host granted (a fresh install), sends no request at all', async () => {
    const { controller, requested, store, totals } = setUp([]);
    await controller.run(true);
    expect(requested).toEqual([]);
    expect(await store.urls()).toEqual([]);
    expect(totals).toEqual([0]);
  });

  it('fetches the granted feeds only, the reader’s region first, and counts only those in its progress', async () => {
    const { controller, requested, store, totals } = setUp(['*://*.usa.com/*', '*://*.gbr.com/*']);
    await controller.run(true);
    expect(requested).toEqual(['https://feeds.gbr.com/rss', 'https://feeds.usa.com/rss']);
    expect(await store.urls()).toEqual(['https://gbr.com/a/1', 'https://usa.com/a/1']);
    expect(new Set(totals)).toEqual(new Set([2]));
  });

  it('does not fetch a static index URL whose host access was taken back', async () => {
    const { controller, requested } = setUp(['*://*.usa.com/*'], 'GB', 'https://index.example/parallax.json');
    await controller.run(true);
    expect(requested).toEqual([]);
  });
});
