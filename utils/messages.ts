import { browser } from 'wxt/browser';
import type { FeedHealthRow } from './db';
import type { DietView } from './diet/diet-view';
import type { ArticleMeta } from './model';
import type { IndexSnapshot } from './snapshot';
import type { StoryListPage, StoryQuery } from './story-lists/list-query';
import type { StoryDigest } from './story-lists/story-digest';
import type { StoryPageView } from './story-lists/story-page';
import type { IndexStatus, TabView, WhyView } from './views';

/**
 * The one message protocol of Parallax: every message, its payload and its reply.
 * Content script and extension pages send; only the background worker answers.
 */
export interface Protocol {
  /** Content script -> worker: the article on this tab's page (null: not an article). */
  pageArticle: { payload: { url: string; article: ArticleMeta | null }; reply: { ok: true } };
  /** Popup -> worker: what to show for a tab. */
  tabView: { payload: { tabId: number }; reply: TabView };
  /** Popup -> worker: why one article (or the tab's page) is in the tab's story; null when no story. */
  whyGrouped: { payload: { tabId: number; url: string }; reply: WhyView | null };
  /** Extension pages -> worker: the index's size and refresh progress. */
  indexStatus: { payload: Record<string, never>; reply: IndexStatus };
  /** Extension pages -> worker: fetch the enabled sources' feeds now. */
  refreshNow: { payload: Record<string, never>; reply: { started: boolean } };
  /** Options -> worker: every feed's health (last success, last error in words, items seen). */
  feedHealth: { payload: Record<string, never>; reply: FeedHealthRow[] };
  /** Options -> worker: the whole index as a versioned snapshot file. */
  exportIndex: { payload: { includeDiet?: boolean }; reply: IndexSnapshot };
  /**
   * Options -> worker: replace the index with a snapshot file; a bad file changes nothing. `demo`
   * (`npm start` and the e2e suite) marks it as a demo that gives way to the first refresh.
   */
  importIndex: { payload: { text: string; demo?: boolean }; reply: { ok: true; articles: number } | { ok: false; error: string } };
  /** Options -> worker: forget every article and story (settings are kept). */
  clearIndex: { payload: Record<string, never>; reply: { ok: true } };
  /** Story page -> worker: one story's full coverage (`currentUrl`: the reader's article, marked). Null: no such story. */
  storyPage: { payload: { id: string; currentUrl?: string }; reply: StoryPageView | null };
  /** Blindspots -> worker: every story held, one line each, under the reader's settings. */
  storyList: { payload: Record<string, never>; reply: { stories: StoryDigest[]; now: number; blindspotRule: string } };
  /** Today's stories -> worker: the list ranked (or searched) and filtered, only the first `limit` sent. */
  todayStories: { payload: StoryQuery; reply: StoryListPage & { now: number } };
  /** Diet page -> worker: the reader's news diet (kept on this device only). */
  dietView: { payload: Record<string, never>; reply: DietView };
  /** Diet page -> worker: forget the whole diet. */
  clearDiet: { payload: Record<string, never>; reply: { ok: true; removed: number } };
}

/** Messages a content script may send; every other one is for the extension's own pages. */
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['pageArticle']);

export type MessageType = keyof Protocol;
export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['payload'];
}

/** Sends one typed message to the background worker and returns its typed reply. */
export async function send<T extends MessageType>(type: T, payload: Protocol[T]['payload']): Promise<Protocol[T]['reply']> {
  return (await browser.runtime.sendMessage({ type, payload })) as Protocol[T]['reply'];
}

export type Handlers = {
  [T in MessageType]: (payload: Protocol[T]['payload'], sender: { tabId?: number; url?: string }) => Promise<Protocol[T]['reply']>;
};

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}
