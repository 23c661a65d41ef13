import { t } from './i18n/translate';
import type { AccessStatus } from './access';
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
  /** A report another outlet wrote, carried here (`copy`, `based` on it), or the source others carried. */
  copy?: CopyView;
}

/** How an article relates to a wire report: `source` names the wire (or the outlet) whose report it is. */
export interface CopyView {
  kind: 'original' | 'copy' | 'based';
  source: string;
}

/** An article the reader detached from the story ("Not this story"), to show and undo. */
export interface DetachedView {
  url: string;
  title: string;
  outletName: string;
  /** The story it was detached from (the correction's key, with `url`). */
  storyId: string;
}

/** "Why grouped", computed when the reader asks for one article. */
export interface WhyView {
  words: string[];
  names: string[];
  tiedTo?: { title: string; outletName: string };
  copy?: CopyView;
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
  /** Who reported it themselves, who carried a copy, and which of them the mix counts (utils/copies/honest.ts). */
  reporting: { reported: number; carried: number; sentence: string; counted: string; countCarriers: boolean };
  /** The page open in the tab, for "Not this story"; with its copy mark when it carries another's report. */
  page?: { url: string; title: string; copy?: CopyView };
  detached: DetachedView[];
}

export interface IndexStatus {
  articles: number;
  stories: number;
  /** Epoch ms of the last completed refresh, if any. */
  lastRefresh?: number;
  /** e.g. "Demo snapshot (AllSides headline roundups, 2021)". */
  label?: string;
  refreshing?: { done: number; total: number };
  /** Sources kept on whose feed hosts or sites the reader has not granted. */
  access?: AccessStatus;
  /** With a static index URL: where the index comes from, which version it is and how old. */
  source?: { url: string; version: number; createdAt?: string; checkedAt: number };
  /** Why the static index could not be followed at the last try (the index was left as it was). */
  sourceError?: string;
  /** Why the last refresh could not save what it fetched, in plain words (e.g. the disk is full). */
  problem?: string;
}

/** Everything the popup shows for one tab, one state at a time. */
export type TabView =
  | { state: 'not-article'; outlet?: OutletView; index: IndexStatus }
  | { state: 'index-empty'; outlet?: OutletView; index: IndexStatus }
  /** The first index is being built (a refresh runs and none finished yet): not "no coverage". */
  | { state: 'building'; outlet?: OutletView; title?: string; index: IndexStatus }
  | { state: 'no-match'; outlet?: OutletView; title: string; index: IndexStatus; detached?: DetachedView & { storyTitle: string } }
  | { state: 'matched'; outlet?: OutletView; coverage: CoverageView; index: IndexStatus }
  | { state: 'error'; message: string; action: string };

/** The popup's error states, in words: what went wrong, and what the reader can do. */
export const errorViews = {
  /** The worker has no state for the tab: a browser page, the store, a page opened before install. */
  unreadablePage: (): TabView => ({ state: 'error', message: t('popup_unreadablePage'), action: t('popup_unreadablePageAction') }),
  /** The popup found no tab to describe. */
  noTab: (): TabView => ({ state: 'error', message: t('popup_noTab'), action: t('popup_noTabAction') }),
  /** The worker did not answer; `reason` is the browser's own error text. */
  workerSilent: (reason: string): TabView => ({ state: 'error', message: t('popup_workerSilent', reason), action: t('popup_workerSilentAction') }),
};
