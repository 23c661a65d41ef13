import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detach } from '../../utils/copies';
import { createDb } from '../../utils/db';
import type { Protocol } from '../../utils/messages';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';
import { disabledSources, storyCorrections } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { handlersUnderTest } from './handlers-under-test';
import { createDigestTable } from '../../utils/worker/digest-table';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRouter } from '../../utils/worker/router';

/** The story lists and the story page in the worker: the reader's corrections, and lists kept up to date. */
const ID = 'parallax-test';
const PAGE = { id: ID, url: `chrome-extension://${ID}/stories.html` };
const H = 3_600_000;
const T0 = Date.UTC(2023, 8, 18, 21);
const outlet = (id: string, bias: 'left' | 'center' | 'right'): Outlet => ({
  id,
  name: id.toUpperCase(),
  homepage: `https://${id}.example/`,
  domains: [`${id}.example`],
  feeds: [],
  country: 'US',
  language: 'en',
  bias: { value: bias, source: 'allsides', date: '2022-09-28' },
});
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [],
  outlets: [outlet('ap', 'left'), outlet('reuters', 'center'), outlet('fox', 'right')],
};
const art = (outletId: string, storyId: string, title: string, published: number): IndexedArticle => ({
  url: `https://${outletId}.example/${storyId}`,
  outletId,
  title,
  description: '',
  published,
  storyId,
});
const articles = [
  art('ap', 'summit', 'Leaders meet at the climate summit', T0 - 3 * H),
  art('reuters', 'summit', 'Climate summit opens with a pledge', T0 - 2 * H),
  art('fox', 'summit', 'A wildfire spreads near the coast', T0 - H),
  art('reuters', 'rates', 'Central bank holds rates', T0 - 5 * H),
];
const wildfire = articles[2];

/** One life of the worker over `db`; the first imports the test index. */
async function setUp(db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange }), options: { keep?: boolean; imported?: boolean } = {}) {
  const store = createIndexStore(db, () => T0);
  const reads = { all: 0, stories: [] as string[] };
  const counted = {
    ...store,
    allArticles: () => {
      reads.all++;
      return store.allArticles();
    },
    storyArticles: (id: string) => {
      reads.stories.push(id);
      return store.storyArticles(id);
    },
  };
  const { handlers } = handlersUnderTest(db, catalog, T0, { store: counted, ...(options.keep ? { digests: createDigestTable(db) } : {}) });
  // The index arrives once the worker runs, as an import would.
  if (!options.imported) await store.importSnapshot(makeSnapshot('Test index', articles), 'import');
  const route = createRouter(handlers, ID, `chrome-extension://${ID}/`);
  const ask = <T extends keyof Protocol>(type: T, payload: Protocol[T]['payload']) => route({ type, payload }, PAGE) as Promise<Protocol[T]['reply']>;
  // The popup on a tab reading the AP article.
  const popup = async () => {
    const url = articles[0].url;
    await route(
      { type: 'pageArticle', payload: { url, article: { title: articles[0].title, canonicalUrl: url, outletDomain: 'ap.example' } } },
      { id: ID, tab: { id: 5 }, url },
    );
    const view = await ask('tabView', { tabId: 5 });
    if (view.state !== 'matched') throw new Error(`The popup is ${view.state}`);
    return view.coverage;
  };
  const today = async () => (await ask('todayStories', { limit: 50 })).stories.find((s) => s.id === 'summit');
  return { db, store, ask, popup, today, reads };
}

beforeEach(() => fakeBrowser.reset());

describe('the reader’s “Not this story” in the story lists and the story page', () => {
  it('leaves the detached article out of the counts, bias and lists, as the popup does, and puts it back on undo', async () => {
    const { ask, popup, today } = await setUp();
    expect((await today())?.outlets).toBe(3);
    await storyCorrections.setValue(detach([], wildfire, { id: 'summit', urls: articles.slice(0, 3).map((a) => a.url) }, T0));

    const coverage = await popup();
    expect(coverage).toMatchObject({ outlets: 2, totalArticles: 2 });
    const listed = await today();
    expect(listed).toMatchObject({ outlets: coverage.outlets, articles: coverage.totalArticles, bias: coverage.bias });
    expect(listed?.bias.find((b) => b.key === 'right')?.count).toBe(0);
    expect(listed?.headlines).not.toContain(wildfire.title);
    expect((await ask('storyList', {})).stories.find((s) => s.id === 'summit')).toEqual(listed);

    const page = await ask('storyPage', { id: 'summit' });
    expect(page?.coverage).toMatchObject({ outlets: 2, totalArticles: 2, bias: coverage.bias });
    expect(page?.coverage.articles.map((a) => a.url)).not.toContain(wildfire.url);
    // A search for the detached headline no longer finds the story it was taken out of.
    expect((await ask('todayStories', { search: 'wildfire coast', limit: 50 })).stories.map((s) => s.id)).not.toContain('summit');

    await storyCorrections.setValue([]);
    expect((await today())?.outlets).toBe(3);
    expect((await ask('storyPage', { id: 'summit' }))?.coverage.outlets).toBe(3);
  });
});

