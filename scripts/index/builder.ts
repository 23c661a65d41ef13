/**
 * One build of the static index: read every source's feed with the extension's own fetcher,
 * parser and refresher (conditional GET, timeouts, size caps, backoff, feed health, bounded
 * concurrency), cluster the new items with the extension's story engine, and publish a new
 * version when anything changed. The clock and fetch are injected: same inputs, same bytes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import { parseFeed } from '../../utils/feeds/parse';
import { refreshFeeds, type FeedOutcome } from '../../utils/feeds/refresh-feeds';
import type { FeedItem } from '../../utils/feeds/types';
import { diffStates, MANIFEST_NAME, sha256Hex } from '../../utils/static-index';
import { toNewArticles } from '../../utils/worker/refresh-controller';
import { clusterBuild, type FeedBatch } from './cluster';
import { publish, type WrittenFile } from './publish';
import type { FeedSource } from './sources';
import { loadState, saveState } from './state';

export interface BuildOptions {
  sources: FeedSource[];
  outDir: string;
  /** Where state is kept between runs; defaults to `outDir/.state`. */
  stateDir?: string;
  label?: string;
  now?: () => number;
  fetch?: typeof fetch;
  /** Feeds fetched at once (default 8). */
  concurrency?: number;
  /** Versions a reader may be behind and still get a delta (default 24: a day of hourly builds). */
  keepVersions?: number;
  retentionDays?: number;
  /** Fetch feeds still backing off after failures. */
  force?: boolean;
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BuildReport {
  sequence: number;
  /** False when nothing changed: no new version was written. */
  changed: boolean;
  articles: number;
  stories: number;
  added: number;
  removed: number;
  moved: number;
  outcomes: Record<FeedOutcome['status'], number>;
  failures: { url: string; error: string }[];
  files: WrittenFile[];
  /** Where the time went, in ms: fetching and parsing, clustering, writing files and state. */
  timings: { fetch: number; cluster: number; write: number };
}

export async function buildIndex(opts: BuildOptions): Promise<BuildReport> {
  const now = opts.now ?? Date.now;
  const stateDir = opts.stateDir ?? join(opts.outDir, '.state');
  const state = loadState(stateDir);
  const startedAt = now();
  const t0 = performance.now();
  const fetched = new Map<string, { items: FeedItem[]; fetchedAt: number }>();
  const report = await refreshFeeds(
    opts.sources.map((s) => ({ id: s.url, outletId: s.outletId, url: s.url })),
    {
      fetchFeed: (url, o) => fetchFeed(url, { ...o, fetch: opts.fetch }),
      parseFeed,
      health: state.health,
      now,
      // Kept aside and clustered after every fetch ends, in source order: arrival order varies.
      save: async (id, items, meta) => void fetched.set(id, { items, fetchedAt: meta.fetchedAt }),
      onProgress: opts.onProgress,
    },
    { concurrency: opts.concurrency ?? 8, force: opts.force, fetch: { timeoutMs: opts.timeoutMs } },
  );

  const t1 = performance.now();
  const retentionDays = opts.retentionDays ?? 7;
  const batches: FeedBatch[] = opts.sources.flatMap((s) => {
    const got = fetched.get(s.url);
    return got ? [{ feed: s.url, outletId: s.outletId, lang: s.lang, items: toNewArticles(got.items, got.fetchedAt, retentionDays) }] : [];
  });
  const next = clusterBuild({ previous: state.articles, batches, feeds: new Set(opts.sources.map((s) => s.url)), now: startedAt, retentionDays });
  const changes = diffStates(new Map(state.articles.map((a) => [a.url, a.storyId])), new Map(next.articles.map((a) => [a.url, a.storyId])));
  const changed = changes.length > 0 || state.sequence === 0;
  const t2 = performance.now();
  state.health = report.health;
  if (changed) {
    const createdAt = new Date(startedAt).toISOString();
    if (state.sequence === 0)
      state.series = (await sha256Hex(new TextEncoder().encode(`${createdAt}\n${opts.sources.map((s) => s.url).join('\n')}`))).slice(0, 16);
    state.sequence += 1;
    state.createdAt = createdAt;
    state.articles = next.articles;
    state.stories = next.stories;
    const keep = opts.keepVersions ?? 24;
    state.steps = [...state.steps, { to: state.sequence, changes }].slice(-keep);
  }
  // An unchanged index is published again only where it is missing (a new --out folder).
  const files =
    changed || !existsSync(join(opts.outDir, MANIFEST_NAME))
      ? await publish(opts.outDir, state, opts.label ?? `Parallax index of ${opts.sources.length} feeds`, opts.keepVersions ?? 24)
      : [];
  saveState(stateDir, state);

  const outcomes = { saved: 0, 'not-modified': 0, failed: 0, skipped: 0 };
  for (const o of report.outcomes) outcomes[o.status] += 1;
  return {
    sequence: state.sequence,
    changed,
    articles: state.articles.length,
    stories: state.stories,
    added: changes.filter(([, b]) => b === null).length,
    removed: changes.filter(([, , a]) => a === null).length,
    moved: changes.filter(([, b, a]) => b !== null && a !== null).length,
    outcomes,
    failures: report.outcomes.flatMap((o) => (o.error ? [{ url: o.sourceId, error: o.error }] : [])),
    files,
    timings: { fetch: Math.round(t1 - t0), cluster: Math.round(t2 - t1), write: Math.round(performance.now() - t2) },
  };
}
