/**
 * Version 1 -> 2 (the news diet table): a populated version 1 database, declared here as it was
 * released, opens with today's `createDb`; every row is kept and the new table is there, empty.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { createDb } from '../../../utils/db';

const V1 = { outlets: 'id, *domains', articles: 'url, storyId, outletId, published', stories: 'id, last', feeds: 'url, outletId', meta: 'key' };

it('upgrades a populated version 1 database to version 2, every row intact, the diet table empty', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie('parallax', { indexedDB, IDBKeyRange });
  old.version(1).stores(V1);
  const articles = [
    { url: 'https://example.com/a', outletId: 'ap', title: 'A', description: '', published: 1, storyId: 's1', added: 5 },
    { url: 'https://example.com/b', outletId: 'bbc', title: 'B', description: '', published: 2, storyId: 's1' },
  ];
  await old.table('articles').bulkAdd(articles);
  await old.table('stories').put({ id: 's1', title: 'A', first: 1, last: 2, terms: [], weights: [], articles: [] });
  await old.table('outlets').put({ id: 'ap', domains: ['apnews.com'] });
  await old.table('feeds').put({ url: 'https://apnews.com/feed', outletId: 'ap', itemsSeen: 3 });
  await old.table('meta').put({ key: 'counts', value: { articles: 2, stories: 1 } });
  old.close();

  const db = createDb({ indexedDB, IDBKeyRange });
  expect(await db.articles.toArray()).toEqual(articles);
  expect(await db.stories.where('last').equals(2).primaryKeys()).toEqual(['s1']);
  expect(await db.outlets.where('domains').equals('apnews.com').primaryKeys()).toEqual(['ap']);
  expect((await db.feeds.get('https://apnews.com/feed'))?.itemsSeen).toBe(3);
  expect(await db.meta.get('counts')).toEqual({ key: 'counts', value: { articles: 2, stories: 1 } });
  expect(await db.diet.count()).toBe(0);
  expect(db.verno).toBeGreaterThanOrEqual(2);
  const diet = db.tables.find((t) => t.name === 'diet')!;
  expect([diet.schema.primKey.src, ...diet.schema.indexes.map((i) => i.src)].join(', ')).toBe('id, day');
  db.close();
});
