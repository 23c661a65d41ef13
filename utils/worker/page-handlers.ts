import type { DietStore } from '../diet/diet-store';
import { buildDietView } from '../diet/diet-view';
import type { Handlers } from '../messages';
import type { Catalog, IndexedArticle } from '../model';
import { outletView } from '../sources/outlet-view';
import { withFullSpelling } from '../article/extract-article';
import { coverageFor } from '../coverage';
import { digestAll, type StoryDigest } from '../story-lists/digest';
import { storyPageView } from '../story-lists/story-page';
import { coverageView, type Prefs } from './tab-view';

export interface PageDeps {
  storyArticles(storyId: string): Promise<IndexedArticle[]>;
  allArticles(): Promise<IndexedArticle[]>;
  /** Changes with every write to the index. */
  generation(): number;
  outlets(): Promise<{ catalog: Catalog }>;
  prefs(): Promise<Prefs>;
  diet: DietStore;
  now(): number;
}

type PageHandlers = Pick<Handlers, 'storyPage' | 'storyList' | 'dietView' | 'clearDiet'>;

/** The worker's answers to the full-tab pages: the story page, today's stories, blindspots, the diet. */
export function createPageHandlers(deps: PageDeps): PageHandlers {
  // The last digests, reused while the index, the catalog and the reader's settings are unchanged:
  // reading 20,000 articles takes most of the time the story lists take to open.
  let kept: { key: string; catalog: Catalog; stories: StoryDigest[] } | undefined;

  async function digests() {
    const generation = deps.generation();
    const [{ catalog }, prefs] = await Promise.all([deps.outlets(), deps.prefs()]);
    const key = JSON.stringify([generation, [...prefs.disabled].sort(), prefs.overrides, prefs.blindspotThreshold, prefs.countCarriers]);
    if (kept?.key === key && kept.catalog === catalog) return { catalog, prefs, stories: kept.stories };
    const articles = await deps.allArticles();
    const outlets = new Map(catalog.outlets.map((o) => [o.id, o]));
    const stories = digestAll(articles, {
      outlets,
      disabled: prefs.disabled,
      overrides: prefs.overrides,
      blindspotThreshold: prefs.blindspotThreshold,
      countCarriers: prefs.countCarriers,
    });
    // A write that landed while reading makes this copy stale at once: keep it only if none did.
    if (deps.generation() === generation) kept = { key, catalog, stories };
    return { catalog, prefs, stories };
  }

  return {
    async storyPage({ id, currentUrl }) {
      const [{ catalog }, prefs, articles] = await Promise.all([deps.outlets(), deps.prefs(), deps.storyArticles(id)]);
      if (articles.length === 0) return null;
      // The reader's own article is marked the way the popup marks it: by its canonical URL.
      const article = currentUrl ? withFullSpelling({ title: '', canonicalUrl: currentUrl, outletDomain: '' }) : null;
      const { coverage } = coverageView(articles, catalog, prefs, { url: currentUrl ?? '', article, storyId: id, at: deps.now() });
      return coverage.outlets === 0 ? null : storyPageView(coverage, catalog, prefs.overrides);
    },

    async storyList() {
      const { stories, prefs } = await digests();
      return { stories, now: deps.now(), blindspotRule: coverageFor([], { outlets: new Map(), blindspotThreshold: prefs.blindspotThreshold }).blindspot.rule };
    },

    async dietView() {
      const [{ catalog, prefs, stories }, entries, enabled] = await Promise.all([digests(), deps.diet.entries(), deps.diet.enabled()]);
      const byId = new Map(catalog.outlets.map((o) => [o.id, o]));
      const ratings = (outletId: string) => {
        const o = byId.get(outletId);
        return o ? outletView(o, prefs, catalog.ratingSources) : ({ name: outletId, bias: 'unrated', factuality: 'unrated' } as const);
      };
      return buildDietView({ enabled, entries, stories, ratings, now: deps.now() });
    },

    async clearDiet() {
      return { ok: true, removed: await deps.diet.clear() };
    },
  };
}
