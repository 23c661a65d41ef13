import type { Catalog, IndexedArticle } from '../model';
import { createStoryQuery } from '../story-lists/list-query';
import { type DigestSettings, digestStory, type StoryDigest } from '../story-lists/story-digest';
import type { DigestTable } from './digest-table';
import type { StoriesChanged } from './index-changes';
import { coverageSettings, type Prefs, settingsKey } from './tab-view';

export interface DigestDeps {
  storyArticles(storyId: string): Promise<IndexedArticle[]>;
  allArticles(): Promise<IndexedArticle[]>;
  /** The index's stamp now (see StoriesChanged). */
  stamp?(): Promise<string | undefined>;
  outlets(): Promise<{ catalog: Catalog }>;
  prefs(): Promise<Prefs>;
  /** Where the digests outlive the worker; without one they are kept in memory only. */
  table?: DigestTable;
}

interface Digests {
  key: string;
  byId: Map<string, StoryDigest>;
  /** The index's stamp they were made from; undefined when not known. */
  stamp?: string;
}

function settingsOf(catalog: Catalog, prefs: Prefs): DigestSettings {
  return { ...coverageSettings(catalog, prefs), corrections: prefs.corrections };
}

function digestEvery(articles: readonly IndexedArticle[], settings: DigestSettings): Map<string, StoryDigest> {
  const byStory = new Map<string, IndexedArticle[]>();
  for (const a of articles) {
    const list = byStory.get(a.storyId);
    if (list) list.push(a);
    else byStory.set(a.storyId, [a]);
  }
  const byId = new Map<string, StoryDigest>();
  for (const [id, list] of byStory) {
    const d = digestStory(id, list, settings);
    if (d) byId.set(id, d);
  }
  return byId;
}

/**
 * Every story's digest under the reader's settings, kept in memory and in the database, and
 * brought up to date story by story by each write to the index (`changed`): the story lists
 * open by reading the digests, never every article. A change of settings or catalog rebuilds
 * them all once, when next asked; a replaced index is digested from the articles at hand.
 */
export function createStoryDigests(deps: DigestDeps) {
  let kept: Digests | undefined;
  /** The whole index was just replaced, with these articles: digested from them, not read back. */
  let replaced: { articles: readonly IndexedArticle[]; stamp: string } | undefined;
  /** Stories written since `kept` was brought up to date, and the last write's stamp. */
  let dirty = new Set<string>();
  let lastStamp: string | undefined;
  /** The index's stamp before the first write this worker saw: digests stored then are of use, as
   * every story written since is in `dirty`. */
  let since: string | undefined;
  /** Counts replacements of the whole index: an update begun before one is not kept. */
  let epoch = 0;
  let version = 0;
  let query: { version: number; answer: ReturnType<typeof createStoryQuery> } | undefined;
  let running: Promise<Digests | undefined> | undefined;
  let saving: Promise<unknown> = Promise.resolve();

  const save = (d: Digests, change: { put: StoryDigest[]; remove: string[]; replace: boolean }) => {
    const { table } = deps;
    if (table) saving = saving.then(() => table.save(d.key, d.stamp, change)).catch(() => undefined);
  };

  /** Every digest, from the replaced index's articles, the database's copy, or (unless `eager`:
   * a write never pays for it) every article read. */
  async function remake(key: string, settings: DigestSettings, eager: boolean): Promise<Digests | undefined> {
    if (replaced) {
      const { articles, stamp } = replaced;
      replaced = undefined;
      const made = { key, byId: digestEvery(articles, settings), stamp };
      save(made, { put: [...made.byId.values()], remove: [], replace: true });
      return made;
    }
    const stored = await deps.table?.load(key, kept ? undefined : since);
    if (stored) return { key, byId: new Map(stored.stories.map((d) => [d.id, d])), stamp: stored.stamp };
    if (eager) return undefined;
    dirty = new Set();
    const before = await deps.stamp?.();
    const articles = await deps.allArticles();
    const after = await deps.stamp?.();
    const made = { key, byId: digestEvery(articles, settings), stamp: before === after ? after : undefined };
    save(made, { put: [...made.byId.values()], remove: [], replace: true });
    return made;
  }

  async function update(eager: boolean): Promise<Digests | undefined> {
    const start = epoch;
    const [{ catalog }, prefs] = await Promise.all([deps.outlets(), deps.prefs()]);
    const key = settingsKey(catalog, prefs);
    const settings = settingsOf(catalog, prefs);
    let d = kept;
    if (!d || replaced || d.key !== key) {
      d = await remake(key, settings, eager);
      if (!d) return undefined;
      version++;
    }
    if (dirty.size) {
      const ids = [...dirty];
      const stamp = lastStamp;
      dirty = new Set();
      // One equality query per story: few stories change between two openings of a page.
      const lists = await Promise.all(ids.map((id) => deps.storyArticles(id)));
      const put: StoryDigest[] = [];
      const remove: string[] = [];
      ids.forEach((id, i) => {
        const made = lists[i].length ? digestStory(id, lists[i], settings) : null;
        if (made) put.push(made);
        else remove.push(id);
      });
      for (const p of put) d.byId.set(p.id, p);
      for (const id of remove) d.byId.delete(id);
      d.stamp = stamp;
      version++;
      save(d, { put, remove, replace: false });
    }
    kept = epoch === start ? d : undefined;
    if (kept) since = undefined;
    return d;
  }

  /** One update at a time; a write made meanwhile is taken by the next. */
  async function current(eager = false): Promise<Digests | undefined> {
    while (running) await running.catch(() => undefined);
    running = update(eager);
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }
  const asked = async () => (await current()) as Digests;

  return {
    /** Every story's digest, under the reader's current settings. */
    async all(): Promise<StoryDigest[]> {
      return [...(await asked()).byId.values()];
    },

    /** Today's stories (see `createStoryQuery`), over the digests as of now. */
    async query() {
      const digests = await asked();
      if (query?.version !== version) query = { version, answer: createStoryQuery([...digests.byId.values()]) };
      return query.answer;
    },

    /** Called after every write to the index, which waits for the digests (and their copy in the
     * database) to follow it, except when that would mean reading every article. */
    async changed(change: StoriesChanged): Promise<void> {
      if ('all' in change) {
        epoch++;
        kept = undefined;
        since = undefined;
        replaced = change.articles && { articles: change.articles, stamp: change.stamp };
        dirty = new Set();
      } else {
        if (!kept && lastStamp === undefined) since = change.before;
        for (const id of change.stories) dirty.add(id);
      }
      lastStamp = change.stamp;
      await current(true).catch(() => undefined);
      await saving;
    },
  };
}
