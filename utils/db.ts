import Dexie, { type EntityTable } from 'dexie';
import type { IndexedArticle, Outlet } from './model';
import type { SourceHealth } from './feeds/health';
import type { StoryRow } from './stories';

/**
 * The local story index. Only the background worker and extension pages open it: a content
 * script's IndexedDB would belong to the news site's origin.
 */

/** Health of one feed, as the refresher keeps it, keyed by the feed URL. */
export interface FeedHealthRow extends SourceHealth {
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
  return db;
}
