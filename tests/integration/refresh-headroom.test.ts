import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb } from '../../utils/db';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import type { Catalog, Outlet } from '../../utils/model';
import { newsOutlet } from '../fixtures/news-outlets';
import { DEFAULT_INDEX_SETTINGS } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { HEADROOM_BYTES, hasRoom, headroomGuard, type DiskProbe } from '../../utils/worker/disk-headroom';
import { handlersUnderTest } from './handlers-under-test';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRefreshController } from '../../utils/worker/refresh-controller';

const NOW = Date.UTC(2026, 10, 28, 12);
const MB = 1024 * 1024;
const outlet = (id: string): Outlet => newsOutlet(id, id, `${id}.com`, { feeds: [`https://${id}.com/rss`] });
/** `count` items, each with a 300-character title and a 500-character description (the parser's caps). */
const feed = (id: string, count = 1) => {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `<item><title>${`Senate passes the bill in ${id} ${n} `.padEnd(300, 'x')}</title><link>https://${id}.com/a/${n}</link><description>${'y'.repeat(500)}</description><pubDate>${new Date(NOW - 3_600_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${id}</title>${items.join('')}</channel></rss>`;
};

/** A disk with `free` bytes (shrinking as the index is written), and a quota estimate of `quotaLeft`. */
function fakeDisk(free: number, quotaLeft = 1024 * MB) {
  const disk = {
    free,
    writes: [] as number[],
    probe: {
      estimate: async () => ({ quota: quotaLeft + 10 * MB, usage: 10 * MB }),
      async write(bytes: number) {
        disk.writes.push(bytes);
        if (bytes > disk.free) throw new DOMException('', 'QuotaExceededError');
      },
    } satisfies DiskProbe,
  };
  return disk;
}

function setUp(disk: ReturnType<typeof fakeDisk>, names: string[], items = 1) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  let problem: string | null = null;
  const ingested: string[] = [];
  const controller = createRefreshController({
    db,
    store: {
      ...store,
      ingest: (outletId, items, lang) => {
        ingested.push(outletId);
        disk.free -= 2 * MB;
        return store.ingest(outletId, items, lang);
      },
    },
    enabledOutlets: async () => names.map(outlet),
    settings: async () => DEFAULT_INDEX_SETTINGS,
    fetchFeed: (url, opts) =>
      fetchFeed(url, {
        ...opts,
        fetch: (async (u: string) =>
          new Response(feed(new URL(u).hostname.split('.')[0], items), { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch,
      }),
    progress: { get: async () => null, set: async () => undefined },
    problem: { get: async () => problem, set: async (m) => void (problem = m) },
    now: () => NOW,
    disk: disk.probe,
  });
  return { db, store, controller, ingested };
}

beforeEach(() => fakeBrowser.reset());

describe('the free-space margin', () => {
  it('is missing when the estimate leaves less than the margin, without a probe write', async () => {
    const disk = fakeDisk(1024 * MB, HEADROOM_BYTES - 1);
    expect(await hasRoom(disk.probe)).toBe(false);
    expect(disk.writes).toEqual([]);
  });

  it('is missing when the estimate says plenty but a probe write of the margin fails (a full disk)', async () => {
    const disk = fakeDisk(HEADROOM_BYTES - 1);
    expect(await hasRoom(disk.probe)).toBe(false);
    expect(disk.writes).toEqual([HEADROOM_BYTES]);
    expect(await hasRoom(fakeDisk(HEADROOM_BYTES + 5).probe, 5)).toBe(true);
    expect(await hasRoom(fakeDisk(HEADROOM_BYTES + 5).probe, 6)).toBe(false);
  });

  it('is probed again once the writes since the last probe could have used half of it', async () => {
    const disk = fakeDisk(1024 * MB);
    const room = headroomGuard(disk.probe);
    await room(0);
    await room(MB);
    await room(MB);
    expect(disk.writes).toEqual([HEADROOM_BYTES]);
    await room(HEADROOM_BYTES / 2);
    expect(disk.writes).toEqual([HEADROOM_BYTES, HEADROOM_BYTES + HEADROOM_BYTES / 2]);
    disk.free = 0;
    await expect(room(HEADROOM_BYTES)).rejects.toMatchObject({ name: 'QuotaExceededError' });
  });
});

describe('a refresh on a nearly full disk', () => {
  it('writes nothing, leaves the committed index as it was and says the storage is full', async () => {
    const disk = fakeDisk(1024 * MB);
    const { db, store, controller, ingested } = setUp(disk, ['alpha', 'beta']);
    await controller.run();
    const committed = await store.urls();
    const feeds = await db.feeds.toArray();
    const meta = await store.meta();
    disk.free = HEADROOM_BYTES - 1;
    ingested.length = 0;
    await expect(controller.run(true)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(ingested).toEqual([]);
    expect(await store.urls()).toEqual(committed);
    expect(await db.feeds.toArray()).toEqual(feeds);
    expect(await store.meta()).toEqual(meta);
    expect(await controller.problem()).toMatch(/^Could not save the items: the browser’s storage for Parallax is full/);
  });

  it('stops saving when the margin runs out part way, and writes no feed health after it', async () => {
    // Each source brings 800 items, ~700 KB of text (~2.1 MB reckoned with its indexes), and takes 2 MB of the
    // disk: after the first, the writes since the probe pass half the margin and the probe of
    // margin + 2.1 MB no longer fits.
    const disk = fakeDisk(HEADROOM_BYTES + 3 * MB);
    const names = Array.from({ length: 8 }, (_, i) => `s${i}`);
    const { db, store, controller, ingested } = setUp(disk, names, 800);
    await expect(controller.run()).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(ingested).toHaveLength(1);
    expect((await store.urls()).length).toBe(800);
    expect(disk.writes).toEqual([HEADROOM_BYTES, ...Array(7).fill(expect.any(Number))]);
    expect(await db.feeds.count()).toBe(0);
    expect(await controller.problem()).toMatch(/storage for Parallax is full/);
  });
});

it('an import on a nearly full disk writes nothing and says the storage is full', async () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  const article = { url: 'https://alpha.com/a/1', outletId: 'alpha', title: 'Senate passes the bill', description: '', published: NOW, storyId: 's' };
  await store.importSnapshot(makeSnapshot('Kept', [article]), 'import');
  const disk = fakeDisk(HEADROOM_BYTES);
  const catalog: Catalog = { version: 1, generated: '2026-11-28', ratingSources: [], outlets: [outlet('alpha')] };
  const { handlers } = handlersUnderTest(db, catalog, NOW, { store, disk: disk.probe });
  const text = JSON.stringify(makeSnapshot('New', [{ ...article, url: 'https://alpha.com/a/2' }]));
  const reply = await handlers.importIndex({ text }, {} as never);
  expect(reply).toEqual({ ok: false, error: expect.stringMatching(/storage for Parallax is full/) });
  expect(await store.urls()).toEqual(['https://alpha.com/a/1']);
  expect((await store.meta())?.label).toBe('Kept');
  disk.free = 1024 * MB;
  expect(await handlers.importIndex({ text }, {} as never)).toEqual({ ok: true, articles: 1 });
});
