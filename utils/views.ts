import type { Share } from './coverage';
import type { BiasOrUnrated, FactualityOrUnrated } from './model';
import type { OwnershipMix, OwnershipView } from './sources/ownership';

/**
 * What the popup and options page render. The worker builds these from the index and the
 * reader's settings; components only display them.
 */

/** Where a rating comes from, for the "source" link beside it. */
export interface RatingProvenance {
  name: string;
  url: string;
  licence: string;
  date: string;
}

export interface OutletView {
  id: string;
  name: string;
  homepage: string;
  bias: BiasOrUnrated;
  biasSource?: RatingProvenance;
  factuality: FactualityOrUnrated;
  factualitySource?: RatingProvenance;
  /** The shipped values, when the reader overrode them. */
  originalBias?: BiasOrUnrated;
  originalFactuality?: FactualityOrUnrated;
  disabled: boolean;
  /** Who owns or funds it, when the catalog knows. */
  ownership?: OwnershipView;
}

/** One bar of a distribution: a coverage share under its key (the shares of one distribution add to 100, or all are 0). */
export interface KeyedShare<K extends string> extends Share {
  key: K;
}

export interface ArticleView {
  url: string;
  title: string;
  outletId: string;
  outletName: string;
  bias: BiasOrUnrated;
  /** Epoch ms. */
  published: number;
  /** The article open in the tab. */
  current: boolean;
}

export interface CoverageView {
  storyId: string;
  storyTitle: string;
  /** Distinct enabled outlets covering the story. */
  outlets: number;
  unrated: number;
  totalArticles: number;
  bias: KeyedShare<BiasOrUnrated>[];
  factuality: KeyedShare<FactualityOrUnrated>[];
  /** `both`: only the center covered it. `verdict` says the counts behind it. */
  blindspot: { side: 'left' | 'right' | 'both' | null; rule: string; verdict: string };
  first?: { outletName: string; at: number };
  last?: { outletName: string; at: number };
  summary: { text: string; outletName: string }[];
  /** How the covering outlets are owned. */
  ownership?: OwnershipMix;
  articles: ArticleView[];
}

export interface IndexStatus {
  articles: number;
  stories: number;
  /** Epoch ms of the last completed refresh, if any. */
  lastRefresh?: number;
  /** e.g. "Demo snapshot (AllSides headline roundups, 2021)". */
  label?: string;
  refreshing?: { done: number; total: number };
  /** Why the last refresh could not save what it fetched, in plain words (e.g. the disk is full). */
  problem?: string;
}

/** Everything the popup shows for one tab, one state at a time. */
export type TabView =
  | { state: 'not-article'; outlet?: OutletView; index: IndexStatus }
  | { state: 'index-empty'; outlet?: OutletView; index: IndexStatus }
  | { state: 'no-match'; outlet?: OutletView; title: string; index: IndexStatus }
  | { state: 'matched'; outlet?: OutletView; coverage: CoverageView; index: IndexStatus }
  | { state: 'error'; message: string; action: string };
