import { storage } from 'wxt/utils/storage';
import type { ParallaxDb } from '../db';
import { dietEntry, firstKeptDay, type DietEntry } from './diet';

/**
 * Whether the reader keeps a news diet. Off until they turn it on. Not part of the settings file:
 * it is a choice about this device, and a settings file travels.
 */
export const dietEnabled = storage.defineItem<boolean>('local:dietEnabled', { fallback: false, version: 1 });

/**
 * The diet's entries, in the extension's own IndexedDB (the `diet` table): on this device only,
 * never synced, never sent. Expired entries are dropped whenever the diet is written or read.
 */
export function createDietStore(db: ParallaxDb, now: () => number = Date.now, enabled: () => Promise<boolean> = () => dietEnabled.getValue()) {
  const prune = () => db.diet.where('day').below(firstKeptDay(now())).delete();
  return {
    /** Whether the reader keeps a diet now. */
    enabled,
    /** Notes one opened article, if the reader keeps a diet. Returns whether it was noted. */
    async record(outletId: string, storyId: string | null): Promise<boolean> {
      if (!(await enabled())) return false;
      await db.transaction('rw', db.diet, async () => {
        await prune();
        await db.diet.put(dietEntry(now(), outletId, storyId));
      });
      return true;
    },
    /** Every entry still kept. */
    async entries(): Promise<DietEntry[]> {
      await prune();
      return db.diet.toArray();
    },
    /** Forgets every entry; returns how many there were. */
    async clear(): Promise<number> {
      return db.transaction('rw', db.diet, async () => {
        const n = await db.diet.count();
        await db.diet.clear();
        return n;
      });
    },
    /** Adds entries from an index file the reader exported with their diet (expired ones are dropped). */
    async restore(entries: readonly DietEntry[]): Promise<number> {
      const kept = entries.filter((e) => e.day >= firstKeptDay(now()));
      await db.diet.bulkPut(kept);
      return kept.length;
    },
    prune,
  };
}

export type DietStore = ReturnType<typeof createDietStore>;
