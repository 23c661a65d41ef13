import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import type { FetchResult } from '../../../utils/feeds/fetch-feed';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../utils/feeds/health';
import { refreshFeeds, type RefreshDeps, type FeedToRefresh, type SaveMeta, type FeedHealthMap } from '../../../utils/feeds/refresh-feeds';
import type { FeedItem, ParsedFeed } from '../../../utils/feeds/types';

const T0 = Date.UTC(2024, 5, 1, 8, 0, 0);
const MIN = 60 * 1000;
const source = (id: string): FeedToRefresh => ({ id, outletId: `outlet-${id}`, url: `https://${id}.example/feed` });
const item = (n: number): FeedItem => ({ title: `Item ${n}`, url: `https://x.example/${n}`, published: null, description: '' });
const ok = (text: string, extra: Partial<Extract<FetchResult, { status: 'ok' }>> = {}): FetchResult => ({
  status: 'ok',
  body: new TextEncoder().encode(text),
  finalUrl: 'https://final.example/feed',
  ...extra,
});

/**
 * Deps whose fetch answers per URL from a table, whose parser turns a body "n" into n items
 * (and "bad" into a FeedError), and whose save records what it was given.
 */
function makeDeps(answers: Record<string, () => Promise<FetchResult>>, health: FeedHealthMap = {}, now = T0) {
  const saved: Array<{ sourceId: string; items: FeedItem[]; meta: SaveMeta }> = [];
  const fetched: Array<{ url: string; etag?: string; lastModified?: string }> = [];
  const progress: Array<[number, number]> = [];
  const deps: RefreshDeps = {
    fetchFeed: async (url, opts) => {
      fetched.push({ url, etag: opts.etag, lastModified: opts.lastModified });
      return answers[url]();
    },
    parseFeed: (body): ParsedFeed => {
      const text = new TextDecoder().decode(body);
      if (text === 'bad') throw new FeedError('feedError_html');
      return { title: 'Feed', items: Array.from({ length: Number(text) }, (_, i) => item(i)) };
    },
    save: async (sourceId, items, meta) => {
      saved.push({ sourceId, items, meta });
    },
    health,
    now: () => now,
    onProgress: (done, total) => progress.push([done, total]),
  };
  return { deps, saved, fetched, progress };
}

