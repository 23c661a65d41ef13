import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb } from '../../utils/db';
import { dayKey, dietEntry } from '../../utils/diet/diet';
import { createDietStore, dietEnabled } from '../../utils/diet/diet-store';
import type { Protocol } from '../../utils/messages';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';
import { disabledSources } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRouter } from '../../utils/worker/router';
import { handlersUnderTest } from './handlers-under-test';

const ID = 'parallax-test';
const PAGE = { id: ID, url: `chrome-extension://${ID}/diet.html` };
const DAY = 86_400_000;
const T0 = Date.UTC(2023, 8, 18, 21);
const outlet = (id: string, domain: string, bias: 'center' | 'lean-left' | 'right', extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name: id.toUpperCase(),
  homepage: `https://${domain}/`,
  domains: [domain],
  feeds: [],
  country: 'US',
  language: 'en',
  bias: { value: bias, source: 'allsides', date: '2022-09-28' },
  ...extra,
});
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [],
  outlets: [
    outlet('ap', 'apnews.com', 'lean-left'),
    outlet('reuters', 'reuters.com', 'center'),
    outlet('fox', 'foxnews.com', 'right', { country: 'GB', language: 'fr' }),
  ],
};
const articles: IndexedArticle[] = [
  {
    url: 'https://apnews.com/article/blinken-han',
    outletId: 'ap',
    title: 'Blinken meets Chinese VP Han',
    description: 'Blinken met Han Zheng.',
    published: T0,
    storyId: 'blinken',
  },
  {
    url: 'https://reuters.com/world/blinken-han',
    outletId: 'reuters',
    title: "Top US diplomat Blinken meets China's VP Han",
    description: 'Blinken met Han.',
    published: T0 + 3_600_000,
    storyId: 'blinken',
  },
  {
    url: 'https://foxnews.com/politics/blinken',
    outletId: 'fox',
    title: 'Blinken sits down with Han',
    description: '',
    published: T0 + 7_200_000,
    storyId: 'blinken',
  },
  { url: 'https://foxnews.com/politics/rates', outletId: 'fox', title: 'Fed holds rates', description: '', published: T0, storyId: 'fed' },
];

async function setUp(now = T0) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => now);
  await store.importSnapshot(makeSnapshot('Test index', articles), 'demo');
  const diet = createDietStore(db, () => now);
  const { handlers } = handlersUnderTest(db, catalog, now, { store, diet });
  const route = createRouter(handlers, ID, `chrome-extension://${ID}/`);
  const ask = <T extends keyof Protocol>(type: T, payload: Protocol[T]['payload']) => route({ type, payload }, PAGE) as Promise<Protocol[T]['reply']>;
  const open = (url: string, title: string) =>
    route({ type: 'pageArticle', payload: { url, article: { title, canonicalUrl: url, outletDomain: '' } } }, { id: ID, tab: { id: 5 }, url });
  return { db, store, diet, ask, open };
}

beforeEach(() => fakeBrowser.reset());

describe('Dexie version 2: the news diet table', () => {
  it('opens a populated version 1 database and keeps every row, with an empty diet table', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('parallax', { indexedDB, IDBKeyRange });
    v1.version(1).stores({ outlets: 'id, *domains', articles: 'url, storyId, outletId, published', stories: 'id, last', feeds: 'url, outletId', meta: 'key' });
    await v1.table('articles').bulkPut(articles);
    await v1.table('meta').put({ key: 'index', value: { label: 'Old', origin: 'demo' } });
    await v1.table('feeds').put({ url: 'https://x.example/feed', outletId: 'ap', itemsSeen: 3 });
    v1.close();
    const db = createDb({ indexedDB, IDBKeyRange });
    expect(await db.articles.count()).toBe(articles.length);
    expect(await db.articles.where('storyId').equals('blinken').count()).toBe(3);
    expect((await db.meta.get('index'))?.value).toEqual({ label: 'Old', origin: 'demo' });
    expect((await db.feeds.toArray())[0].itemsSeen).toBe(3);
    expect(await db.diet.count()).toBe(0);
    await db.diet.put(dietEntry(T0, 'ap', 'blinken'));
    expect(await db.diet.where('day').equals(dayKey(T0)).count()).toBe(1);
  });
});

