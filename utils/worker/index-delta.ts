import type { ParallaxDb } from '../db';
import type { IndexedArticle } from '../model';
import type { IndexDelta } from '../static-index';
import type { StoryRow } from '../stories';

/** The local index was not at the version a delta starts from: take the full snapshot instead. */
export class DeltaMismatch extends Error {}

export interface ApplyDeltaDeps {
  /** Story rows rebuilt from their articles (the engine's `fromArticles(...).toRows()`). */
  rowsFor(articles: IndexedArticle[]): StoryRow[];
  /** Arrival time given to the added articles (retention counts from it). */
  at: number;
  /** Written with the articles, in the same transaction: which version the index now holds. */
  meta: { key: string; value: unknown }[];
}

/**
 * Applies a static index delta in ONE transaction: articles removed, added and moved to their
 * new stories, the stories they touch rebuilt from their articles, the counts checked against
 * the delta's. Any difference (the index was not at `delta.from`) throws DeltaMismatch and
 * rolls everything back.
 */
export async function applyDeltaRows(db: ParallaxDb, delta: IndexDelta, deps: ApplyDeltaDeps): Promise<{ articles: number; stories: number }> {
  return db.transaction('rw', db.articles, db.stories, db.meta, async () => {
    const touched = [...delta.removed, ...delta.moved.map(([url]) => url)];
    const before = await db.articles.bulkGet(touched);
    const missing = touched.find((_, i) => !before[i]);
    if (missing) throw new DeltaMismatch(`The index holds no article ${missing}.`);
    const known = await db.articles.bulkGet(delta.added.map((a) => a.url));
    if (known.some(Boolean)) throw new DeltaMismatch('The index already holds an article the delta adds.');
    const stories = new Set<string>([...before.map((a) => a!.storyId), ...delta.added.map((a) => a.storyId), ...delta.moved.map(([, s]) => s)]);

    if (delta.removed.length) await db.articles.bulkDelete(delta.removed);
    const moved = new Map(delta.moved);
    const movedRows = before.flatMap((a) => (a && moved.has(a.url) ? [{ ...a, storyId: moved.get(a.url)! }] : []));
    await db.articles.bulkPut([...movedRows, ...delta.added.map((a) => ({ ...a, added: deps.at }))]);
    // The touched stories, rebuilt from the articles they now hold; emptied ones go.
    // One equality query per story: `anyOf` over a few dozen ids took seconds in fake-indexeddb.
    const members = (await Promise.all([...stories].map((id) => db.articles.where('storyId').equals(id).toArray()))).flat();
    const rows = deps.rowsFor(members);
    const kept = new Set(rows.map((r) => r.id));
    await db.stories.bulkDelete([...stories].filter((id) => !kept.has(id)));
    await db.stories.bulkPut(rows);
    const counts = { articles: await db.articles.count(), stories: await db.stories.count() };
    if (counts.articles !== delta.articles || counts.stories !== delta.stories)
      throw new DeltaMismatch(
        `After the delta the index would hold ${counts.articles} articles in ${counts.stories} stories, not ${delta.articles} in ${delta.stories}.`,
      );
    await db.meta.bulkPut([{ key: 'counts', value: counts }, ...deps.meta]);
    return counts;
  });
}
