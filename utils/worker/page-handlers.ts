import type { DietStore } from '../diet/diet-store';
import { buildDietView } from '../diet/diet-view';
import type { Handlers } from '../messages';
import { outletsById } from '../sources/catalog';
import { outletView } from '../sources/outlet-view';
import { withFullSpelling } from '../article/extract-article';
import { coverageFor } from '../coverage';
import { storyPageView } from '../story-lists/story-page';
import type { StoriesChanged } from './index-changes';
import { createStoryDigests, type DigestDeps } from './story-digests';
import type { CoverageMemo } from './coverage-memo';
import { coverageView } from './tab-view';

export interface PageDeps extends DigestDeps {
  /** Calls `listener` after every write to the index. */
  watch(listener: (change: StoriesChanged) => unknown): void;
  diet: DietStore;
  now(): number;
  /** Recent coverages, shared with the popup's (none: each story page counted afresh). */
  coverages?: CoverageMemo;
}

type PageHandlers = Pick<Handlers, 'storyPage' | 'storyList' | 'todayStories' | 'dietView' | 'clearDiet'>;

/** The worker's answers to the full-tab pages: the story page, today's stories, blindspots, the diet. */
export function createPageHandlers(deps: PageDeps): PageHandlers {
  // Every story's digest, kept up to date as stories change: the lists never read every article.
  const digests = createStoryDigests(deps);
  deps.watch((change) => digests.changed(change));
  const blindspotRule = (threshold?: number) => coverageFor([], { outlets: new Map(), blindspotThreshold: threshold }).blindspot.rule;

  return {
    async storyPage({ id, currentUrl }) {
      const [{ catalog }, prefs, articles] = await Promise.all([deps.outlets(), deps.prefs(), deps.storyArticles(id)]);
      if (articles.length === 0) return null;
      // The reader's own article is marked the way the popup marks it: by its canonical URL.
      const article = currentUrl ? withFullSpelling({ title: '', canonicalUrl: currentUrl, outletDomain: '' }) : null;
      const { coverage } = coverageView(articles, catalog, prefs, { url: currentUrl ?? '', article, storyId: id, at: deps.now() }, deps.coverages);
      return coverage.outlets === 0 ? null : storyPageView(coverage, catalog, prefs.overrides);
    },

    async storyList() {
      const [stories, prefs] = await Promise.all([digests.all(), deps.prefs()]);
      return { stories, now: deps.now(), blindspotRule: blindspotRule(prefs.blindspotThreshold) };
    },

    async todayStories(query) {
      const now = deps.now();
      return { ...(await digests.query())(query, now), now };
    },

    async dietView() {
      const [stories, { catalog }, prefs, entries, enabled] = await Promise.all([
        digests.all(),
        deps.outlets(),
        deps.prefs(),
        deps.diet.entries(),
        deps.diet.enabled(),
      ]);
      const byId = outletsById(catalog);
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
