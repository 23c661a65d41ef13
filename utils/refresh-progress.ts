import { storage } from 'wxt/utils/storage';

/**
 * How far the running refresh is: written by the worker's refresh controller after each feed,
 * read by the popup and options page (through indexStatus) and watched by the popup, which
 * shows it. Null when no refresh runs. In `storage.session`: the worker may be killed mid-refresh.
 */
export const refreshProgress = storage.defineItem<{ done: number; total: number; at: number } | null>('session:refreshProgress', { fallback: null });

/**
 * Why the last refresh could not save what it fetched (a full disk), in plain words; null after
 * a refresh that saved everything. Outside IndexedDB, since the database may be what failed.
 */
export const refreshProblem = storage.defineItem<string | null>('session:refreshProblem', { fallback: null });
