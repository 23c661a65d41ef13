import type { ParallaxDb } from '../db';
import type { ArticleMeta, IndexedArticle } from '../model';
import { makeSnapshot, type IndexSnapshot } from '../snapshot';
import type { IndexDelta } from '../static-index';
import { type StoryChanges, StoryIndex } from '../stories';
import type { IndexFollow } from './follow-index';
import { applyDeltaRows } from './index-delta';
import { createIndexChanges, type StoriesChanged } from './index-changes';

const DAY = 86_400_000;

/** What the index says about itself, kept in the `meta` table. */
export interface IndexMeta {
  label?: string;
  origin: 'demo' | 'import' | 'url' | 'feeds';
  createdAt?: string;
  lastRefresh?: number;
  /** With a static index URL: the version held and how to ask whether it is still current. */
  follow?: IndexFollow;
  /** Why the last attempt to follow the static index failed; cleared by the next success. */
  followError?: { at: number; message: string };
  /** The demo snapshot's own URLs, which give way to the reader's sources (see `snapshotUrls`). */
  demoUrls?: string[];
}

/** One item of one source's feed, ready to index. */
export interface NewArticle {
  url: string;
  title: string;
  description: string;
  published: number;
  /** The feed's author or byline: it can name the wire the article carries. */
  author?: string;
}

/**
 * The local story index: articles and stories in Dexie, the clustering engine in memory. The
 * engine is loaded lazily from the stored rows (the worker is killed when idle) and every write
 * is one transaction: when one fails the in-memory engine is dropped and reloaded from what was
 * committed, so the two never disagree.
 */
