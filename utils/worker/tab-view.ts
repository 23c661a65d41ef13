import { applyCorrections, correctionsOf, detachedBy, type StoryCorrection, type CopyMark, pageCopyInput, pageCopyMark } from '../copies';
import { coverageFor, type CoverageSettings } from '../coverage';
import type { CoverageMemo } from './coverage-memo';
import { BIASES, FACTUALITIES, type Catalog, type IndexedArticle, type Outlet } from '../model';
import { outletsById } from '../sources/catalog';
import { outletView, type ReaderPrefs } from '../sources/outlet-view';
import { ownershipMix } from '../sources/ownership';
import type { TabState } from '../tab-state';
import type { CopyView, CoverageView, DetachedView, IndexStatus, TabView } from '../views';
import { coverageLean, type BADGE_COLOURS } from './badge';

/** The reader's settings that shape coverage: sources, ratings, whether carriers count, and corrections. */
export type Prefs = ReaderPrefs & { countCarriers?: boolean; corrections?: StoryCorrection[] };

/** What coverage depends on besides the articles: the reader's settings and the catalog's edition. */
export function settingsKey(catalog: Catalog, prefs: Prefs): string {
  const custom = catalog.outlets.filter((o) => o.custom);
  const settings = [[...prefs.disabled].sort(), prefs.overrides, prefs.blindspotThreshold, prefs.countCarriers, prefs.corrections ?? []];
  return JSON.stringify([catalog.version, catalog.generated, custom, settings]);
}

/** The reader's settings as coverage reads them, over the catalog's outlets. */
export function coverageSettings(catalog: Catalog, prefs: Prefs): CoverageSettings {
  return {
    outlets: outletsById(catalog),
    disabled: prefs.disabled,
    overrides: prefs.overrides,
    blindspotThreshold: prefs.blindspotThreshold,
    countCarriers: prefs.countCarriers,
  };
}

/**
 * The story's coverage as the popup shows it, under the reader's current settings and corrections.
 * `memo`: the worker's recent coverages (coverage-memo.ts); without one, counted afresh.
 */
export function coverageView(
  all: IndexedArticle[],
  catalog: Catalog,
  prefs: Prefs,
  state: TabState,
  memo?: CoverageMemo,
): { coverage: CoverageView; lean: keyof typeof BADGE_COLOURS } {
  const outlets = outletsById(catalog);
  const { kept: articles, detached } = applyCorrections(all, state.storyId ?? '', prefs.corrections ?? []);
  const settings = coverageSettings(catalog, prefs);
  const c = memo ? memo(articles, settings, settingsKey(catalog, prefs)) : coverageFor(articles, settings);
  const byId = new Map(c.outlets.map((o) => [o.outletId, o]));
  const name = (id: string) => byId.get(id)?.name ?? outlets.get(id)?.name ?? id;
  const copyView = (m: CopyMark | undefined): CopyView | undefined => m && { kind: m.kind, source: m.wire?.name ?? name(m.sourceOutletId) };
  const current = state.article?.canonicalUrl;
  const kept = articles.filter((a) => byId.has(a.outletId));
  const last = kept.length ? [...kept].sort((a, b) => b.published - a.published)[0] : undefined;
  const page = state.article ? pagePart(state, current || state.url, kept, catalog, copyView, c.copies) : undefined;
  const { reported, carried, sentence, counted, countCarriers } = c.reporting;
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
    articles: kept.map((a) => ({
      url: a.url,
      title: a.title,
      outletId: a.outletId,
      outletName: name(a.outletId),
      bias: byId.get(a.outletId)!.bias,
      published: a.published,
      // The tab's article was normalised when it arrived (see handlers.ts).
      current: current !== undefined && a.url === current,
      ...(c.copies.has(a.url) ? { copy: copyView(c.copies.get(a.url)) } : {}),
    })),
    reporting: { reported, carried, sentence, counted, countCarriers },
    ...(page ? { page } : {}),
    detached: detached.map(({ article: a, correction }) => ({ url: a.url, title: a.title, outletName: name(a.outletId), storyId: correction.storyId })),
  };
  return { coverage, lean: coverageLean(bias) };
}

/** The page open in the tab, with its copy mark: its own if indexed, else found against the story. */
function pagePart(
  state: TabState,
  url: string,
  story: IndexedArticle[],
  catalog: Catalog,
  copyView: (m: CopyMark | undefined) => CopyView | undefined,
  marks: ReadonlyMap<string, CopyMark>,
) {
  const meta = state.article!;
  if (marks.has(url) || story.some((a) => a.url === url)) return { url, title: meta.title, copy: copyView(marks.get(url)) };
  const outletId = catalog.outlets.find((o) => o.domains.includes(meta.outletDomain))?.id ?? meta.outletDomain;
  return { url, title: meta.title, copy: copyView(pageCopyMark(pageCopyInput(meta, state.url, outletId, url), story)) };
}

/** The reader's correction that took the tab's page out of its story, if any. */
export function pageDetached(state: TabState, articles: readonly IndexedArticle[], corrections: readonly StoryCorrection[] = []): StoryCorrection | undefined {
  if (!state.article || !state.storyId) return undefined;
  const url = state.article.canonicalUrl || state.url;
  return detachedBy(correctionsOf(corrections, state.storyId, new Set(articles.map((a) => a.url))), { url, title: state.article.title });
}

export interface TabViewInput {
  state: TabState;
  status: IndexStatus;
  catalog: Catalog;
  prefs: ReaderPrefs;
  outlet: Outlet | undefined;
  /** The story's coverage (coverageView), when the page matched one. */
  coverage: CoverageView | undefined;
  /** The reader took the page itself out of its story ("Not this story"). */
  detachedPage?: DetachedView & { storyTitle: string };
}

/** Decides which state the popup is in, and gathers what that state shows. */
export function buildTabView({ state, status, catalog, prefs, outlet, coverage, detachedPage }: TabViewInput): TabView {
  const thisOutlet = outlet && outletView(outlet, prefs, catalog.ratingSources, catalog.ownershipSources);
  if (!state.article) return { state: 'not-article', outlet: thisOutlet, index: status };
  // Before the first refresh ends, an article without coverage only means the index is not built yet.
  const building = !!status.refreshing && !status.lastRefresh;
  if (status.articles === 0)
    return building
      ? { state: 'building', outlet: thisOutlet, title: state.article.title, index: status }
      : { state: 'index-empty', outlet: thisOutlet, index: status };
  // The reader said this page is not part of its story: no match, with the way back.
  if (detachedPage) return { state: 'no-match', outlet: thisOutlet, title: state.article.title, index: status, detached: detachedPage };
  // Only the reader's own article (or nothing, once sources are off) is no coverage at all.
  const others = coverage?.articles.filter((a) => !a.current) ?? [];
  if (!state.storyId || !coverage || others.length === 0)
    return { state: building ? 'building' : 'no-match', outlet: thisOutlet, title: state.article.title, index: status };
  return { state: 'matched', outlet: thisOutlet, coverage, index: status };
}
