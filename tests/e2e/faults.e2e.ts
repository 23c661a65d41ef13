/// <reference types="chrome" />
/**
 * Faults the index must survive in Chromium: the service worker stopped (DevTools protocol) in
 * the middle of a refresh and of an import (a full disk: faults-disk-full.e2e.ts).
 * Feeds are served slowly by the demo site so a refresh can be interrupted half-way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedHealthRow } from '../../utils/db';
import type { IndexedArticle } from '../../utils/model';
import { makeSnapshot } from '../../utils/snapshot';
import { startFaultSession, round, until, type FaultSession } from './support/fault-session';
import { checkIndex, headlines } from './support/index-check';

const SOURCES = 40;
const ITEMS = 50;
let f: FaultSession;

beforeAll(async () => {
  f = await startFaultSession({ sources: SOURCES, items: ITEMS, delayMs: 300 });
});
afterAll(() => f?.demo.close());

describe('faults the index survives', () => {
  it('the worker stopped in the middle of a refresh: the index is whole, and the next refresh completes', async () => {
    expect(await f.demo.send('refreshNow', {})).toEqual({ started: true });
    const mid = await until('refresh half-way', f.status, (s) => (s.refreshing?.done ?? 0) >= 8);
    expect(mid.refreshing!.done).toBeLessThan(SOURCES);
    await f.stopWorker();
    const after = await checkIndex(f.ext, round(0));
    expect(after.problems).toEqual([]);
    // Each source is one transaction: all of its items or none.
    const saved = f.outlets.filter((o) => after.perOutlet[o.id] === ITEMS).length;
    expect(f.outlets.every((o) => [undefined, ITEMS].includes(after.perOutlet[o.id]))).toBe(true);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(SOURCES);
    console.log(JSON.stringify({ figure: 'worker stopped mid-refresh', sourcesSaved: saved, of: SOURCES, articles: after.articles, stories: after.stories }));

    // The restarted worker shows no refresh running, and a new refresh brings every source in.
    expect((await f.status()).refreshing).toBeUndefined();
    const done = await f.refreshToEnd();
    const whole = await checkIndex(f.ext, round(0));
    expect(whole.problems).toEqual([]);
    const health = (await f.demo.send('feedHealth', {})) as FeedHealthRow[];
    const short = f.outlets
      .filter((o) => whole.perOutlet[o.id] !== ITEMS)
      .map((o) => `${o.id}: ${whole.perOutlet[o.id] ?? 0} (${health.find((h) => h.url === o.feeds[0])?.lastError})`);
    expect(short).toEqual([]);
    expect(done.articles).toBe(whole.articles);
  });

  it('the worker stopped in the middle of an import, at several moments: the old index or the new one, whole', async () => {
    const snapshot = (label: string, count: number) => {
      const articles: IndexedArticle[] = headlines(count).map((title, i) => ({
        url: `https://apnews.com/article/${label}-${i}`,
        outletId: f.outlets[i % SOURCES].id,
        title,
        description: '',
        published: Date.now() - i * 1000,
        storyId: `${label}-${Math.floor(i / 3)}`,
      }));
      return { count, text: JSON.stringify(makeSnapshot(label, articles)) };
    };
    // Uninterrupted, an import replaces the index; it says how long one takes.
    const first = snapshot('first', 10_000);
    const started = Date.now();
    expect(await f.demo.send('importIndex', { text: first.text })).toEqual({ ok: true, articles: first.count });
    const importMs = Date.now() - started;
    expect((await checkIndex(f.ext)).articles).toBe(first.count);

    // Another index of nearly the same size, then the first again, ..., each stopped at a moment
    // spread over that time (the write is the import's last part).
    const second = snapshot('second', 9_990);
    const outcomes: string[] = [];
    for (const [i, share] of [0.5, 0.7, 0.85, 0.95, 1.05].entries()) {
      const target = i % 2 === 0 ? second : first;
      const before = await checkIndex(f.ext);
      // Not awaited: the worker is stopped while it works.
      await f.ext.evaluate((t) => void chrome.runtime.sendMessage({ type: 'importIndex', payload: { text: t } }).catch(() => undefined), target.text);
      await new Promise((r) => setTimeout(r, Math.round(importMs * share)));
      await f.stopWorker();
      const after = await checkIndex(f.ext);
      expect(after.problems).toEqual([]);
      expect([before.articles, target.count]).toContain(after.articles);
      outcomes.push(`${share}: ${after.articles === target.count && before.articles !== target.count ? 'new' : 'old'}`);
    }
    console.log(JSON.stringify({ figure: "worker stopped mid-import (share of an import's time: index found)", importMs, outcomes }));
    const done = await f.refreshToEnd();
    expect((await checkIndex(f.ext)).problems).toEqual([]);
    expect(done.lastRefresh).toBeGreaterThan(0);
  });
});
