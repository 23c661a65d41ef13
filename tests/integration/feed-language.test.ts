import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import { DEFAULT_INDEX_SETTINGS } from '../../utils/settings';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const rss = (title: string, link: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>${title}</title><link>${link}</link><pubDate>${new Date(NOW - 3_600_000).toUTCString()}</pubDate></item></channel></rss>`;

it('reads each feed in its own language where it differs from its outlet’s', async () => {
  const france24: Outlet = {
    id: 'france-24',
    name: 'France 24',
    homepage: 'https://www.france24.com/',
    domains: ['france24.com'],
    country: 'FR',
    language: 'fr',
    feeds: ['https://www.france24.com/fr/rss', 'https://www.france24.com/es/rss'],
    feedLanguages: { 'https://www.france24.com/es/rss': 'es' },
  };
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  const seen: [string, string | undefined][] = [];
  const bodies: Record<string, string> = {
    'https://www.france24.com/fr/rss': rss('Le Sénat adopte la loi de finances', 'https://www.france24.com/fr/a'),
    'https://www.france24.com/es/rss': rss('El Senado aprueba la ley de presupuestos', 'https://www.france24.com/es/a'),
  };
  const fakeFetch = (async (url: string) => new Response(bodies[url], { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch;
  const controller = createRefreshController({
    db,
    store: {
      ...store,
      ingest: async (outletId, articles, lang) => {
        seen.push([articles[0]?.url ?? '', lang]);
        return store.ingest(outletId, articles, lang);
      },
    },
    enabledOutlets: async () => [france24],
    settings: async () => DEFAULT_INDEX_SETTINGS,
    fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch: fakeFetch }),
    progress: { get: async () => null, set: async () => {} },
    now: () => NOW,
  });
  await controller.run();
  expect(seen.sort()).toEqual([
    ['https://france24.com/es/a', 'es'],
    ['https://france24.com/fr/a', 'fr'],
  ]);
});
