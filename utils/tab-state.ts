import { storage } from 'wxt/utils/storage';
import type { ArticleMeta } from './model';

/**
 * What the worker knows about one tab. Kept in `storage.session` (not module variables): the MV3
 * worker is killed when idle and must still know the tab when the popup opens.
 */
export interface TabState {
  url: string;
  /** The page's article, or null when the page is not one. */
  article: ArticleMeta | null;
  /** The matched story, or null when nothing in the index covers it. */
  storyId: string | null;
  /** Epoch ms of the detection. */
  at: number;
}

const key = (tabId: number) => `session:tab-${tabId}` as const;

export function readTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(key(tabId));
}

export function writeTabState(tabId: number, state: TabState): Promise<void> {
  return storage.setItem(key(tabId), state);
}

/** Calls `onChange` when this tab's state changes (not any other tab's); returns the unwatch function. */
export function watchTabState(tabId: number, onChange: () => void): () => void {
  return storage.watch<TabState>(key(tabId), onChange);
}

export function clearTabState(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}