describe('today’s stories in the worker', () => {
  it('sends one screenful with the total, filter choices and where the window ends', async () => {
    const { ask } = await setUp();
    const list = await ask('todayStories', { hours: 24, limit: 1 });
    expect(list.stories.map((s) => s.id)).toEqual(['summit']);
    expect(list).toMatchObject({ total: 2, countries: ['US'], languages: ['en'], now: T0, anchor: { at: T0, fromNewest: false } });
    expect((await ask('todayStories', { hours: 4, limit: 50 })).stories.map((s) => s.id)).toEqual(['summit']);
    expect((await ask('todayStories', { search: 'centrl bank', limit: 50 })).stories.map((s) => s.id)).toEqual(['rates']);
    await expect(ask('todayStories', { limit: -1 })).rejects.toThrow(/limit/);
  });

  it('is brought up to date after a refresh by reading only the stories it changed', async () => {
    const { store, ask, reads } = await setUp();
    await ask('todayStories', { limit: 50 });
    // The import's own articles were digested: nothing read back.
    expect(reads.all).toBe(0);
    await store.ingest('fox', [{ url: 'https://fox.example/rates', title: 'Central bank holds rates again', description: '', published: T0 - 30 * 60_000 }]);
    const after = await ask('todayStories', { limit: 50 });
    expect(after.stories.find((s) => s.id === 'rates')).toMatchObject({ outlets: 2, articles: 2, last: T0 - 30 * 60_000 });
    expect(reads.all).toBe(0);
    expect(reads.stories).toEqual(['rates']);
    // A setting that changes every digest reads the index once.
    await disabledSources.setValue(['reuters']);
    expect((await ask('todayStories', { limit: 50 })).stories.map((s) => [s.id, s.outlets])).toEqual([
      ['summit', 2],
      ['rates', 1],
    ]);
    expect(reads.all).toBe(1);
  });
});

describe('the story digests kept in the database', () => {
  const later = { url: 'https://fox.example/rates', title: 'Central bank holds rates again', description: '', published: T0 - 30 * 60_000 };
  const outletsOf = async (life: Awaited<ReturnType<typeof setUp>>) =>
    Object.fromEntries((await life.ask('todayStories', { limit: 50 })).stories.map((s) => [s.id, s.outlets]));

  it('let a worker that just started open the lists without reading an article', async () => {
    const first = await setUp(undefined, { keep: true });
    await first.store.ingest('fox', [later]);
    const next = await setUp(first.db, { keep: true, imported: true });
    expect(await outletsOf(next)).toEqual({ summit: 3, rates: 2 });
    expect(next.reads).toEqual({ all: 0, stories: [] });
    // Its own writes keep them current for the worker after it.
    await next.store.remove([later.url]);
    const third = await setUp(first.db, { keep: true, imported: true });
    expect(await outletsOf(third)).toEqual({ summit: 3, rates: 1 });
    expect(third.reads.all).toBe(0);
  });

  it('are not trusted once the index changed without them, nor under other settings', async () => {
    const first = await setUp(undefined, { keep: true });
    // A write the digests did not follow (their save failed, say).
    await createIndexStore(first.db, () => T0).ingest('fox', [later]);
    const next = await setUp(first.db, { keep: true, imported: true });
    expect(await outletsOf(next)).toEqual({ summit: 3, rates: 2 });
    expect(next.reads.all).toBe(1);
    await disabledSources.setValue(['fox']);
    const third = await setUp(first.db, { keep: true, imported: true });
    expect(await outletsOf(third)).toEqual({ summit: 2, rates: 1 });
    expect(third.reads.all).toBe(1);
  });
});
