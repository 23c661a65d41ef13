import { normalizeUrl } from '../article/normalize-url';
import { applyCorrections, detachedBy, correctionsOf, type StoryCorrection } from '../copies/corrections';
import type { CopyMark } from '../copies/detect';
import { pageCopyInput, pageCopyMark } from '../copies/page';
import { BIASES, FACTUALITIES, type Catalog, type IndexedArticle, type Outlet } from '../model';
import { outletView, type ReaderPrefs } from '../sources/outlet-view';
import { coverageFor } from '../stories/coverage';
import type { TabState } from '../tab-state';
import type { CopyView, CoverageView, IndexStatus, TabView } from '../views';
import { coverageLean, type BADGE_COLOURS } from './badge';

export type Prefs = ReaderPrefs & { blindspotThreshold: number; countCarriers: boolean; corrections: StoryCorrection[] };

/** The story's coverage as the popup shows it, under the reader's current settings and corrections. */
export function coverageView(all: IndexedArticle[], catalog: Catalog, prefs: Prefs, state: TabState): { coverage: CoverageView; lean: keyof typeof BADGE_COLOURS } {
  const outlets = new Map(catalog.outlets.map((o) => [o.id, o]));
  const { kept: articles, detached } = applyCorrections(all, state.storyId ?? '', prefs.corrections);
  const c = coverageFor(articles, {
    outlets, disabled: prefs.disabled, overrides: prefs.overrides, blindspotThreshold: prefs.blindspotThreshold, countCarriers: prefs.countCarriers,
  });
  const byId = new Map(c.outlets.map((o) => [o.outletId, o]));
  const name = (id: string) => byId.get(id)?.name ?? outlets.get(id)?.name ?? id;
  const copyView = (m: CopyMark | undefined): CopyView | undefined => m && { kind: m.kind, source: m.wire?.name ?? name(m.sourceOutletId) };
  const current = state.article?.canonicalUrl ? normalizeUrl(state.article.canonicalUrl) : undefined;
  const kept = articles.filter((a) => byId.has(a.outletId));
  const last = kept.length ? [...kept].sort((a, b) => b.published - a.published)[0] : undefined;
  const bias = [...BIASES, 'unrated' as const].map((key) => ({ key, ...c.bias[key] }));
  const page = state.article && (current || state.url) ? pagePart(state, current ?? state.url, kept, catalog, copyView, c.copies) : undefined;
  const { reported, carried, sentence, counted, countCarriers } = c.reporting;
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
    articles: kept.map((a) => ({
      url: a.url, title: a.title, outletId: a.outletId, outletName: name(a.outletId), bias: byId.get(a.outletId)!.bias, published: a.published,
      current: current !== undefined && a.url === current,
      ...(c.copies.has(a.url) ? { copy: copyView(c.copies.get(a.url)) } : {}),
    })),
    reporting: { reported, carried, sentence, counted, countCarriers },
    ...(page ? { page } : {}),
    detached: detached.map(({ article: a, correction }) => ({ url: a.url, title: a.title, outletName: name(a.outletId), storyId: correction.storyId })),
  };
  return { coverage, lean: coverageLean(bias) };
}

function pagePart(state: TabState, url: string, story: IndexedArticle[], catalog: Catalog, copyView: (m: CopyMark | undefined) => CopyView | undefined, marks: ReadonlyMap<string, CopyMark>) {
  const meta = state.article!;
  if (marks.has(url) || story.some((a) => a.url === url)) return { url, title: meta.title, copy: copyView(marks.get(url)) };
  const outletId = catalog.outlets.find((o) => o.domains.includes(meta.outletDomain))?.id ?? meta.outletDomain;
  return { url, title: meta.title, copy: copyView(pageCopyMark(pageCopyInput(meta, state.url, outletId, url), story)) };
}

/** The reader's correction that took the tab's page out of its story, if any. */
export function pageDetached(state: TabState, articles: readonly IndexedArticle[], corrections: readonly StoryCorrection[]): StoryCorrection | undefined {
  if (!state.article || !state.storyId) return undefined;
  const url = normalizeUrl(state.article.canonicalUrl) || state.url;
  return detachedBy(correctionsOf(corrections, state.storyId, new Set(articles.map((a) => a.url))), { url, title: state.article.title });
}

export interface TabViewInput {
  state: TabState;
  status: IndexStatus;
  catalog: Catalog;
  prefs: Prefs;
  outlet: Outlet | undefined;
  articles: IndexedArticle[];
}

/** Decides which state the popup is in, and gathers what that state shows. */
export function buildTabView({ state, status, catalog, prefs, outlet, articles }: TabViewInput): TabView {
  const thisOutlet = outlet && outletView(outlet, prefs, catalog.ratingSources);
  if (!state.article) return { state: 'not-article', outlet: thisOutlet, index: status };
  if (status.articles === 0) return { state: 'index-empty', outlet: thisOutlet, index: status };
  const noMatch = { state: 'no-match' as const, outlet: thisOutlet, title: state.article.title, index: status };
  // The reader said this page is not part of its story: no match, with the way back.
  const said = pageDetached(state, articles, prefs.corrections);
  if (said) {
    const pageUrl = normalizeUrl(state.article.canonicalUrl) || state.url;
    const storyTitle = [...articles].sort((a, b) => a.published - b.published).find((a) => a.url !== pageUrl)?.title ?? said.title;
    return { ...noMatch, detached: { url: said.url, title: said.title, outletName: thisOutlet?.name ?? state.article.outletDomain, storyId: said.storyId, storyTitle } };
  }
  const { coverage } = coverageView(articles, catalog, prefs, state);
  // Only the reader's own article (or nothing, once sources are off) is no coverage at all.
  const others = coverage.articles.filter((a) => !a.current);
  if (!state.storyId || others.length === 0) return noMatch;
  return { state: 'matched', outlet: thisOutlet, coverage, index: status };
}
