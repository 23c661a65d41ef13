import type { ParallaxDb } from '../db';
import type { IndexedArticle } from '../model';

/**
 * What a write to the index changed, with the stamp it gave the index: every write stamps the
 * index anew in its own transaction, so what is made from the index (the story digests) can be
 * kept and later told apart from a stale copy. `before`: the stamp the write replaced.
 */
export type StoriesChanged = { stamp: string } & (
  | { stories: readonly string[]; before?: string }
  /** The whole index was replaced (with the articles it now holds, when at hand). */
  | { all: true; articles?: readonly IndexedArticle[] }
);

/** The index's stamps and the listeners told of each write. */
export function createIndexChanges(db: ParallaxDb) {
  const listeners = new Set<(change: StoriesChanged) => unknown>();
  return {
    /** A new stamp, for a write to put with `stampRow` in its transaction. */
    next: () => crypto.randomUUID(),
    stampRow: (stamp: string) => ({ key: 'stamp', value: stamp }),
    /** The index's stamp now. */
    async current(): Promise<string | undefined> {
      return (await db.meta.get('stamp'))?.value as string | undefined;
    },
    watch(listener: (change: StoriesChanged) => unknown): void {
      listeners.add(listener);
    },
    /** Tells the listeners, before the next write starts; a listener's failure is its own (the write committed). */
    async tell(change: StoriesChanged): Promise<void> {
      await Promise.all(
        [...listeners].map((l) =>
          Promise.resolve(change)
            .then(l)
            .catch(() => undefined),
        ),
      );
    },
  };
}