export function createIndexStore(db: ParallaxDb, now: () => number = Date.now) {
  let engine: Promise<StoryIndex> | undefined;
  /** Counts the writes (every one goes through `guarded`), so readers can tell their copy is current. */
  let generation = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const feed = createIndexChanges(db);

  const loadEngine = () => (engine ??= db.stories.toArray().then((rows) => StoryIndex.fromRows(rows)));
  /** Writes run one at a time, in order, so the engine's changes are taken in the order made. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const guarded = async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      return await task();
    } catch (error) {
      engine = undefined;
      throw error;
    } finally {
      generation++;
    }
  };

  /** Sizes kept beside the rows they count: counting 20,000 rows in IndexedDB takes ~45 ms. */
  const putCounts = (size: { articles: number; stories: number }, stamp: string) => db.meta.bulkPut([{ key: 'counts', value: size }, feed.stampRow(stamp)]);

  async function writeChanges(index: StoryIndex, articles: IndexedArticle[], removed: string[]) {
    const changes: StoryChanges = index.takeChanges();
    // Stories may have merged or split: an article that moved points at its story now. Only
    // those are read back (not every article of a changed story: a big story is touched often).
    const fresh = new Set(articles.map((a) => a.url));
    const moved = changes.moved.filter((url) => !fresh.has(url) && index.storyOf(url) !== undefined);
    const stamp = feed.next();
    const before = await db.transaction('rw', db.articles, db.stories, db.meta, async () => {
      const was = await feed.current();
      await putCounts(index.size, stamp);
      if (removed.length) await db.articles.bulkDelete(removed);
      if (articles.length) await db.articles.bulkPut(articles.map((a) => ({ ...a, storyId: index.storyOf(a.url) ?? a.storyId })));
      const stale = (await db.articles.bulkGet(moved)).filter((a): a is IndexedArticle => !!a && a.storyId !== index.storyOf(a.url));
      if (stale.length) await db.articles.bulkPut(stale.map((a) => ({ ...a, storyId: index.storyOf(a.url)! })));
      if (changes.delete.length) await db.stories.bulkDelete(changes.delete);
      if (changes.upsert.length) await db.stories.bulkPut(changes.upsert);
      return was;
    });
    await feed.tell({ stories: [...changes.upsert.map((r) => r.id), ...changes.delete], before, stamp });
  }

  return {
    /** Replaces the whole index with a validated snapshot; the old one stays until this commits.
     * `extra` is written with it (which static index version it is). */
    importSnapshot: (snapshot: IndexSnapshot, origin: IndexMeta['origin'], extra: Partial<IndexMeta> = {}) =>
      serial(() =>
        guarded(async () => {
          const at = now();
          const articles = snapshot.articles.map((a) => ({ ...a, added: a.added ?? at }));
          const fresh = StoryIndex.fromArticles(articles);
          const stamp = feed.next();
          await db.transaction('rw', db.articles, db.stories, db.meta, async () => {
            await Promise.all([db.articles.clear(), db.stories.clear()]);
            await db.articles.bulkAdd(articles);
            await db.stories.bulkAdd(fresh.toRows());
            const demoUrls = origin === 'demo' ? articles.map((a) => a.url) : undefined;
            await db.meta.put({
              key: 'index',
              value: { label: snapshot.label, origin, createdAt: snapshot.createdAt, demoUrls, ...extra } satisfies IndexMeta,
            });
            await putCounts(fresh.size, stamp);
          });
          engine = Promise.resolve(fresh);
          await feed.tell({ all: true, articles, stamp });
        }),
      ),

    /** Applies a static index delta in one transaction, with the meta saying which version is now
     * held; throws DeltaMismatch (and changes nothing) when the index was not at its start. */
    applyDelta: (delta: IndexDelta, meta: IndexMeta) =>
      serial(() =>
        guarded(async () => {
          const rowsFor = (articles: IndexedArticle[]) => StoryIndex.fromArticles(articles).toRows();
          const stamp = feed.next();
          const counts = await applyDeltaRows(db, delta, { rowsFor, at: now(), meta: [{ key: 'index', value: meta }, feed.stampRow(stamp)] });
          engine = undefined; // reloaded from the committed rows when next needed
          await feed.tell({ all: true, stamp });
          return counts;
        }),
      ),

    /** Clusters one source's new items into stories; one transaction. Returns how many were new.
     * `lang` is the outlet's language: a better guide to stop words and stems than a short title. */
    ingest: (outletId: string, items: NewArticle[], lang?: string) =>
      serial(() =>
        guarded(async () => {
          const index = await loadEngine();
          const fresh = items.filter((i) => index.storyOf(i.url) === undefined);
          const at = now();
          const articles = fresh.map((i) => ({ ...i, outletId, added: at, storyId: index.add({ ...i, lang }) }));
          await writeChanges(index, articles, []);
          return articles.length;
        }),
      ),

    /** Retention: drops articles whose publication and arrival are both older than `days`. */
    async prune(days: number): Promise<number> {
      const cutoff = now() - days * DAY;
      const old = await db.articles
        .where('published')
        .below(cutoff)
        .filter((a) => (a.added ?? a.published) < cutoff)
        .primaryKeys();
      return this.remove(old);
    },

    /** Forgets articles by URL, with their stories when emptied; one transaction. */
    remove: (urls: string[]) =>
      serial(() =>
        guarded(async () => {
          if (urls.length === 0) return 0;
          const index = await loadEngine();
          index.remove(urls);
          await writeChanges(index, [], urls);
          return urls.length;
        }),
      ),

    /** Forgets every article and story; one transaction. */
    clear: () =>
      serial(() =>
        guarded(async () => {
          const stamp = feed.next();
          await db.transaction('rw', db.articles, db.stories, db.meta, async () => {
            await Promise.all([db.articles.clear(), db.stories.clear()]);
            await db.meta.put({ key: 'index', value: { origin: 'feeds' } satisfies IndexMeta });
            await putCounts({ articles: 0, stories: 0 }, stamp);
          });
          engine = Promise.resolve(new StoryIndex());
          await feed.tell({ all: true, articles: [], stamp });
        }),
      ),

    /** URLs of every article held. */
    urls: () => db.articles.toCollection().primaryKeys(),

    /** URLs of the demo snapshot's articles, not of those a refresh added since (a refresh stopped
     * half-way has saved some sources already). */
    async snapshotUrls(): Promise<string[]> {
      const demoUrls = ((await db.meta.get('index'))?.value as IndexMeta | undefined)?.demoUrls;
      return demoUrls ?? db.articles.toCollection().primaryKeys();
    },

    /** The story of the page: its canonical URL if indexed, else the engine's precision-tuned match. */
    async match(article: ArticleMeta): Promise<string | null> {
      // The worker normalised the page's article when it arrived (withFullSpelling).
      const key = article.canonicalUrl;
      const known = key ? await db.articles.get(key) : undefined;
      if (known) return known.storyId;
      const published = article.publishedTime ? Date.parse(article.publishedTime) : undefined;
      const index = await loadEngine();
      const found = index.match({
        url: key || undefined,
        title: article.title,
        description: article.description,
        published: Number.isFinite(published) ? published : undefined,
        lang: article.lang?.slice(0, 2),
      });
      return found?.storyId ?? null;
    },

    storyArticles: (storyId: string) => db.articles.where('storyId').equals(storyId).toArray(),
    /** Every article held, for the pages that list every story. */
    allArticles: () => db.articles.toArray(),

    /** Calls `listener` after every write, with the stories it changed; the next write waits for it. */
    watch: (listener: (change: StoriesChanged) => unknown) => feed.watch(listener),
    /** The index's stamp now (see StoriesChanged). */
    stamp: () => feed.current(),

    /** Changes with every write to the index (in this worker's life). */
    generation: () => generation,

    async meta(): Promise<IndexMeta | undefined> {
      return (await db.meta.get('index'))?.value as IndexMeta | undefined;
    },

    async setMeta(patch: Partial<IndexMeta>): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        const current = ((await db.meta.get('index'))?.value as IndexMeta | undefined) ?? { origin: 'feeds' };
        await db.meta.put({ key: 'index', value: { ...current, ...patch } });
      });
    },

    async counts(): Promise<{ articles: number; stories: number }> {
      const kept = (await db.meta.get('counts'))?.value as { articles: number; stories: number } | undefined;
      if (kept) return kept;
      const [articles, stories] = await Promise.all([db.articles.count(), db.stories.count()]);
      return { articles, stories };
    },

    async exportSnapshot(label: string): Promise<IndexSnapshot> {
      return makeSnapshot(label, await db.articles.toArray(), new Date(now()));
    },
  };
}

export type IndexStore = ReturnType<typeof createIndexStore>;
