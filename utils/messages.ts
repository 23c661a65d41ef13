import { browser } from 'wxt/browser';
import type { ArticleMeta } from './model';
import type { IndexStatus, TabView } from './views';

/**
 * The one message protocol of Parallax: every message, its payload and its reply.
 * Content script and extension pages send; only the background worker answers.
 */
export interface Protocol {
  /** Content script -> worker: the article on this tab's page (null: not an article). */
  pageArticle: { payload: { url: string; article: ArticleMeta | null }; reply: { ok: true } };
  /** Popup -> worker: what to show for a tab. */
  tabView: { payload: { tabId: number }; reply: TabView };
  /** Extension pages -> worker: the index's size and refresh progress. */
  indexStatus: { payload: Record<string, never>; reply: IndexStatus };
  /** Extension pages -> worker: fetch the enabled sources' feeds now. */
  refreshNow: { payload: Record<string, never>; reply: { started: boolean } };
}

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
