/**
 * The first refresh after the reader chose sources: 200 feeds on a local server, each answering
 * after 300-1,500 ms (seeded), read by the worker's own refresh (plan, fetch, parse, cluster, store
 * in fake-indexeddb) with its concurrency and timeout. Prints the time until every feed is read.
 * Each feed holds 25 real headlines (tests/fixtures/clusters/uci_sample.eval.jsonl). fake-indexeddb
 * is slower than a browser's IndexedDB, so the figure is on the safe side.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController, FEED_TIMEOUT_MS, REFRESH_CONCURRENCY } from '../../utils/worker/refresh-controller';

interface Figure {
  figure: string;
  value: number;
  unit: string;
  target?: string;
  [extra: string]: unknown;
}

const FEEDS = 200;
const ITEMS = 25;
const escapeXml = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small seeded generator, so every run waits the same delays. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function feeds(now: number): string[] {
  const rows = readFileSync(new URL('../../tests/fixtures/clusters/uci_sample.eval.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, FEEDS * ITEMS)
    .map((line) => JSON.parse(line) as { title: string; url: string });
  return Array.from({ length: FEEDS }, (_, f) => {
    const items = rows
      .slice(f * ITEMS, (f + 1) * ITEMS)
      .map(
        (r, i) =>
          `<item><title>${escapeXml(r.title)}</title><link>${escapeXml(r.url)}</link><pubDate>${new Date(now - (f + i) * 60_000).toUTCString()}</pubDate></item>`,
      );
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${f}</title>${items.join('')}</channel></rss>`;
  });
}

export async function run(print: (figure: Figure) => void): Promise<void> {
  const now = Date.now();
  const bodies = feeds(now);
  const random = seeded(12);
  const delays = bodies.map(() => 300 + Math.round(random() * 1200));
  const server = createServer((req, res) => {
    const i = Number(/^\/feed\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (!bodies[i]) return void res.writeHead(404).end();
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(bodies[i]), delays[i]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const countries = ['GB', 'US', 'DE', 'FR'];
  const outlets: Outlet[] = bodies.map((_, i) => ({
    id: `outlet-${i}`,
    name: `Outlet ${i}`,
    homepage: `${base}/`,
    domains: [`outlet-${i}.example`],
    feeds: [`${base}/feed/${i}`],
    country: countries[i % countries.length],
    language: 'en',
  }));

  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db);
  let last = { done: 0, total: 0 };
  const refresh = createRefreshController({
    db,
    store,
    enabledOutlets: async () => outlets,
    settings: async () => ({ refreshMinutes: 30, retentionDays: 90, blindspotThreshold: 0.2, indexUrl: '' }),
    fetchFeed,
    progress: { get: async () => null, set: async (p) => void (p && (last = p)) },
    now: Date.now,
    grantedOrigins: async () => [`${base.replace(/:\d+$/, '')}/*`],
    preferredCountries: () => ['GB'],
  });
  const start = performance.now();
  await refresh.run(true);
  const seconds = (performance.now() - start) / 1000;
  server.close();
  const health = await db.feeds.toArray();
  const read = health.filter((h) => h.lastSuccess).length;
  const { articles, stories } = await store.counts();
  const waiting = delays.reduce((a, b) => a + b, 0) / 1000;
  print({
    figure: `first refresh: ${FEEDS} feeds answering in 0.3-1.5 s each, all read`,
    value: +seconds.toFixed(1),
    unit: 's',
    target: '<= 60 s',
    feedsRead: read,
    progress: `${last.done}/${last.total}`,
    articles,
    stories,
    concurrency: REFRESH_CONCURRENCY,
    timeoutMs: FEED_TIMEOUT_MS,
    serverWaitAlone: `${waiting.toFixed(0)} s one at a time, ${(waiting / REFRESH_CONCURRENCY).toFixed(1)} s at ${REFRESH_CONCURRENCY} at once`,
  });
}
