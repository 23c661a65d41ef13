import type { Catalog, IndexedArticle } from '../model';
import { createStoryQuery } from '../story-lists/list-query';
import { type DigestSettings, digestStory, type StoryDigest } from '../story-lists/story-digest';
import type { StoriesChanged } from './index-store';
import type { Prefs } from './tab-view';

export interface DigestDeps {
  storyArticles(storyId: string): Promise<IndexedArticle[]>;
  allArticles(): Promise<IndexedArticle[]>;
  outlets(): Promise<{ catalog: Catalog }>;
  prefs(): Promise<Prefs>;
}

interface Digests {
  key: string;
  catalog: Catalog;
  byId: Map<string, StoryDigest>;
}

const keyOf = (prefs: Prefs) =>
  JSON.stringify([[...prefs.disabled].sort(), prefs.overrides, prefs.blindspotThreshold, prefs.countCarriers, prefs.corrections ?? []]);

function settingsOf(catalog: Catalog, prefs: Prefs): DigestSettings {
  return {
    outlets: new Map(catalog.outlets.map((o) => [o.id, o])),
    disabled: prefs.disabled,
    overrides: prefs.overrides,
    blindspotThreshold: prefs.blindspotThreshold,
    countCarriers: prefs.countCarriers,
    corrections: prefs.corrections,
  };
}

function digestInto(byId: Map<string, StoryDigest>, id: string, articles: readonly IndexedArticle[], settings: DigestSettings) {
  const d = articles.length ? digestStory(id, articles, settings) : null;
  if (d) byId.set(id, d);
  else byId.delete(id);
}

/**
 * Every story's digest under the reader's settings, kept between requests and brought up to
 * date story by story as the index changes (`changed`, called after each write): opening the
 * story lists reads only the stories written since, not every article. A change of settings
 * or catalog, or a replaced index without its articles at hand, rebuilds them all once.
 */
export function createStoryDigests(deps: DigestDeps) {
  let kept: Digests | undefined;
  /** Every digest must be rebuilt (a replaced index: from `replaced`, its articles, when given). */
  let rebuild = true;
  let replaced: readonly IndexedArticle[] | undefined;
  /** Stories written since `kept` was brought up to date. */
  let dirty = new Set<string>();
  let version = 0;
  let query: { version: number; answer: ReturnType<typeof createStoryQuery> } | undefined;
  let running: Promise<Digests> | undefined;

  async function update(): Promise<Digests> {
    const [{ catalog }, prefs] = await Promise.all([deps.outlets(), deps.prefs()]);
    const key = keyOf(prefs);
    const settings = settingsOf(catalog, prefs);
    if (!kept || rebuild || kept.key !== key || kept.catalog !== catalog) {
      // A write landing meanwhile sets `rebuild` again, or adds to `dirty`: taken next.
      const source = replaced;
      rebuild = false;
      replaced = undefined;
      const articles = source ?? (await deps.allArticles());
      const byStory = new Map<string, IndexedArticle[]>();
      for (const a of articles) {
        const list = byStory.get(a.storyId);
        if (list) list.push(a);
        else byStory.set(a.storyId, [a]);
      }
      const byId = new Map<string, StoryDigest>();
      for (const [id, list] of byStory) digestInto(byId, id, list, settings);
      kept = { key, catalog, byId };
      version++;
      // Read back from the database: the stories already counted are redone at no harm.
      if (!source) dirty = new Set();
    }
    if (dirty.size) {
      const ids = [...dirty];
      dirty = new Set();
      // One equality query per story: few stories change between two openings of a page.
      const lists = await Promise.all(ids.map((id) => deps.storyArticles(id)));
      const { byId } = kept;
      ids.forEach((id, i) => digestInto(byId, id, lists[i], settings));
      version++;
    }
    return kept;
  }

  /** The digests as of now; concurrent callers share the work, one update at a time. */
  async function current(): Promise<Digests> {
    while (running) await running.catch(() => undefined);
    running = update();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  return {
    /** Every story's digest, under the reader's current settings. */
    async all(): Promise<StoryDigest[]> {
      return [...(await current()).byId.values()];
    },

    /** Today's stories (see `createStoryQuery`), over the digests as of now. */
    async query() {
      const digests = await current();
      if (query?.version !== version) query = { version, answer: createStoryQuery([...digests.byId.values()]) };
      return query.answer;
    },

    /**
     * Called after every write to the index. A replaced index is digested at once, from the
     * articles at hand (the import waits for it, not the reader's first look at the list); the
     * stories a write changed are redone when next asked.
     */
    async changed(change: StoriesChanged): Promise<void> {
      if ('all' in change) {
        rebuild = true;
        replaced = change.articles;
        dirty = new Set();
        if (replaced) await current();
      } else for (const id of change.stories) dirty.add(id);
    },
  };
}

export type StoryDigestKeeper = ReturnType<typeof createStoryDigests>;