describe('refreshFeeds', () => {
  it('saves each source once with its items, and records its health', async () => {
    const { deps, saved, progress } = makeDeps({
      'https://a.example/feed': async () => ok('2', { etag: '"a1"', lastModified: 'Sat, 01 Jun 2024 07:00:00 GMT', contentType: 'application/rss+xml' }),
      'https://b.example/feed': async () => ok('3'),
    });
    const report = await refreshFeeds([source('a'), source('b')], deps);
    expect(saved.map((s) => [s.sourceId, s.items.length])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect(saved[0].meta).toEqual({ outletId: 'outlet-a', finalUrl: 'https://final.example/feed', feedTitle: 'Feed', fetchedAt: T0 });
    expect(report.health.a).toEqual({
      lastAttempt: T0,
      lastSuccess: T0,
      lastError: null,
      consecutiveFailures: 0,
      itemsSeen: 2,
      etag: '"a1"',
      lastModified: 'Sat, 01 Jun 2024 07:00:00 GMT',
      nextAllowed: T0,
    });
    expect(report.outcomes).toEqual([
      { sourceId: 'a', status: 'saved', items: 2 },
      { sourceId: 'b', status: 'saved', items: 3 },
    ]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('sends the stored validators and counts a 304 as a success with no items', async () => {
    const health: FeedHealthMap = {
      a: {
        lastAttempt: T0 - 60 * MIN,
        lastSuccess: T0 - 60 * MIN,
        lastError: null,
        consecutiveFailures: 0,
        itemsSeen: 7,
        etag: '"v1"',
        lastModified: 'x',
        nextAllowed: 0,
      },
    };
    const { deps, saved, fetched } = makeDeps({ 'https://a.example/feed': async () => ({ status: 'not-modified' }) }, health);
    const report = await refreshFeeds([source('a')], deps);
    expect(fetched).toEqual([{ url: 'https://a.example/feed', etag: '"v1"', lastModified: 'x' }]);
    expect(saved).toEqual([]);
    expect(report.outcomes).toEqual([{ sourceId: 'a', status: 'not-modified', items: 0 }]);
    expect(report.health.a).toMatchObject({ lastSuccess: T0, itemsSeen: 7, etag: '"v1"', consecutiveFailures: 0 });
  });

  it('keeps going when sources fail at fetch, parse or save, each with its own error', async () => {
    const { deps, saved } = makeDeps({
      'https://down.example/feed': async () => {
        throw new FeedError('feedError_http500');
      },
      'https://html.example/feed': async () => ok('bad'),
      'https://bug.example/feed': async () => {
        throw new RangeError('boom');
      },
      'https://good.example/feed': async () => ok('1'),
      'https://nosave.example/feed': async () => ok('4', { etag: '"new"' }),
    });
    const failingSave = deps.save;
    deps.save = async (id, items, meta) => {
      if (id === 'nosave') throw new Error('QuotaExceededError');
      return failingSave(id, items, meta);
    };
    const report = await refreshFeeds(['down', 'html', 'bug', 'good', 'nosave'].map(source), deps, { concurrency: 2 });
    expect(report.outcomes).toEqual([
      { sourceId: 'down', status: 'failed', items: 0, error: 'The server answered 500 (server error)' },
      { sourceId: 'html', status: 'failed', items: 0, error: 'This is an HTML page, not a feed' },
      { sourceId: 'bug', status: 'failed', items: 0, error: 'Could not read the feed (boom)' },
      { sourceId: 'good', status: 'saved', items: 1 },
      { sourceId: 'nosave', status: 'failed', items: 0, error: 'Could not save the items (QuotaExceededError)' },
    ]);
    expect(saved.map((s) => s.sourceId)).toEqual(['good']);
    // The validators of a download that was not saved are not kept: the next fetch is full.
    expect(report.health.nosave.etag).toBeUndefined();
    expect(report.health.down).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'The server answered 500 (server error)',
      nextAllowed: T0 + 30 * MIN,
      lastSuccess: null,
    });
  });

  it('backs a failing source off (30 min doubling up to 24 h) and resets on success', async () => {
    let health: FeedHealthMap = {};
    let now = T0;
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const { deps } = makeDeps({ 'https://a.example/feed': () => Promise.reject(new FeedError('feedError_unreachable')) }, health, now);
      health = (await refreshFeeds([source('a')], deps)).health;
      waits.push(health.a.nextAllowed - now);
      now = health.a.nextAllowed;
    }
    expect(waits.map((ms) => ms / MIN)).toEqual([30, 60, 120, 240, 480, 960, 1440, 1440]);
    const { deps } = makeDeps({ 'https://a.example/feed': async () => ok('1') }, health, now);
    health = (await refreshFeeds([source('a')], deps)).health;
    expect(health.a).toMatchObject({ consecutiveFailures: 0, lastError: null, nextAllowed: now });
  });

  it('skips sources still backing off, unless forced', async () => {
    const health: FeedHealthMap = {
      a: { lastAttempt: T0, lastSuccess: null, lastError: 'x', consecutiveFailures: 1, itemsSeen: 0, nextAllowed: T0 + 30 * MIN },
    };
    const answers = { 'https://a.example/feed': async () => ok('1'), 'https://b.example/feed': async () => ok('1') };
    const first = makeDeps(answers, health);
    const report = await refreshFeeds([source('a'), source('b')], first.deps);
    expect(report.outcomes.map((o) => o.status)).toEqual(['skipped', 'saved']);
    expect(report.health.a).toBe(health.a);
    expect(first.progress).toEqual([[1, 1]]);

    const forced = makeDeps(answers, health);
    expect((await refreshFeeds([source('a')], forced.deps, { force: true })).outcomes[0].status).toBe('saved');
  });

  it('never runs more fetches at once than the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = async (): Promise<FetchResult> => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return ok('1');
    };
    const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const { deps, saved } = makeDeps(Object.fromEntries(ids.map((id) => [`https://${id}.example/feed`, slow])));
    await refreshFeeds(ids.map(source), deps, { concurrency: 3 });
    expect(peak).toBe(3);
    expect(saved).toHaveLength(10);
  });

  it('refreshes a duplicated source once and leaves the input health untouched', async () => {
    const health: FeedHealthMap = {};
    const { deps, fetched } = makeDeps({ 'https://a.example/feed': async () => ok('1') }, health);
    const report = await refreshFeeds([source('a'), source('a')], deps);
    expect(fetched).toHaveLength(1);
    expect(report.outcomes).toHaveLength(1);
    expect(health).toEqual({});
  });

  it('survives a progress callback that throws', async () => {
    const { deps, saved } = makeDeps({ 'https://a.example/feed': async () => ok('1'), 'https://b.example/feed': async () => ok('1') });
    deps.onProgress = () => {
      throw new Error('display gone');
    };
    await refreshFeeds([source('a'), source('b')], deps, { concurrency: 1 });
    expect(saved).toHaveLength(2);
  });
});

describe('backoffDelay', () => {
  it.each([
    [0, 0],
    [1, BACKOFF_BASE_MS],
    [2, 2 * BACKOFF_BASE_MS],
    [6, 32 * BACKOFF_BASE_MS],
    [7, BACKOFF_MAX_MS],
    [10_000, BACKOFF_MAX_MS],
  ])('after %i failures waits %i ms', (failures, wait) => {
    expect(backoffDelay(failures)).toBe(wait);
  });
});
