/// <reference types="chrome" />
/**
 * A demo session for the fault tests: `sources` catalog outlets kept on (all others off), each
 * with a feed of `items` real headlines served by the demo site, as slowly as a test asks, and
 * the helpers to drive refreshes and stop the worker.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Catalog } from '../../../utils/model';
import type { IndexStatus } from '../../../utils/views';
import type { ServedFile } from '../../../scripts/demo/site';
import { readBuilt, startDemo, type DemoSession } from '../../../scripts/demo/session';
import { headlines, rssFeed } from './index-check';

/** In the URL of every item of round `n` of the served feeds. */
export const round = (n: number) => `-r${n}n`;

/** Polls `read` until `done`; fails with `what` and the last value after `ms`. */
export async function until<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not reached in ${ms} ms (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startFaultSession(opts: { sources: number; items: number; delayMs: number; userDataDir?: string }) {
  const catalog = readBuilt<Catalog>('catalog.json');
  // The demo site speaks HTTPS only.
  const outlets = catalog.outlets.filter((o) => o.feeds[0]?.startsWith('https://') && o.domains[0]).slice(0, opts.sources);
  const titles = headlines(opts.sources * opts.items * 2);
  const files = new Map<string, ServedFile>();
  /** Serves every source's feed, `n` choosing which headlines (new URLs each round). */
  const serveFeeds = (n: number, delayMs: number) =>
    outlets.forEach((o, i) => {
      const start = (n * opts.sources + i) * opts.items;
      files.set(o.feeds[0], { body: rssFeed(o.domains[0], titles.slice(start, start + opts.items), `r${n}n`), contentType: 'application/rss+xml', delayMs });
    });
  serveFeeds(0, opts.delayMs);
  const demo: DemoSession = await startDemo({ headless: true, files, userDataDir: opts.userDataDir });
  const ext: Page = await demo.context.newPage();
  await ext.goto(`chrome-extension://${demo.extensionId}/about.html`);
  const keep = new Set(outlets.map((o) => o.id));
  await ext.evaluate(
    ([off]) =>
      chrome.storage.local.set({ disabledSources: off, indexSettings: { refreshMinutes: 30, retentionDays: 30, blindspotThreshold: 0.2, indexUrl: '' } }),
    [catalog.outlets.map((o) => o.id).filter((id) => !keep.has(id))] as const,
  );
  const status = () => demo.send('indexStatus', {}) as Promise<IndexStatus>;
  return {
    demo,
    ext,
    outlets,
    serveFeeds,
    status,
    /** Stops every service worker of the browser, as Chromium does to an idle one. */
    async stopWorker() {
      const cdp = await demo.context.newCDPSession(ext);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    /** Starts a refresh and waits for it to finish. */
    async refreshToEnd(): Promise<IndexStatus> {
      const before = (await status()).lastRefresh ?? 0;
      expect(await demo.send('refreshNow', {})).toEqual({ started: true });
      return until('refresh finished', status, (s) => !s.refreshing && (s.lastRefresh ?? 0) > before, 90_000);
    },
  };
}

export type FaultSession = Awaited<ReturnType<typeof startFaultSession>>;
