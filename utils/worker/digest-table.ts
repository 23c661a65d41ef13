import type { ParallaxDb } from '../db';
import type { StoryDigest } from '../story-lists/story-digest';

/** What the stored digests were made under: the reader's settings and catalog, and the index's stamp. */
interface DigestsMeta {
  key: string;
  stamp: string;
}

/**
 * The story digests kept in the database, so a worker that just started opens the story lists
 * by reading 5,000 digests instead of every article. They are trusted only when made under the
 * same settings from the index as it is now (its stamp, read in the same transaction).
 */
export function createDigestTable(db: ParallaxDb) {
  const metaOf = async () => (await db.meta.get('digests'))?.value as DigestsMeta | undefined;
  return {
    /** The stored digests, if made under `key` from the index at its current stamp or at `since`
     * (the stamp before the writes this worker has seen, whose stories it will redo). */
    load: (key: string, since?: string) =>
      db.transaction('r', db.digests, db.meta, async () => {
        const [meta, stamp] = await Promise.all([metaOf(), db.meta.get('stamp')]);
        if (!meta || meta.key !== key || (meta.stamp !== stamp?.value && meta.stamp !== since)) return undefined;
        return { stamp: meta.stamp, stories: await db.digests.toArray() };
      }),

    /** Stores digests made under `key` from the index at `stamp`: all of them (`replace`), or the changed ones. */
    save: (key: string, stamp: string | undefined, change: { put: StoryDigest[]; remove: string[]; replace: boolean }) =>
      db.transaction('rw', db.digests, db.meta, async () => {
        if (change.replace) await db.digests.clear();
        if (change.remove.length) await db.digests.bulkDelete(change.remove);
        if (change.put.length) await db.digests.bulkPut(change.put);
        // Without a stamp the rows are not known to match any index: none will trust them.
        if (stamp) await db.meta.put({ key: 'digests', value: { key, stamp } satisfies DigestsMeta });
        else await db.meta.delete('digests');
      }),
  };
}

export type DigestTable = ReturnType<typeof createDigestTable>;
