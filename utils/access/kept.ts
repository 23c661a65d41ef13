/**
 * What the worker remembers of its access work between its starts (it is stopped when idle): a
 * value with the key of the inputs it was worked out from, used again only for the same key.
 */
import type { Outlet } from '../model';

/** A value remembered with the inputs it was worked out from. */
export interface Kept<T> {
  get(): Promise<{ key: string; value: T } | null>;
  set(entry: { key: string; value: T }): Promise<void>;
}

/**
 * What a status or registration is worked out from: the grants and the outlets (the bundled ones
 * change only with the extension, whose update clears what the worker keeps; the reader's own are
 * listed whole), and anything else the caller adds.
 */
export const inputsKey = (outlets: readonly Outlet[], granted: readonly string[], ...rest: unknown[]) =>
  JSON.stringify([granted, outlets.length, outlets.filter((o) => o.custom), ...rest]);
