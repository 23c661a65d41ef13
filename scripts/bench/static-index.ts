/**
 * Static index benchmark: `npm run index`'s build over 1,000 local feeds of 50 items (served
 * from 127.0.0.1, read with the extension's fetcher and parser, clustered with its story engine),
 * the hourly build after every feed gained one item, the full snapshot's and the hourly delta's
 * sizes (raw and gzip), and the time to import the snapshot and to apply the delta in the
 * extension's store (fake-indexeddb in Node; a browser's IndexedDB differs). Headlines are the
 * UCI News Aggregator titles (tests/fixtures/clusters), each outlet's items spread over the set.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../utils/db';
import { median } from '../median';
import { parseSnapshot } from '../../utils/snapshot';
import { parseDelta, parseManifest } from '../../utils/static-index';
import { createIndexStore } from '../../utils/worker/index-store';
import type { Figure } from '../bench';
import { buildIndex } from '../index/builder';

const FEEDS = 1000;
const ITEMS = 50;
const REPEATS = 3;
const H = 3_600_000;
const FIXTURE = new URL('../../tests/fixtures/clusters/uci_sample.eval.jsonl', import.meta.url);
const xmlEscape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function headlines(): { title: string; published: number }[] {
  const rows = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { title: string; published: string });
  const t0 = Date.parse(rows[0].published);
  const span = Date.parse(rows[rows.length - 1].published) - t0 + 86_400_000;
  const out: { title: string; published: number }[] = [];
  for (let copy = 0; out.length < FEEDS * (ITEMS + 1); copy++)
    for (const r of rows) out.push({ title: r.title, published: Date.parse(r.published) + copy * span });
  return out;
}

/** Item k of the set goes to feed k % FEEDS; `extra` more rounds are the hour's new items. */
function feedXml(feed: number, all: { title: string; published: number }[], rounds: number): string {
  const items: string[] = [];
  for (let round = rounds - 1; round >= 0; round--) {
    const k = round * FEEDS + feed;
    const { title, published } = all[k];
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60);
    items.push(
      `<item><title>${xmlEscape(title)}</title><link>https://outlet-${feed}.example/news/${k}/${slug}</link><pubDate>${new Date(published).toUTCString()}</pubDate></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${feed}</title>${items.slice(0, ITEMS).join('')}</channel></rss>`;
}

/** Wall time and this process's CPU time (user + system): on a busy machine the second is the steadier. */
async function timed<T>(task: () => Promise<T>): Promise<[T, number, number]> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = await task();
  const used = process.cpuUsage(cpu);
  return [value, performance.now() - t, (used.user + used.system) / 1000];
}

export async function run(print: (figure: Figure) => void): Promise<void> {
  const all = headlines();
  let rounds = ITEMS;
  const server = createServer((req, res) => {
    const feed = Number(/^\/feed-(\d+)\.rss$/.exec(req.url ?? '')?.[1]);
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(feed, all, rounds));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sources = Array.from({ length: FEEDS }, (_, i) => ({ url: `${origin}/feed-${i}.rss`, outletId: `outlet-${i}`, lang: 'en' }));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-index-'));
  const out = join(dir, 'site');
  let clock = all[FEEDS * ITEMS].published;
  const build = () => buildIndex({ sources, outDir: out, now: () => clock, retentionDays: 20_000, concurrency: 16 });
  try {
    const [first, firstMs, firstCpu] = await timed(build);
    rounds += 1;
    clock += H;
    const [second, secondMs, secondCpu] = await timed(build);
    const snapshot = second.files.find((f) => f.kind === 'snapshot')!;
    const delta = second.files.find((f) => f.kind === 'delta')!;
    const manifest = second.files.find((f) => f.kind === 'manifest')!;
    print({
      figure: 'static index: first build, 1,000 local feeds x 50 items',
      value: Math.round(firstMs),
      unit: 'ms',
      articles: first.articles,
      stories: first.stories,
      cpuMs: Math.round(firstCpu),
      ...first.timings,
    });
    print({
      figure: 'static index: hourly build (1,000 new items)',
      value: Math.round(secondMs),
      unit: 'ms',
      added: second.added,
      moved: second.moved,
      cpuMs: Math.round(secondCpu),
      ...second.timings,
    });
    print({
      figure: 'static index: full snapshot',
      value: +(snapshot.gzipBytes / 1024).toFixed(1),
      unit: 'KB gzip',
      rawKB: +(snapshot.bytes / 1024).toFixed(1),
      articles: second.articles,
    });
    print({
      figure: 'static index: hourly delta',
      value: +(delta.gzipBytes / 1024).toFixed(1),
      unit: 'KB gzip',
      rawKB: +(delta.bytes / 1024).toFixed(1),
      target: 'kilobytes, not megabytes',
    });
    print({ figure: 'static index: latest.json', value: manifest.bytes, unit: 'bytes', gzipBytes: manifest.gzipBytes });

    // The extension's side: the first version imported whole, then the hour's delta applied.
    const firstSnapshot = readFileSync(join(out, `snapshot-${first.sequence}.json`), 'utf8');
    const deltaText = readFileSync(join(out, delta.path), 'utf8');
    const m = parseManifest(readFileSync(join(out, 'latest.json'), 'utf8'));
    if (!m.ok) throw new Error(m.error);
    const importRuns: [number, number][] = [];
    const applyRuns: [number, number][] = [];
    for (let i = 0; i < REPEATS; i++) {
      const store = createIndexStore(createDb({ name: `bench-${i}`, indexedDB: new IDBFactory(), IDBKeyRange }), () => clock);
      const [, importWall, importCpu] = await timed(async () => {
        const parsed = parseSnapshot(firstSnapshot);
        if (!parsed.ok) throw new Error(parsed.error);
        await store.importSnapshot(parsed.snapshot, 'url');
      });
      importRuns.push([importWall, importCpu]);
      const [, applyWall, applyCpu] = await timed(async () => {
        const parsed = parseDelta(deltaText, { series: m.value.series, from: first.sequence, to: second.sequence });
        if (!parsed.ok) throw new Error(parsed.error);
        await store.applyDelta(parsed.value, { origin: 'url' });
      });
      applyRuns.push([applyWall, applyCpu]);
    }
    const figures = (runs: [number, number][]) => ({
      value: Math.round(median(runs.map(([wall]) => wall))),
      unit: 'ms (median)',
      cpuMs: Math.round(median(runs.map(([, cpu]) => cpu))),
      runs: runs.map(([wall]) => Math.round(wall)),
    });
    print({ figure: 'static index: import the full snapshot (fake-indexeddb)', ...figures(importRuns), articles: first.articles });
    print({ figure: 'static index: apply the hourly delta (fake-indexeddb)', ...figures(applyRuns), added: second.added });
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
