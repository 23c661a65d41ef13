/**
 * Story engine benchmark: page-match latency against 10,000 and 100,000 indexed articles (and a
 * Fuse.js full scan over the same titles, for reference), ingest rate, heap, adding 1,000 items
 * to a 50,000-article index, and loading an index from rows. Synthetic articles reuse the UCI
 * News Aggregator titles (tests/fixtures/clusters) with each extra copy shifted by the span of
 * the set, so story density per day stays that of the real feed.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { StoryIndex, type IndexedArticleInput } from '../../utils/stories';
import type { Figure } from '../bench';

const FIXTURE = new URL('../../tests/fixtures/clusters/uci_sample.eval.jsonl', import.meta.url);

function synthetic(count: number): IndexedArticleInput[] {
  const base = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { url: string; title: string; published: string });
  const t0 = Date.parse(base[0].published);
  const span = Date.parse(base[base.length - 1].published) - t0 + 86_400_000;
  const out: IndexedArticleInput[] = [];
  for (let copy = 0; out.length < count; copy++) {
    for (const r of base) {
      if (out.length === count) break;
      out.push({ url: `${r.url}#${copy}`, title: r.title, published: Date.parse(r.published) + copy * span });
    }
  }
  return out;
}

/** Heap in use after a full collection, so the figure is what the index keeps, not garbage. */
function heapMiB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Held-out style queries: every 37th article, a little later, without its URL. */
function queries(articles: IndexedArticleInput[], n: number) {
  const step = Math.max(1, Math.floor(articles.length / n));
  return articles
    .filter((_, i) => i % step === 0)
    .slice(0, n)
    .map((a) => ({ title: a.title, published: a.published + 3_600_000 }));
}

function latencies(run: (q: { title: string; published: number }) => unknown, qs: { title: string; published: number }[], warmUp = 20) {
  for (const q of qs.slice(0, warmUp)) run(q); // warm up the JIT
  const ms = qs.map((q) => time(() => run(q))).sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
}

export async function run(print: (f: Figure) => void): Promise<void> {
  const all = synthetic(101_000);
  const sizes = [10_000, 100_000];
  let big: StoryIndex | undefined;
  for (const size of sizes) {
    const articles = all.slice(0, size);
    const heapBefore = heapMiB();
    const index = new StoryIndex();
    const ingestMs = time(() => articles.forEach((a) => index.add(a)));
    const label = `${size / 1000}k`;
    if (size === 100_000) {
      big = index;
      print({ figure: 'stories.ingest_rate', value: Math.round(size / (ingestMs / 1000)), unit: 'articles/s' });
      print({ figure: 'stories.heap_index_100k', value: Math.round(heapMiB() - heapBefore), unit: 'MiB' });
      print({ figure: 'stories.heap_used_100k', value: Math.round(heapMiB()), unit: 'MiB' });
    }
    const qs = queries(articles, 2000);
    const m = latencies((q) => index.match(q), qs);
    print({ figure: `stories.match_p50_${label}`, value: +m.p50.toFixed(4), unit: 'ms' });
    print({ figure: `stories.match_p95_${label}`, value: +m.p95.toFixed(4), unit: 'ms', target: size === 100_000 ? '<= 1' : undefined });

    const fuse = new Fuse(articles, { keys: ['title'], threshold: 0.4, ignoreLocation: true });
    // A full fuzzy scan takes seconds per query at 100k: a few queries are enough to tell.
    const f = latencies((q) => fuse.search(q.title, { limit: 1 }), qs.slice(0, size === 100_000 ? 5 : 20), 1);
    print({ figure: `stories.fuse_scan_p50_${label}`, value: +f.p50.toFixed(2), unit: 'ms' });
    print({ figure: `stories.fuse_scan_p95_${label}`, value: +f.p95.toFixed(2), unit: 'ms' });
  }

  const base50 = new StoryIndex();
  all.slice(0, 50_000).forEach((a) => base50.add(a));
  const next = all.slice(50_000, 51_000);
  print({ figure: 'stories.add_1000_into_50k', value: +time(() => next.forEach((a) => base50.add(a))).toFixed(1), unit: 'ms', target: '< 1000' });

  // Rows as a worker reads them back from IndexedDB: fresh objects, nothing shared. Loaded first
  // thing after building, before the loader is warm, as in a worker that just woke up.
  const storyRows = (index: StoryIndex) => JSON.parse(JSON.stringify(index.toRows())) as ReturnType<StoryIndex['toRows']>;
  const huge = new StoryIndex();
  for (const a of synthetic(180_000)) huge.add(a);
  const tenK = storyRows(huge).slice(0, 10_000);
  heapMiB(); // collect the building's garbage first: a waking worker starts with a clean heap
  const tenKArticles = tenK.reduce((n, r) => n + r.articles.length, 0);
  let woken: StoryIndex | undefined;
  print({
    figure: 'stories.load_rows_10k_stories',
    value: +time(() => (woken = StoryIndex.fromRows(tenK))).toFixed(1),
    unit: 'ms',
    target: '< 200',
    stories: tenK.length,
    articles: tenKArticles,
  });
  // The URL map is built on first use (ingest, or a page known by URL), not by the load.
  const someUrl = tenK[tenK.length - 1].articles[0].url;
  print({ figure: 'stories.first_url_lookup_after_load', value: +time(() => woken?.storyOf(someUrl)).toFixed(1), unit: 'ms' });
  const rows = storyRows(big as StoryIndex);
  heapMiB();
  let loaded: StoryIndex | undefined;
  const loadMs = time(() => (loaded = StoryIndex.fromRows(rows)));
  print({ figure: 'stories.load_rows_100k_articles', value: +loadMs.toFixed(1), unit: 'ms', stories: rows.length });
  if (loaded?.size.articles !== 100_000) throw new Error('reloaded index lost articles');
}
