/// <reference types="chrome" />
/**
 * Faults the index must survive in Chromium: the service worker stopped (DevTools protocol) in
 * the middle of a refresh and of an import, and IndexedDB's quota running out during a refresh.
 * Feeds are served slowly by the demo site so a refresh can be interrupted half-way.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedHealthRow } from '../../utils/db';
import type { Catalog, IndexedArticle } from '../../utils/model';
import { makeSnapshot } from '../../utils/snapshot';
import type { IndexStatus } from '../../utils/views';
import type { ServedFile } from '../../scripts/demo/site';
import { readBuilt, startDemo, type DemoSession } from '../../scripts/demo/session';
import { checkIndex, headlines, rssFeed } from './support/index-check';

const SOURCES = 40;
const ITEMS = 50;
const SHOTS = 'test-results/screenshots';
let demo: DemoSession;
let ext: Page;
let outlets: Catalog['outlets'];
const files = new Map<string, ServedFile>();
const titles = headlines(SOURCES * ITEMS * 2);

/** Serves every source's feed, `round` choosing which headlines (new URLs each round), slowly. */
function serveFeeds(round: number, delayMs: number) {
  outlets.forEach((o, i) => {
    const start = (round * SOURCES + i) * ITEMS;
    files.set(o.feeds[0], { body: rssFeed(o.domains[0], titles.slice(start, start + ITEMS).map((t) => `${t} (${round})`)), contentType: 'application/rss+xml', delayMs });
  });
}

const status = () => demo.send('indexStatus', {}) as Promise<IndexStatus>;
async function until<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not reached in ${ms} ms (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops every service worker of the browser, as Chromium does to an idle one, and waits for it. */
async function stopWorker() {
  const cdp = await demo.context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function refreshToEnd(): Promise<IndexStatus> {
  const before = (await status()).lastRefresh ?? 0;
  expect(await demo.send('refreshNow', {})).toEqual({ started: true });
  return until('refresh finished', status, (s) => !s.refreshing && (s.lastRefresh ?? 0) > before, 90_000);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const catalog = readBuilt<Catalog>('catalog.json');
  outlets = catalog.outlets.filter((o) => o.feeds[0] && o.domains[0]).slice(0, SOURCES);
  serveFeeds(0, 300);
  demo = await startDemo({ headless: true, files });
  ext = await demo.context.newPage();
  await ext.goto(`chrome-extension://${demo.extensionId}/about.html`);
  const keep = new Set(outlets.map((o) => o.id));
  await ext.evaluate(
    ([off]) => chrome.storage.local.set({ disabledSources: off, indexSettings: { refreshMinutes: 30, retentionDays: 30, blindspotThreshold: 0.2, indexUrl: '' } }),
    [catalog.outlets.map((o) => o.id).filter((id) => !keep.has(id))] as const,
  );
});
afterAll(() => demo?.close());

describe('faults the index survives', () => {
  it('the worker stopped in the middle of a refresh: the index is whole, and the next refresh completes', async () => {
    expect(await demo.send('refreshNow', {})).toEqual({ started: true });
    const mid = await until('refresh half-way', status, (s) => (s.refreshing?.done ?? 0) >= 8);
    expect(mid.refreshing!.done).toBeLessThan(SOURCES);
    await stopWorker();
    const after = await checkIndex(ext);
    expect(after.problems).toEqual([]);
    // Each source is one transaction: all of its items or none.
    const saved = outlets.filter((o) => after.perOutlet[o.id] === ITEMS).length;
    expect(outlets.every((o) => [undefined, ITEMS].includes(after.perOutlet[o.id]))).toBe(true);
    expect(saved).toBeGreaterThanOrEqual(4);
    expect(saved).toBeLessThan(SOURCES);
    console.log(JSON.stringify({ figure: 'worker stopped mid-refresh', sourcesSaved: saved, of: SOURCES, articles: after.articles, stories: after.stories }));

    // The restarted worker shows no refresh running, and a new refresh brings every source in.
    expect((await status()).refreshing).toBeUndefined();
    const done = await refreshToEnd();
    const whole = await checkIndex(ext);
    expect(whole.problems).toEqual([]);
    expect(outlets.every((o) => whole.perOutlet[o.id] === ITEMS)).toBe(true);
    expect(done.articles).toBe(whole.articles);
  });

  it('the worker stopped in the middle of an import, at several moments: the old index or the new one, whole', async () => {
    const lines = headlines(30_000);
    const articles: IndexedArticle[] = lines.map((title, i) => ({
      url: `https://apnews.com/article/import-${i}`, outletId: outlets[i % SOURCES].id, title, description: '', published: Date.now() - i * 1000, storyId: `import-${Math.floor(i / 3)}`,
    }));
    const text = JSON.stringify(makeSnapshot('Imported test index', articles));
    const outcomes: string[] = [];
    for (const waitMs of [100, 400, 900, 1600]) {
      const before = await checkIndex(ext);
      // Not awaited: the worker is stopped while it works.
      await ext.evaluate((t) => void chrome.runtime.sendMessage({ type: 'importIndex', payload: { text: t } }).catch(() => undefined), text);
      await new Promise((r) => setTimeout(r, waitMs));
      await stopWorker();
      const after = await checkIndex(ext);
      expect(after.problems).toEqual([]);
      expect([before.articles, articles.length]).toContain(after.articles);
      outcomes.push(`${waitMs} ms: ${after.articles === articles.length && before.articles !== articles.length ? 'new index' : 'old index'} (${after.articles} articles)`);
    }
    console.log(JSON.stringify({ figure: 'worker stopped mid-import', outcomes }));
    const done = await refreshToEnd();
    expect((await checkIndex(ext)).problems).toEqual([]);
    expect(done.lastRefresh).toBeGreaterThan(0);
  });
});
