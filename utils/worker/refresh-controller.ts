import { normalizeUrl } from '../article/normalize-url';
import type { ParallaxDb } from '../db';
import type { FetchFeedOptions, FetchResult } from '../feeds/fetch-feed';
import { parseFeed } from '../feeds/parse';
import { grantChecker } from '../access';
import { isStorageFull, refreshFeeds, storageFull } from '../feeds/refresh-feeds';
import { t } from '../i18n/translate';
import type { FeedItem } from '../feeds/types';
import type { Outlet } from '../model';
import type { IndexSettings } from '../settings';
import type { IndexStatus } from '../views';
import { headroomGuard, noRoomError, type DiskProbe } from './disk-headroom';
import { followIndex } from './follow-index';
import type { IndexStore, NewArticle } from './index-store';
import { planRefresh } from './refresh-plan';

const DAY = 86_400_000;
/** A refresh whose worker died is not shown as running forever. */
const STALE_PROGRESS_MS = 5 * 60_000;
/**
 * Feeds read at once, and how long one may take. 200 feeds answering in 0.3-1.5 s each are all
 * read within a minute (`npm run bench`: scripts/bench/first-refresh.ts); feeds on one host are
 * spread apart (refresh-plan.ts), so a server sees few of these at a time.
 */
export const REFRESH_CONCURRENCY = 12;
export const FEED_TIMEOUT_MS = 10_000;

export interface RefreshControllerDeps {
  db: ParallaxDb;
  store: IndexStore;
  /** Enabled outlets (the catalog less the ones the reader turned off, plus custom sources). */
  enabledOutlets(): Promise<Outlet[]>;
  settings(): Promise<IndexSettings>;
  fetchFeed(url: string, opts: FetchFeedOptions): Promise<FetchResult>;
  progress: { get(): Promise<{ done: number; total: number; at: number } | null>; set(p: { done: number; total: number; at: number } | null): Promise<void> };
  /** Why the last refresh could not save, kept outside IndexedDB (it may be what failed). */
  problem?: { get(): Promise<string | null>; set(message: string | null): Promise<void> };
  now(): number;
  /**
   * Host patterns the reader granted; a feed outside them is not fetched. Without it every feed
   * is (tests of the refresh alone).
   */
  grantedOrigins?(): Promise<string[]>;
  /** Countries whose feeds are read first (the reader's region). */
  preferredCountries?(): string[];
  /** Free disk space, checked before the index is written (disk-headroom.ts); none: not checked. */
  disk?: DiskProbe;
}

/** Feed items as index articles: normalised URLs, epoch times, nothing past the retention. */
export function toNewArticles(items: FeedItem[], fetchedAt: number, retentionDays: number): NewArticle[] {
  const cutoff = fetchedAt - retentionDays * DAY;
  return items.flatMap((item) => {
    const url = normalizeUrl(item.url);
    const published = item.published ? Date.parse(item.published) : fetchedAt;
    return url && published >= cutoff
      ? [{ url, title: item.title, description: item.description, published, ...(item.author ? { author: item.author } : {}) }]
      : [];
  });
}

/**
 * Runs refreshes of the enabled sources' feeds (or of the reader's static index URL), one at a
 * time, keeping progress in session storage so every page can show "Refreshing 12/80 feeds…".
 */
