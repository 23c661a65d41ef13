/// <reference types="chrome" />
/**
 * Faults the index must survive in Chromium: the service worker stopped (DevTools protocol) in
 * the middle of a refresh and of an import, and IndexedDB's quota running out during a refresh.
 * Feeds are served slowly by the demo site so a refresh can be interrupted half-way.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
/** In the URL of every item of round `n` of the served feeds (rssFeed). */
const round = (n: number) => `-r${n}n`;
let demo: DemoSession;
/**
 * The browser profile lives on a 96 MB tmpfs when this machine lets us mount one (CI runs as
 * root), so the disk can be filled for real: Chromium then fails IndexedDB writes with
 * QuotaExceededError. (DevTools' Storage.overrideQuotaForOrigin does not apply to an
 * extension's origin in Chromium 156.) Elsewhere the quota test is skipped.
 */
const disk = mountSmallDisk();
function mountSmallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}
let ext: Page;
let outlets: Catalog['outlets'];
const files = new Map<string, ServedFile>();
const titles = headlines(SOURCES * ITEMS * 2);

/** Serves every source's feed, `n` choosing which headlines (new URLs each round), slowly. */
function serveFeeds(n: number, delayMs: number) {
  outlets.forEach((o, i) => {
    const start = (n * SOURCES + i) * ITEMS;
    files.set(o.feeds[0], { body: rssFeed(o.domains[0], titles.slice(start, start + ITEMS), `r${n}n`), contentType: 'application/rss+xml', delayMs });
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
  // The demo site speaks HTTPS only.
  outlets = catalog.outlets.filter((o) => o.feeds[0]?.startsWith('https://') && o.domains[0]).slice(0, SOURCES);
  serveFeeds(0, 300);
  demo = await startDemo({ headless: true, files, userDataDir: disk && join(disk, 'profile') });
  ext = await demo.context.newPage();
  await ext.goto(`chrome-extension://${demo.extensionId}/about.html`);
  const keep = new Set(outlets.map((o) => o.id));
  await ext.evaluate(
    ([off]) => chrome.storage.local.set({ disabledSources: off, indexSettings: { refreshMinutes: 30, retentionDays: 30, blindspotThreshold: 0.2, indexUrl: '' } }),
    [catalog.outlets.map((o) => o.id).filter((id) => !keep.has(id))] as const,
  );
});
afterAll(async () => {
  await demo?.close();
  if (disk) {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});

describe('faults the index survives', () => {
  it('the worker stopped in the middle of a refresh: the index is whole, and the next refresh completes', async () => {
    expect(await demo.send('refreshNow', {})).toEqual({ started: true });
    const mid = await until('refresh half-way', status, (s) => (s.refreshing?.done ?? 0) >= 8);
    expect(mid.refreshing!.done).toBeLessThan(SOURCES);
    await stopWorker();
    const after = await checkIndex(ext, round(0));
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
    const whole = await checkIndex(ext, round(0));
    expect(whole.problems).toEqual([]);
    const health = (await demo.send('feedHealth', {})) as FeedHealthRow[];
    const short = outlets.filter((o) => whole.perOutlet[o.id] !== ITEMS).map((o) => `${o.id}: ${whole.perOutlet[o.id] ?? 0} (${health.find((h) => h.url === o.feeds[0])?.lastError})`);
    expect(short).toEqual([]);
    expect(done.articles).toBe(whole.articles);
  });

  it('the worker stopped in the middle of an import, at several moments: the old index or the new one, whole', async () => {
    const snapshot = (label: string, count: number) => {
      const articles: IndexedArticle[] = headlines(count).map((title, i) => ({
        url: `https://apnews.com/article/${label}-${i}`, outletId: outlets[i % SOURCES].id, title, description: '', published: Date.now() - i * 1000, storyId: `${label}-${Math.floor(i / 3)}`,
      }));
      return { count, text: JSON.stringify(makeSnapshot(label, articles)) };
    };
    // Uninterrupted, an import replaces the index; it says how long one takes.
    const first = snapshot('first', 10_000);
    const started = Date.now();
    expect(await demo.send('importIndex', { text: first.text })).toEqual({ ok: true, articles: first.count });
    const importMs = Date.now() - started;
    expect((await checkIndex(ext)).articles).toBe(first.count);

    // Another index of nearly the same size, then the first again, ..., each stopped at a moment
    // spread over that time (the write is the import's last part).
    const second = snapshot('second', 9_990);
    const outcomes: string[] = [];
    for (const [i, share] of [0.5, 0.7, 0.85, 0.95, 1.05].entries()) {
      const target = i % 2 === 0 ? second : first;
      const before = await checkIndex(ext);
      // Not awaited: the worker is stopped while it works.
      await ext.evaluate((t) => void chrome.runtime.sendMessage({ type: 'importIndex', payload: { text: t } }).catch(() => undefined), target.text);
      await new Promise((r) => setTimeout(r, Math.round(importMs * share)));
      await stopWorker();
      const after = await checkIndex(ext);
      expect(after.problems).toEqual([]);
      expect([before.articles, target.count]).toContain(after.articles);
      outcomes.push(`${share}: ${after.articles === target.count && before.articles !== target.count ? 'new' : 'old'}`);
    }
    console.log(JSON.stringify({ figure: 'worker stopped mid-import (share of an import\'s time: index found)', importMs, outcomes }));
    const done = await refreshToEnd();
    expect((await checkIndex(ext)).problems).toEqual([]);
    expect(done.lastRefresh).toBeGreaterThan(0);
  });

  it.skipIf(!disk)('IndexedDB full during a refresh: nothing committed is lost, the options page says why, and the next refresh completes', async () => {
    const before = await checkIndex(ext);
    // The disk fills up: a ballast file leaves the profile's small file system a few hundred KB,
    // room for a few sources' items, not for forty.
    const free = () => { const fs = statfsSync(disk!); return fs.bavail * fs.bsize; };
    writeFileSync(`${disk}/ballast`, Buffer.alloc(Math.max(0, free() - 400_000)));
    const usage = free();
    serveFeeds(1, 50);
    expect(await demo.send('refreshNow', {})).toEqual({ started: true });
    // While the disk is full the worker may not read the database at all; it says why either way.
    const said = await until('the reason given', () => status().then((st) => st.problem ?? '', (e: Error) => e.message), (why) => /Could not save the items/.test(why));
    console.log(JSON.stringify({ figure: 'disk full during a refresh', freeBytes: usage, said }));
    expect(said).toMatch(/Could not save the items: the browser(’s storage for Parallax is full| closed Parallax’s database, as it does when the disk is full)/);

    // The options page says why.
    const options = await demo.context.newPage();
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    await options.waitForSelector('[role="alert"]:has-text("Could not save the items")');
    await options.screenshot({ path: `${SHOTS}/options-storage-full.png`, fullPage: true });

    // Room again: the next refresh brings every source in and the reason goes away.
    rmSync(`${disk}/ballast`);
    // Nothing committed before was lost; a restarted worker reads the database again.
    await stopWorker();
    const after = await checkIndex(ext);
    expect(after.problems).toEqual([]);
    const kept = new Set(after.urls);
    expect(before.urls.filter((u) => !kept.has(u))).toEqual([]);
    expect((await status()).problem).toMatch(/Could not save the items/);
    expect((await refreshToEnd()).problem).toBeUndefined();
    const whole = await checkIndex(ext, round(1));
    expect(whole.problems).toEqual([]);
    expect(outlets.every((o) => whole.perOutlet[o.id] === ITEMS)).toBe(true);
    await options.close();
  });
});
