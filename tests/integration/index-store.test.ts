import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { withFullSpelling } from '../../utils/article/extract-article';
import { createDb } from '../../utils/db';
import type { ArticleMeta, IndexedArticle } from '../../utils/model';
import { makeSnapshot } from '../../utils/snapshot';
import { createIndexStore } from '../../utils/worker/index-store';

const T0 = Date.UTC(2023, 8, 18, 20);
const H = 3_600_000;
const fresh = () => createDb({ indexedDB: new IDBFactory(), IDBKeyRange });

const seed: IndexedArticle[] = [
  {
    url: 'https://apnews.com/article/blinken-han',
    outletId: 'ap',
    title: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    description: 'Secretary of State Antony Blinken met Chinese Vice President Han Zheng at the UN.',
    published: T0,
    storyId: 'blinken',
  },
  {
    url: 'https://reuters.com/world/blinken-han',
    outletId: 'reuters',
    title: "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
    description: 'Blinken met Han Zheng in New York.',
    published: T0 + H,
    storyId: 'blinken',
  },
  {
    url: 'https://example.com/rates',
    outletId: 'cnbc',
    title: 'Federal Reserve holds interest rates steady, signals one more hike',
    description: 'The Fed kept rates unchanged.',
    published: T0,
    storyId: 'fed',
  },
];
/** A page's article as the worker holds it: normalised on arrival. */
const page = (patch: Partial<ArticleMeta>): ArticleMeta => withFullSpelling({ title: '', canonicalUrl: '', outletDomain: 'wionews.com', ...patch });

describe('the local story index', () => {
  it('imports a snapshot, then matches a page by canonical URL and by its headline', async () => {
    const db = fresh();
    const store = createIndexStore(db, () => T0);
    await store.importSnapshot(makeSnapshot('Demo', seed), 'demo');
    expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
    expect((await store.meta())?.label).toBe('Demo');
    expect(await store.match(page({ canonicalUrl: 'https://www.reuters.com/world/blinken-han?utm_source=x', title: 'whatever' }))).toBe('blinken');
    const wion = page({
      canonicalUrl: 'https://www.wionews.com/world/blinken-han',
      title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting",
      publishedTime: new Date(T0 + 10 * H).toISOString(),
    });
    expect(await store.match(wion)).toBe('blinken');
    expect(
      await store.match(
        page({ canonicalUrl: 'https://x.com/a', title: 'Local bakery wins county fair pie contest', publishedTime: new Date(T0).toISOString() }),
      ),
    ).toBeNull();
  });

  it('resumes from the database after the worker restarts', async () => {
    const db = fresh();
    await createIndexStore(db, () => T0).importSnapshot(makeSnapshot('Demo', seed), 'demo');
    const restarted = createIndexStore(db, () => T0);
    const wion = page({
      canonicalUrl: 'https://wionews.com/x',
      title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting",
      publishedTime: new Date(T0 + 10 * H).toISOString(),
    });
    expect(await restarted.match(wion)).toBe('blinken');
  });

  it('ingests a source into existing stories and keeps the rows consistent', async () => {
    const db = fresh();
    const store = createIndexStore(db, () => T0 + 2 * H);
    await store.importSnapshot(makeSnapshot('Demo', seed), 'demo');
    const added = await store.ingest('wion', [
      {
        url: 'https://wionews.com/world/blinken-han',
        title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting",
        description: 'Blinken and Han Zheng met at the United Nations.',
        published: T0 + 3 * H,
      },
      { url: 'https://reuters.com/world/blinken-han', title: 'duplicate of a known URL', description: '', published: T0 },
    ]);
    expect(added).toBe(1);
    const story = await store.storyArticles('blinken');
    expect(story.map((a) => a.outletId).sort()).toEqual(['ap', 'reuters', 'wion']);
    const row = await db.stories.get('blinken');
    expect(row?.articles.map((a) => a.url).sort()).toEqual(story.map((a) => a.url).sort());
  });

  it('after many ingests that merge and split stories, every article row points at the story row that holds it', async () => {
    const rows = readFileSync('tests/fixtures/clusters/uci_sample.eval.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 1200)
      .map((l) => JSON.parse(l) as { title: string; url: string; published: string });
    const db = fresh();
    const store = createIndexStore(db, () => T0);
    for (let s = 0; s < 24; s++) {
      const items = rows
        .filter((_, i) => i % 24 === s)
        .map((r, i) => ({ url: `https://outlet-${s}.example/${i}`, title: r.title, description: '', published: Date.parse(r.published) }));
      await store.ingest(`outlet-${s}`, items);
    }
    const [articles, stories] = await Promise.all([db.articles.toArray(), db.stories.toArray()]);
    const holder = new Map(stories.flatMap((row) => row.articles.map((a) => [a.url, row.id] as const)));
    expect(articles).toHaveLength(1200);
    expect(holder.size).toBe(1200);
    expect(articles.filter((a) => holder.get(a.url) !== a.storyId).map((a) => a.url)).toEqual([]);
  });

  it('a failed import changes nothing', async () => {
    const db = fresh();
    const store = createIndexStore(db, () => T0);
    await store.importSnapshot(makeSnapshot('Demo', seed), 'demo');
    // Two articles with one URL violate the primary key inside the transaction.
    const broken = makeSnapshot('Broken', [seed[0], { ...seed[0], title: 'again' }]);
    await expect(store.importSnapshot(broken, 'import')).rejects.toThrow();
    expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
    expect((await store.meta())?.label).toBe('Demo');
  });

  it('a full disk during an ingest loses nothing, and the next ingest still works', async () => {
    const db = fresh();
    const store = createIndexStore(db, () => T0);
    await store.importSnapshot(makeSnapshot('Demo', seed), 'demo');
    const item = {
      url: 'https://wionews.com/world/blinken-han',
      title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting",
      description: '',
      published: T0 + 3 * H,
    };
    const bulkPut = db.stories.bulkPut.bind(db.stories);
    db.stories.bulkPut = (() => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))) as unknown as typeof db.stories.bulkPut;
    await expect(store.ingest('wion', [item])).rejects.toThrow(/disk is full/);
    expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
    expect(await db.articles.get(item.url)).toBeUndefined();
    expect((await db.stories.get('blinken'))?.articles).toHaveLength(2);

    db.stories.bulkPut = bulkPut;
    expect(await store.ingest('wion', [item])).toBe(1);
    expect((await db.articles.get(item.url))?.storyId).toBe('blinken');
    expect((await db.stories.get('blinken'))?.articles).toHaveLength(3);
  });

  it('retention drops old articles and their emptied stories, but keeps a fresh import for its period', async () => {
    const db = fresh();
    let now = T0;
    const store = createIndexStore(db, () => now);
    await store.importSnapshot(makeSnapshot('Old news', seed), 'import');
    now = T0 + 3 * 86_400_000;
    expect(await store.prune(7)).toBe(0);
    now = T0 + 8 * 86_400_000;
    expect(await store.prune(7)).toBe(3);
    expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
  });
});
