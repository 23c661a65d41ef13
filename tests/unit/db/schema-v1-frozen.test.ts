/**
 * Version 1 of the Dexie schema is frozen: readers' browsers hold databases created with it, and
 * a change to a store or an index of a released version is never seen by them (Dexie only runs
 * what a higher version declares). A schema change is a new `db.version(N)` with its migration
 * test (see schema-versions.meta.test.ts), never an edit of version 1.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../utils/db';

/** The exact `stores()` strings of version 1, as released. */
const V1_STORES = {
  outlets: 'id, *domains',
  articles: 'url, storyId, outletId, published',
  stories: 'id, last',
  feeds: 'url, outletId',
  meta: 'key',
};

/** What those strings create in IndexedDB: each store's key path and its indexes. */
const V1_ON_DISK = {
  articles: {
    keyPath: 'url',
    autoIncrement: false,
    indexes: { outletId: ['outletId', false, false], published: ['published', false, false], storyId: ['storyId', false, false] },
  },
  feeds: { keyPath: 'url', autoIncrement: false, indexes: { outletId: ['outletId', false, false] } },
  meta: { keyPath: 'key', autoIncrement: false, indexes: {} },
  outlets: { keyPath: 'id', autoIncrement: false, indexes: { domains: ['domains', false, true] } },
  stories: { keyPath: 'id', autoIncrement: false, indexes: { last: ['last', false, false] } },
};

/** Reads the stores and indexes of a database straight from IndexedDB, without Dexie. */
async function describeOnDisk(factory: IDBFactory, name: string) {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = [...raw.objectStoreNames];
  const tx = raw.transaction(stores, 'readonly');
  const out: Record<string, unknown> = {};
  for (const name of stores) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const index of [...store.indexNames]) {
      const i = store.index(index);
      indexes[index] = [i.keyPath, i.unique, i.multiEntry];
    }
    out[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  const version = raw.version;
  raw.close();
  return { version, stores: out };
}

/** Dexie keeps each declared version's `stores()` argument as given (not part of its typed API). */
interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string | null> | null };
}
const declaredVersions = (db: unknown) => (db as { _versions: DeclaredVersion[] })._versions;

describe('Dexie schema version 1', () => {
  it('declares exactly the released stores and indexes', () => {
    const db = createDb({ name: 'frozen-v1', indexedDB: new IDBFactory(), IDBKeyRange });
    const v1 = declaredVersions(db).find((v) => v._cfg.version === 1);
    expect(v1?._cfg.storesSource).toEqual(V1_STORES);
  });

  it("a populated version 1 database opens with today's code, every row intact", async () => {
    const factory = new IDBFactory();
    const old = new Dexie('populated-v1', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    await old.table('articles').bulkAdd([
      { url: 'https://example.com/a', outletId: 'ap', title: 'A', description: '', published: 1, storyId: 's1' },
      { url: 'https://example.com/b', outletId: 'bbc', title: 'B', description: '', published: 2, storyId: 's1' },
    ]);
    await old.table('meta').put({ key: 'counts', value: { articles: 2, stories: 1 } });
    old.close();
    const db = createDb({ name: 'populated-v1', indexedDB: factory, IDBKeyRange });
    expect(await db.articles.where('storyId').equals('s1').primaryKeys()).toEqual(['https://example.com/a', 'https://example.com/b']);
    expect(await db.meta.get('counts')).toEqual({ key: 'counts', value: { articles: 2, stories: 1 } });
    db.close();
  });

  it('creates exactly these object stores, key paths and indexes in IndexedDB (while version 1 is the latest)', async (ctx) => {
    const factory = new IDBFactory();
    const db = createDb({ name: 'frozen-v1-disk', indexedDB: factory, IDBKeyRange });
    await db.open();
    const latest = db.verno;
    db.close();
    // Once a later version exists, its migration test checks the layout it creates.
    if (latest !== 1) return ctx.skip();
    const onDisk = await describeOnDisk(factory, 'frozen-v1-disk');
    // Dexie stores version N as IndexedDB version N * 10.
    expect(onDisk.version).toBe(10);
    expect(onDisk.stores).toEqual(V1_ON_DISK);
  });
});
