import type { DietStore } from '../diet/diet-store';
import { buildDietView } from '../diet/diet-view';
import type { Handlers } from '../messages';
import type { Catalog, IndexedArticle } from '../model';
import { outletView, type ReaderPrefs } from '../sources/outlet-view';
import { withFullSpelling } from '../article/extract-article';
import { coverageFor } from '../coverage';
import { digestAll } from '../story-lists/digest';
import { storyPageView } from '../story-lists/story-page';
import { coverageView } from './tab-view';

export interface PageDeps {
  storyArticles(storyId: string): Promise<IndexedArticle[]>;
  allArticles(): Promise<IndexedArticle[]>;
  outlets(): Promise<{ catalog: Catalog }>;
  prefs(): Promise<ReaderPrefs>;
  diet: DietStore;
  now(): number;
}

type PageHandlers = Pick<Handlers, 'storyPage' | 'storyList' | 'dietView' | 'clearDiet'>;

/** The worker's answers to the full-tab pages: the story page, today's stories, blindspots, the diet. */
export function createPageHandlers(deps: PageDeps): PageHandlers {
  async function digests() {
    const [{ catalog }, prefs, articles] = await Promise.all([deps.outlets(), deps.prefs(), deps.allArticles()]);
    const outlets = new Map(catalog.outlets.map((o) => [o.id, o]));
    return {
      catalog,
      prefs,
      stories: digestAll(articles, { outlets, disabled: prefs.disabled, overrides: prefs.overrides, blindspotThreshold: prefs.blindspotThreshold }),
    };
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