export function createRefreshController(deps: RefreshControllerDeps) {
  let running: Promise<void> | undefined;

  async function fromFeeds(settings: IndexSettings, force: boolean, allows: (url: string) => boolean, room: (bytes: number) => Promise<void>) {
    // The demo snapshot gives way to the reader's own sources once a refresh brought some in.
    const demo = (await deps.store.meta())?.origin === 'demo' ? await deps.store.snapshotUrls() : [];
    // Feed articles held after this refresh, new or already there (a stopped refresh saved some).
    let brought = 0;
    const outlets = await deps.enabledOutlets();
    // A feed in another language than its outlet's (France 24 in Spanish) is read in its own.
    const language = new Map(outlets.flatMap((o) => o.feeds.map((url) => [url, o.feedLanguages?.[url] ?? o.language])));
    const rows = await deps.db.feeds.toArray();
    const health = Object.fromEntries(rows.map(({ url, outletId: _o, ...h }) => [url, h]));
    const sources = planRefresh({ outlets, allows, preferredCountries: deps.preferredCountries?.() ?? [], health });
    const total = sources.length;
    await deps.progress.set({ done: 0, total, at: deps.now() });
    const report = await refreshFeeds(
      sources,
      {
        fetchFeed: deps.fetchFeed,
        parseFeed,
        health,
        now: deps.now,
        save: async (feedUrl, items, meta) => {
          const articles = toNewArticles(items, meta.fetchedAt, settings.retentionDays);
          // A source is one transaction; its rows, stories and indexes take a few times its text.
          await room(3 * JSON.stringify(articles).length);
          await deps.store.ingest(meta.outletId, articles, language.get(feedUrl));
          brought += articles.length;
        },
        onProgress: (done) => void deps.progress.set({ done, total, at: deps.now() }),
      },
      { force, concurrency: REFRESH_CONCURRENCY, fetch: { timeoutMs: FEED_TIMEOUT_MS } },
    );
    // Said first: the health rows below are written to the same, maybe full, database.
    const unsaved = report.outcomes.find((o) => o.diskFull);
    if (unsaved) {
      await deps.problem?.set(unsaved.error!);
      // Nothing more is written to a full disk: feeds whose health is not kept are read again.
      throw noRoomError();
    }
    const outletOf = new Map(sources.map((s) => [s.id, s.outletId]));
    await deps.db.feeds.bulkPut(
      Object.entries(report.health)
        .filter(([url]) => outletOf.has(url))
        .map(([url, h]) => ({ ...h, url, outletId: outletOf.get(url)! })),
    );
    if (brought > 0 && demo.length > 0) {
      await deps.store.remove(demo);
      await deps.store.setMeta({ origin: 'feeds', label: undefined, demoUrls: undefined });
    }
  }

  async function refresh(force: boolean) {
    const settings = await deps.settings();
    try {
      await deps.problem?.set(null);
      const granted = deps.grantedOrigins && grantChecker(await deps.grantedOrigins());
      const allows = (url: string) => granted?.allows(url) ?? true;
      // Nothing is written without a margin of free disk space, checked again as writes go on.
      const room = headroomGuard(deps.disk);
      await room(0);
      // A static index decides its own retention: pruning here would only part the copy from it.
      // It is followed only while its host is granted.
      if (settings.indexUrl) {
        if (allows(settings.indexUrl)) await followIndex(settings.indexUrl, deps);
      } else {
        await fromFeeds(settings, force, allows, room);
        await deps.store.prune(settings.retentionDays);
      }
      await deps.store.setMeta({ lastRefresh: deps.now(), ...(settings.indexUrl ? {} : { followError: undefined }) });
    } catch (error) {
      // A static index's refusal is kept with the index (followError) and said there once; a full
      // disk is said here, as nothing can be kept in the index.
      if ((!settings.indexUrl || isStorageFull(error)) && !(await deps.problem?.get()))
        await deps.problem?.set(isStorageFull(error) ? storageFull() : t('refresh_stopped', error instanceof Error ? error.message : String(error)));
      throw error;
    } finally {
      await deps.progress.set(null);
    }
  }

  return {
    /** Starts a refresh unless one is running; resolves when it ends. */
    run(force = false): Promise<void> {
      running ??= refresh(force).finally(() => (running = undefined));
      return running;
    },
    /** Starts a refresh in the background; false when one was already running. */
    start(): boolean {
      if (running) return false;
      void this.run(true).catch(() => undefined);
      return true;
    },
    async problem(): Promise<string | undefined> {
      return (await deps.problem?.get()) ?? undefined;
    },
    async progress(): Promise<IndexStatus['refreshing']> {
      const p = await deps.progress.get();
      return p && deps.now() - p.at < STALE_PROGRESS_MS ? { done: p.done, total: p.total } : undefined;
    },
  };
}
