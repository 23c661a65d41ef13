/**
 * Load: a refresh of 1,000 sources of 50 items each, served by a local HTTP server on
 * 127.0.0.1, through the refresh code the worker runs (createRefreshController: fetchFeed,
 * parseFeed, the story index, Dexie) on fake-indexeddb. Prints the refresh time, the heap (peak
 * while it ran, and after), and the size of what IndexedDB holds (every row's JSON, in bytes: an
 * estimate, since fake-indexeddb keeps structured clones in memory, not on disk).
 * Headlines are the UCI News Aggregator sample (tests/fixtures/clusters), reused in turn past
 * its 36,792 lines, so some items repeat a headline under another URL, as wire copies do.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, type ParallaxDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Outlet } from '../../utils/model';
import type { IndexSettings } from '../../utils/settings';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

type Print = (f: { figure: string; value: number; unit: string; target?: string; [extra: string]: unknown }) => void;
const SOURCES = Number(process.env.LOAD_SOURCES ?? 1000);
const ITEMS = 50;
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const MB = 1024 * 1024;
/** The defaults (utils/settings.ts, which needs the extension's storage to import). */
const SETTINGS: IndexSettings = { refreshMinutes: 30, retentionDays: 7, blindspotThreshold: 0.2, indexUrl: '' };

function feeds(now: number): string[] {
  const titles = readFileSync(new URL('../../tests/fixtures/clusters/uci_sample.eval.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { title: string }).title);
  return Array.from({ length: SOURCES }, (_, s) => {
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const title = titles[(s * ITEMS + i) % titles.length];
      const link = `https://outlet-${s}.example/news/${s}-${i}-${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 50)}`;
      return `<item><title>${xml(title)}</title><link>${link}</link><description>${xml(title)}. More on this story as it develops.</description><pubDate>${new Date(now - ((s * 7 + i * 13) % 2880) * 60_000).toUTCString()}</pubDate></item>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${s}</title><link>https://outlet-${s}.example/</link>${items.join('')}</channel></rss>`;
  });
}

/** Bytes of every row's JSON: what the index holds, give or take IndexedDB's own encoding. */
async function storedBytes(db: ParallaxDb): Promise<number> {
  let bytes = 0;
  for (const table of db.tables) await table.each((row) => void (bytes += Buffer.byteLength(JSON.stringify(row))));
  return bytes;
}

export async function run(print: Print): Promise<void> {
  const now = Date.now();
  const bodies = feeds(now);
  const server = createServer((req, res) => {
    const body = bodies[Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1)];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const outlets: Outlet[] = bodies.map((_, s) => ({
    id: `outlet-${s}`,
    name: `Outlet ${s}`,
    homepage: `https://outlet-${s}.example/`,
    domains: [`outlet-${s}.example`],
    feeds: [`http://127.0.0.1:${port}/feed/${s}.xml`],
    country: 'US',
    language: 'en',
  }));

  const db = createDb({ name: 'load-bench', indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db);
  let progress: { done: number; total: number; at: number } | null = null;
  const controller = createRefreshController({
    db,
    store,
    enabledOutlets: async () => outlets,
    settings: async () => SETTINGS,
    fetchFeed,
    now: Date.now,
    progress: { get: async () => progress, set: async (p) => void (progress = p) },
  });
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const start = performance.now();
  try {
    await controller.run(true);
  } finally {
    clearInterval(sampler);
    server.close();
  }
  const seconds = (performance.now() - start) / 1000;
  const counts = await store.counts();
  const health = await db.feeds.toArray();
  const failed = health.filter((h) => h.lastError).length;
  print({
    figure: `load: refresh of ${SOURCES} local sources x ${ITEMS} items (fake-indexeddb)`,
    value: +seconds.toFixed(1),
    unit: 's',
    articles: counts.articles,
    stories: counts.stories,
    failedSources: failed,
  });
  print({
    figure: 'load: heap peak during the refresh',
    value: +(peak / MB).toFixed(0),
    unit: 'MB',
    before: +(heapBefore / MB).toFixed(0),
    after: +(process.memoryUsage().heapUsed / MB).toFixed(0),
  });
  print({
    figure: 'load: IndexedDB size after the refresh (JSON bytes of every row, estimate)',
    value: +((await storedBytes(db)) / MB).toFixed(1),
    unit: 'MB',
    perArticle: Math.round((await storedBytes(db)) / Math.max(1, counts.articles)),
  });
  db.close();
}