describe('the news diet in the worker', () => {
  it('records nothing while off, then one entry per day, outlet and story; one message clears it', async () => {
    const { ask, open } = await setUp();
    await open('https://apnews.com/article/blinken-han', 'Blinken meets Chinese VP Han');
    expect((await ask('dietView', {})).entries).toBe(0);
    await dietEnabled.setValue(true);
    await open('https://apnews.com/article/blinken-han', 'Blinken meets Chinese VP Han');
    await open('https://apnews.com/article/blinken-han?utm_source=x', 'Blinken meets Chinese VP Han');
    await open('https://foxnews.com/politics/rates', 'Fed holds rates');
    await open('https://unknown.example/a', 'An outlet Parallax does not know');
    const view = await ask('dietView', {});
    expect(view).toMatchObject({ enabled: true, entries: 2, week: { reads: 2, sides: { left: 1, center: 0, right: 1 } } });
    expect(view.least).toBe('center');
    // Reuters (Center) covered the Blinken story, which the reader already read at AP: nothing left to suggest from the day.
    expect(view.suggestions).toEqual([]);
    expect(await ask('clearDiet', {})).toEqual({ ok: true, removed: 2 });
    expect((await ask('dietView', {})).entries).toBe(0);
  });

  it('drops entries once 90 days old', async () => {
    const { db, diet } = await setUp(T0 + 120 * DAY);
    await db.diet.bulkPut([dietEntry(T0 + 120 * DAY - 89 * DAY, 'ap', 'a'), dietEntry(T0 + 120 * DAY - 90 * DAY, 'ap', 'b'), dietEntry(T0, 'fox', 'c')]);
    expect((await diet.entries()).map((e) => e.storyId)).toEqual(['a']);
    expect(await db.diet.count()).toBe(1);
  });

  it('is left out of an index export unless asked for, and comes back with an import of that export', async () => {
    const { ask, diet } = await setUp();
    await dietEnabled.setValue(true);
    await diet.record('ap', 'blinken');
    const plain = await ask('exportIndex', {});
    expect(plain.diet).toBeUndefined();
    expect(JSON.stringify(plain)).not.toContain(`${dayKey(T0)}|ap`);
    const withDiet = await ask('exportIndex', { includeDiet: true });
    expect(withDiet.diet).toEqual([dietEntry(T0, 'ap', 'blinken')]);
    await ask('clearDiet', {});
    expect(await ask('importIndex', { text: JSON.stringify(withDiet) })).toEqual({ ok: true, articles: articles.length });
    expect(await diet.entries()).toEqual([dietEntry(T0, 'ap', 'blinken')]);
  });
});

describe('the story pages in the worker', () => {
  it('answers the story page with the coverage, the reader’s article marked, and the outlets’ countries and languages', async () => {
    const { ask } = await setUp();
    const view = await ask('storyPage', { id: 'blinken', currentUrl: 'https://www.reuters.com/world/blinken-han' });
    expect(view?.coverage).toMatchObject({ outlets: 3, totalArticles: 3, storyTitle: 'Blinken meets Chinese VP Han' });
    expect(view?.coverage.articles.filter((a) => a.current).map((a) => a.outletId)).toEqual(['reuters']);
    expect(view?.byCountry).toEqual([
      { key: 'US', count: 2 },
      { key: 'GB', count: 1 },
    ]);
    expect(view?.byLanguage).toEqual([
      { key: 'en', count: 2 },
      { key: 'fr', count: 1 },
    ]);
    expect(view?.ownership).toBeUndefined();
    expect(await ask('storyPage', { id: 'no-such-story' })).toBeNull();
  });

  it('lists every story with its outlet count, bias and the blindspot rule in force', async () => {
    const { ask } = await setUp();
    const list = await ask('storyList', {});
    expect(list.stories.map((s) => [s.id, s.outlets]).sort()).toEqual([
      ['blinken', 3],
      ['fed', 1],
    ]);
    expect(list.stories.find((s) => s.id === 'blinken')?.headlines).toHaveLength(3);
    expect(list.blindspotRule).toMatch(/fewer than 20%/);
  });

  it('lists the index as it is now: after a refresh adds articles, and after a source is turned off', async () => {
    const { ask, store } = await setUp();
    expect((await ask('storyList', {})).stories.find((s) => s.id === 'fed')?.outlets).toBe(1);
    await store.ingest('reuters', [
      { url: 'https://reuters.com/markets/fed-holds', title: 'Fed holds rates steady again', description: '', published: T0 + 60_000 },
    ]);
    const after = await ask('storyList', {});
    expect(after.stories.reduce((n, s) => n + s.articles, 0)).toBe(articles.length + 1);
    await disabledSources.setValue(['fox']);
    const off = await ask('storyList', {});
    expect(off.stories.some((s) => s.headlines.includes('Fed holds rates'))).toBe(false);
    expect(off.stories.find((s) => s.id === 'blinken')?.outlets).toBe(2);
  });
});
