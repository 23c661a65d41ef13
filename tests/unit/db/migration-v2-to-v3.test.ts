/**
 * Version 2 -> 3 (the story digests table): a populated version 2 database, declared here as it
 * was released, opens with today's `createDb`; every row is kept and the new table is there, empty.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createDb } from '../../../utils/db';

const V1 = { outlets: 'id, *domains', articles: 'url, storyId, outletId, published', stories: 'id, last', feeds: 'url, outletId', meta: 'key' };
const V2 = { diet: 'id, day' };

it('Dexie version 3: upgrades a populated version 2 database, every row intact, the digests table empty', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie('parallax', { indexedDB, IDBKeyRange });
  old.version(1).stores(V1);
  old.version(2).stores(V2);
  const articles = [
    { url: 'https://example.com/a', outletId: 'ap', title: 'A', description: '', published: 1, storyId: 's1', added: 5 },
    { url: 'https://example.com/b', outletId: 'bbc', title: 'B', description: '', published: 2, storyId: 's1' },
  ];
  await old.table('articles').bulkAdd(articles);
  await old.table('stories').put({ id: 's1', title: 'A', first: 1, last: 2, terms: [], weights: [], articles: [] });
  await old.table('diet').bulkPut([{ id: '2026-11-30|ap', day: '2026-11-30', outletId: 'ap', storyId: 's1' }]);
  await old.table('meta').put({ key: 'counts', value: { articles: 2, stories: 1 } });
  old.close();

  const db = createDb({ indexedDB, IDBKeyRange });
  expect(await db.articles.toArray()).toEqual(articles);
  expect(await db.stories.where('last').equals(2).primaryKeys()).toEqual(['s1']);
  expect(await db.diet.where('day').equals('2026-11-30').count()).toBe(1);
  expect(await db.meta.get('counts')).toEqual({ key: 'counts', value: { articles: 2, stories: 1 } });
  expect(await db.digests.count()).toBe(0);
  expect(db.verno).toBe(3);
  const digests = db.tables.find((t) => t.name === 'digests')!;
  expect([digests.schema.primKey.src, ...digests.schema.indexes.map((i) => i.src)].join(', ')).toBe('id');
  db.close();
});
