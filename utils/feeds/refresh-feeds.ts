/**
 * Refreshing feeds: fetch, parse, save, and keep each feed's health. Pure with
 * injected dependencies (the fetcher, the parser, the store, the clock), so it runs the same
 * in the background worker and in tests.
 *
 * One feed's failure is only that feed's: its error goes into its health, it backs off,
 * and the others carry on. A feed is saved only after it parsed, and its validators (ETag,
 * Last-Modified) are kept only after the save worked, so a later 304 never hides items that
 * were never stored.
 */
import { t } from '../i18n/translate';
import { isFeedError } from './feed-error';
import type { FetchFeedOptions, FetchResult } from './fetch-feed';
import { initialHealth, isDue, recordFailure, recordSuccess, type FeedHealth, type FeedHealthMap } from './health';
import type { FeedItem, ParsedFeed, ParseFeedOptions } from './types';

export type { FeedHealthMap } from './health';

/** A feed to refresh. */
export interface FeedToRefresh {
  /** Feed id, unique: the key of its health. */
  id: string;
  /** The outlet the feed belongs to. */
  outletId: string;
  /** The feed URL. */
  url: string;
}

/** What `save` is told about the items it gets. */
export interface SaveMeta {
  outletId: string;
  /** The feed URL after redirects. */
  finalUrl: string;
  feedTitle: string;
  /** When the feed was fetched (epoch ms). */
  fetchedAt: number;
}

/** The refresher's dependencies. */
export interface RefreshDeps {
  fetchFeed(url: string, opts: FetchFeedOptions): Promise<FetchResult>;
  parseFeed(body: Uint8Array, opts: ParseFeedOptions): ParsedFeed;
  /** Stores one source's items; called once per source that downloaded and parsed. */
  save(sourceId: string, items: FeedItem[], meta: SaveMeta): Promise<void>;
  /** Health as it was before this refresh (not modified; the new map is returned). */
  health: FeedHealthMap;
  now(): number;
  /** Called after each source is done, with the count of sources done and to do. */
  onProgress?(done: number, total: number): void;
}

/** Options of a refresh. */
export interface RefreshOptions {
  /** Sources fetched at once. Defaults to 4: polite to servers, quick enough for ~100 feeds. */
  concurrency?: number;
  /** Fetch even sources still backing off (the reader asked for a refresh). */
  force?: boolean;
  /** Least time between two fetches of a healthy source, in ms. Defaults to 0. */
  minIntervalMs?: number;
  /** Passed to fetchFeed (timeoutMs, maxBytes). */
  fetch?: Pick<FetchFeedOptions, 'timeoutMs' | 'maxBytes'>;
}

/** What happened to one source. */
export interface FeedOutcome {
  sourceId: string;
  status: 'saved' | 'not-modified' | 'failed' | 'skipped';
  /** Items saved (0 unless saved). */
  items: number;
  /** Why it failed, in plain words. */
  error?: string;
  /** The save failed because the browser's storage is full (or it closed the database for that). */
  diskFull?: true;
}

/** The result of a refresh: every source's new health, and what happened to each. */
export interface RefreshReport {
  health: FeedHealthMap;
  outcomes: FeedOutcome[];
}

/** IndexedDB's "quota exceeded", as the browser or Dexie (which wraps it in `inner`) throws it. */
/** The browser refused a write or an open because its storage (or the disk) is full. */
export function isStorageFull(error: unknown): boolean {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** What the reader is told when storage is full, wherever the refresh met it. */
export const storageFull = (): string => t('refresh_storageFull');

/** Plain words for anything thrown (FeedError messages are already plain), and whether the disk is full. */
function describe(error: unknown, stage: 'read' | 'save'): { error: string; diskFull?: true } {
  if (isFeedError(error)) return { error: error.message };
  if (stage === 'save' && isStorageFull(error)) return { error: storageFull(), diskFull: true };
  if (stage === 'save' && (error as { name?: unknown } | null)?.name === 'DatabaseClosedError') return { error: t('refresh_databaseClosed'), diskFull: true };
  const detail = error instanceof Error ? error.message : String(error);
  return { error: stage === 'save' ? t('refresh_saveFailed', detail) : t('refresh_readFailed', detail) };
}

async function refreshOne(
  source: FeedToRefresh,
  before: FeedHealth,
  deps: RefreshDeps,
  opts: RefreshOptions,
): Promise<{ health: FeedHealth; outcome: FeedOutcome }> {
  const started = deps.now();
  const fail = (error: unknown, stage: 'read' | 'save') => {
    const why = describe(error, stage);
    return { health: recordFailure(before, started, why.error), outcome: { sourceId: source.id, status: 'failed' as const, items: 0, ...why } };
  };
  let parsed: ParsedFeed;
  let download: Extract<FetchResult, { status: 'ok' }>;
  try {
    const result = await deps.fetchFeed(source.url, { ...opts.fetch, etag: before.etag, lastModified: before.lastModified });
    if (result.status === 'not-modified') {
      return {
        health: recordSuccess(before, started, undefined, opts.minIntervalMs),
        outcome: { sourceId: source.id, status: 'not-modified', items: 0 },
      };
    }
    download = result;
    parsed = deps.parseFeed(result.body, { url: result.finalUrl, contentType: result.contentType, now: started });
  } catch (error) {
    return fail(error, 'read');
  }
  try {
    const meta: SaveMeta = { outletId: source.outletId, finalUrl: download.finalUrl, feedTitle: parsed.title, fetchedAt: started };
    await deps.save(source.id, parsed.items, meta);
  } catch (error) {
    return fail(error, 'save');
  }
  const saved = { itemsSeen: parsed.items.length, etag: download.etag, lastModified: download.lastModified };
  return {
    health: recordSuccess(before, started, saved, opts.minIntervalMs),
    outcome: { sourceId: source.id, status: 'saved', items: parsed.items.length },
  };
}

/**
 * Refreshes the sources that are due (all of them with `force`), `concurrency` at a time.
 * Never rejects because of a source: each failure lands in that source's health and outcome.
 * Outcomes are in the order of `sources`; duplicate ids are refreshed once.
 */
export async function refreshFeeds(sources: FeedToRefresh[], deps: RefreshDeps, opts: RefreshOptions = {}): Promise<RefreshReport> {
  const health: FeedHealthMap = { ...deps.health };
  const unique = [...new Map(sources.map((source) => [source.id, source])).values()];
  const startedAt = deps.now();
  const due = unique.filter((source) => opts.force || isDue(health[source.id], startedAt));
  const outcomes = new Map<string, FeedOutcome>();
  let next = 0;
  let done = 0;

  const worker = async () => {
    while (next < due.length) {
      const source = due[next++];
      const result = await refreshOne(source, health[source.id] ?? initialHealth(), deps, opts);
      health[source.id] = result.health;
      outcomes.set(source.id, result.outcome);
      done += 1;
      try {
        deps.onProgress?.(done, due.length);
      } catch {
        // A progress display that fails must not stop the refresh.
      }
    }
  };
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
  await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));

  return {
    health,
    outcomes: unique.map((source) => outcomes.get(source.id) ?? { sourceId: source.id, status: 'skipped', items: 0 }),
  };
}
