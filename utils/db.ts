import Dexie, { type EntityTable } from 'dexie';
import type { DietEntry } from './diet/diet';
import type { IndexedArticle, Outlet } from './model';
import type { StoryDigest } from './story-lists/story-digest';
import type { FeedHealth } from './feeds/health';
import type { StoryRow } from './stories';

/**
 * The local story index. Only the background worker and extension pages open it: a content
 * script's IndexedDB would belong to the news site's origin.
 */

/** Health of one feed, as the refresher keeps it, keyed by the feed URL. */
export interface FeedHealthRow extends FeedHealth {
  url: string;
  outletId: string;
}

/** Small facts about the index: its label, origin and last refresh. */
interface MetaRow {
  key: string;
  value: unknown;
}

export type ParallaxDb = Dexie & {
  outlets: EntityTable<Outlet, 'id'>;
  articles: EntityTable<IndexedArticle, 'url'>;
  stories: EntityTable<StoryRow, 'id'>;
  feeds: EntityTable<FeedHealthRow, 'url'>;
  meta: EntityTable<MetaRow, 'key'>;
  /** The reader's news diet (utils/diet/): on this device only, empty unless they turned it on. */
  diet: EntityTable<DietEntry, 'id'>;
  /** Every story's digest for the story lists (utils/worker/digest-table.ts): kept up to date by
   * each write, so the lists open without reading every article. */
  digests: EntityTable<StoryDigest, 'id'>;
};

const DB_NAME = 'parallax';

/** Opens the database; tests pass fake-indexeddb through `deps`. */
export function createDb(deps: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): ParallaxDb {
  // Dexie takes an explicit `indexedDB: undefined` for "none": pass the fakes only when given.
  const fakes = deps.indexedDB ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : {};
  const db = new Dexie(deps.name ?? DB_NAME, fakes) as ParallaxDb;
  // Versions only grow; a version with an upgrade() is never deleted.
  db.version(1).stores({
    outlets: 'id, *domains',
    articles: 'url, storyId, outletId, published',
    stories: 'id, last',
    feeds: 'url, outletId',
    meta: 'key',
  });
  // 2: the news diet. A new table only: the rows of version 1 carry over unchanged.
  db.version(2).stores({ diet: 'id, day' });
  // 3: the story digests. A new table only, filled when the lists are first asked for.
  db.version(3).stores({ digests: 'id' });
  return db;
}
