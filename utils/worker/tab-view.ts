import { BIASES, FACTUALITIES, type Catalog, type IndexedArticle, type Outlet } from '../model';
import { outletView, type ReaderPrefs } from '../sources/outlet-view';
import { ownershipMix } from '../sources/ownership';
import { coverageFor } from '../coverage';
import type { TabState } from '../tab-state';
import type { CoverageView, IndexStatus, TabView } from '../views';
import { coverageLean, type BADGE_COLOURS } from './badge';

/** The story's coverage as the popup shows it, under the reader's current settings. */
export function coverageView(
  articles: IndexedArticle[],
  catalog: Catalog,
  prefs: ReaderPrefs,
  state: TabState,
): { coverage: CoverageView; lean: keyof typeof BADGE_COLOURS } {
  const outlets = new Map(catalog.outlets.map((o) => [o.id, o]));
  const c = coverageFor(articles, { outlets, disabled: prefs.disabled, overrides: prefs.overrides, blindspotThreshold: prefs.blindspotThreshold });
  const byId = new Map(c.outlets.map((o) => [o.outletId, o]));
  const name = (id: string) => byId.get(id)?.name ?? outlets.get(id)?.name ?? id;
  const current = state.article?.canonicalUrl;
  const last = c.outlets.length ? [...articles].filter((a) => byId.has(a.outletId)).sort((a, b) => b.published - a.published)[0] : undefined;
  const bias = [...BIASES, 'unrated' as const].map((key) => ({ key, ...c.bias[key] }));
  const coverage: CoverageView = {
    storyId: state.storyId ?? '',
    storyTitle: c.firstReported ? (articles.find((a) => a.url === c.firstReported?.url)?.title ?? '') : '',
    outlets: c.outletCount,
    unrated: c.bias.unrated.count,
    totalArticles: c.totalArticles,
    bias,
    factuality: [...FACTUALITIES, 'unrated' as const].map((key) => ({ key, ...c.factuality[key] })),
    blindspot: { side: c.blindspot.side, rule: c.blindspot.rule, verdict: c.blindspot.verdict },
    first: c.firstReported ? { outletName: c.firstReported.name, at: c.firstReported.published } : undefined,
    last: last ? { outletName: name(last.outletId), at: last.published } : undefined,
    summary: c.summary.map((s) => ({ text: s.text, outletName: name(s.outletId) })),
    ownership: ownershipMix(
      c.outlets.map((o) => o.outletId),
      outlets,
    ),
    articles: articles
      .filter((a) => byId.has(a.outletId))
      .map((a) => ({
        url: a.url,
        title: a.title,
        outletId: a.outletId,
        outletName: name(a.outletId),
        bias: byId.get(a.outletId)!.bias,
        published: a.published,
        // The tab's article was normalised when it arrived (see handlers.ts).
        current: current !== undefined && a.url === current,
      })),
  };
  return { coverage, lean: coverageLean(bias) };
}

export interface TabViewInput {
  state: TabState;
  status: IndexStatus;
  catalog: Catalog;
  prefs: ReaderPrefs;
  outlet: Outlet | undefined;
  /** The story's coverage (coverageView), when the page matched one. */
  coverage: CoverageView | undefined;
}

/** Decides which state the popup is in, and gathers what that state shows. */
export function buildTabView({ state, status, catalog, prefs, outlet, coverage }: TabViewInput): TabView {
  const thisOutlet = outlet && outletView(outlet, prefs, catalog.ratingSources, catalog.ownershipSources);
  if (!state.article) return { state: 'not-article', outlet: thisOutlet, index: status };
  if (status.articles === 0) return { state: 'index-empty', outlet: thisOutlet, index: status };
  // Only the reader's own article (or nothing, once sources are off) is no coverage at all.
  const others = coverage?.articles.filter((a) => !a.current) ?? [];
  if (!state.storyId || !coverage || others.length === 0) return { state: 'no-match', outlet: thisOutlet, title: state.article.title, index: status };
  return { state: 'matched', outlet: thisOutlet, coverage, index: status };
}
