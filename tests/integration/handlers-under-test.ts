import type { ParallaxDb } from '../../utils/db';
import { createDietStore } from '../../utils/diet/diet-store';
import type { Catalog } from '../../utils/model';
import { createHandlers, type HandlerDeps } from '../../utils/worker/handlers';
import { createIndexStore } from '../../utils/worker/index-store';
import { createOutletSource, readPrefs } from '../../utils/worker/outlet-catalog';

/**
 * The worker's message handlers wired as `entrypoints/background.ts` wires them, for tests: the
 * index in `db`, `catalog` as the shipped catalog, the reader's settings from (fake) storage, a
 * clock stopped at `now`, and no badge, refresh or page reading unless `more` brings them.
 */
export function handlersUnderTest(db: ParallaxDb, catalog: Catalog, now: number, more: Partial<HandlerDeps> = {}) {
  return createHandlers({
    store: createIndexStore(db, () => now),
    diet: createDietStore(db, () => now),
    feedHealth: async () => [],
    outlets: createOutletSource(async () => catalog),
    prefs: readPrefs,
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    inject: async () => undefined,
    refresh: { start: () => true, progress: async () => undefined },
    now: () => now,
    sleep: async () => undefined,
    ...more,
  });
}

/** A toolbar button that keeps the text each tab's badge was given. */
export function badgeRecorder(): { action: HandlerDeps['action']; badges: Map<number, string> } {
  const badges = new Map<number, string>();
  return { badges, action: { setBadgeText: async ({ tabId, text }) => void badges.set(tabId, text), setBadgeBackgroundColor: async () => undefined } };
}
