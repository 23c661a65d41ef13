/**
 * Hostile and broken feeds, end to end: the real fetcher (over a fake fetch) and the real
 * parser, driven by refreshFeeds. Each source must end with a clear error of its own or a
 * sane result, and the well-behaved source among them must still be saved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../utils/feeds/fetch-feed';
import { parseFeed } from '../../../utils/feeds/parse';
import { refreshFeeds, type FeedToRefresh, type FeedOutcome } from '../../../utils/feeds/refresh-feeds';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from '../../../utils/feeds/plain-text';
import type { FeedItem } from '../../../utils/feeds/types';
import { fakeFetch, hugeStream, neverEndingStream, responseOf } from './fake-fetch';

const T0 = Date.UTC(2024, 5, 1, 8, 0, 0);
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>${items}</channel></rss>`;
const LONG_WORD = 'A'.repeat(10_000);

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>Laughs</title>
  <item><title>&lol3;</title><link>https://laughs.example/1</link><guid>&lol3;</guid></item>
</channel></rss>`;

/** One big entity used thousands of times ("quadratic blowup"): refused. */
const QUADRATIC_BLOWUP = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(900)}">]>
<rss version="2.0"><channel><title>Blowup</title>
  <item><title>t</title><link>https://blowup.example/1</link><guid>${'&big;'.repeat(5_000)}</guid></item>
</channel></rss>`;

const huge = hugeStream(50 * 1024 * 1024);

/** Each hostile server, by host. */
const SERVERS: Record<string, () => Response | Promise<Response>> = {
  good: () =>
    responseOf(readFileSync(new URL('../../fixtures/feeds/guardian-us.rss', import.meta.url)), { headers: { 'Content-Type': 'application/rss+xml' } }),
  malformed: () => responseOf(rss('<item><title>Unclosed</titl><link>https://m.example/1</link></item>')),
  html: () => responseOf('<!DOCTYPE html><html><head><title>Welcome</title></head><body>Our news</body></html>', { headers: { 'Content-Type': 'text/html' } }),
  huge: () => responseOf(huge.stream),
  laughs: () => responseOf(BILLION_LAUGHS),
  blowup: () => responseOf(QUADRATIC_BLOWUP),
  endless: () => responseOf(neverEndingStream()),
  scripts: () =>
    responseOf(
      rss(`
      <item><title>&lt;script&gt;alert(1)&lt;/script&gt;Escaped script</title><link>https://s.example/1</link></item>
      <item><title><![CDATA[<script>alert(1)</script>CDATA <b>script</b>]]></title><link>https://s.example/2</link>
        <description><![CDATA[<img src=x onerror="alert(1)"><script>steal()</script>Body]]></description></item>
      <item><title>Script link, no guid</title><link>javascript:alert(1)</link></item>
      <item><title>Script link, real guid</title><link> JavaScript:alert(1)</link><guid>https://s.example/4</guid></item>
      <item><title>${LONG_WORD}</title><link>https://s.example/5</link><description>${LONG_WORD} ${LONG_WORD}</description></item>`),
    ),
  dupes: () =>
    responseOf(
      rss(`
      <item><title>First</title><link>https://d.example/1</link><guid isPermaLink="false">same</guid></item>
      <item><title>Repeat of first</title><link>https://d.example/1?utm=x</link><guid isPermaLink="false">same</guid></item>
      <item><title>Second</title><link>https://d.example/2</link><guid isPermaLink="false">other</guid></item>`),
    ),
  dates: () =>
    responseOf(
      rss(`
      <item><title>Old</title><link>https://t.example/1</link><pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>
      <item><title>Future</title><link>https://t.example/2</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
      <item><title>Fine</title><link>https://t.example/3</link><pubDate>Sat, 01 Jun 2024 06:00:00 GMT</pubDate></item>`),
    ),
  error500: () => responseOf('Internal Server Error', { status: 500 }),
  unchanged: () => responseOf(null, { status: 304 }),
  loop: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('redirect count exceeded') })),
};

async function runAll() {
  const fake = fakeFetch((url) => SERVERS[new URL(url).hostname.split('.')[0]]());
  const sources: FeedToRefresh[] = Object.keys(SERVERS).map((host) => ({ id: host, outletId: host, url: `https://${host}.example/feed` }));
  const saved = new Map<string, FeedItem[]>();
  const report = await refreshFeeds(
    sources,
    {
      fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch: fake.fetch }),
      parseFeed,
      save: async (id, items) => {
        saved.set(id, items);
      },
      health: { unchanged: { lastAttempt: null, lastSuccess: null, lastError: null, consecutiveFailures: 0, itemsSeen: 3, etag: '"e"', nextAllowed: 0 } },
      now: () => T0,
    },
    { concurrency: 4, fetch: { timeoutMs: 100 } },
  );
  const outcome = (id: string) => report.outcomes.find((o) => o.sourceId === id) as FeedOutcome;
  return { report, saved, outcome };
}

describe('hostile feeds, refreshed together', async () => {
  const { report, saved, outcome } = await runAll();

  it('still saves the well-behaved feed', () => {
    expect(outcome('good')).toEqual({ sourceId: 'good', status: 'saved', items: 55 });
    expect(report.health.good.lastError).toBeNull();
  });

  it.each([
    ['malformed', 'The feed is broken XML (the first error is on line 1)'],
    ['html', 'This is an HTML page, not a feed'],
    ['huge', 'The feed is larger than 5 MB'],
    ['blowup', 'The feed declares XML entities that expand too much; it was refused as unsafe'],
    ['endless', 'Timed out after 0.1 sec'],
    ['error500', 'The server answered 500 (server error)'],
    ['loop', 'Too many redirects'],
  ])('gives %s a clear error of its own and backs it off', (id, error) => {
    expect(outcome(id)).toEqual({ sourceId: id, status: 'failed', items: 0, error });
    expect(report.health[id]).toMatchObject({ lastError: error, consecutiveFailures: 1, nextAllowed: T0 + 30 * 60 * 1000 });
    expect(saved.has(id)).toBe(false);
  });

  it('reads the 50 MB response only a little past the cap', () => {
    expect(huge.pulled()).toBeLessThan(6 * 1024 * 1024);
    expect(huge.cancelled()).toBe(true);
  });

  it('counts a 304 as a success with nothing to save', () => {
    expect(outcome('unchanged')).toEqual({ sourceId: 'unchanged', status: 'not-modified', items: 0 });
    expect(report.health.unchanged).toMatchObject({ lastSuccess: T0, itemsSeen: 3, etag: '"e"' });
  });

  it('does not expand nested entities (billion laughs): the text stays short', () => {
    const items = saved.get('laughs') as FeedItem[];
    expect(items).toHaveLength(1);
    expect(items[0].title.length).toBeLessThan(20);
    expect((items[0].guid ?? '').length).toBeLessThan(20);
  });

  it('strips scripts and markup from titles, drops javascript: links, and caps long words', () => {
    const items = saved.get('scripts') as FeedItem[];
    expect(items.map((i) => [i.title.slice(0, 30), i.url])).toEqual([
      ['Escaped script', 'https://s.example/1'],
      ['CDATA script', 'https://s.example/2'],
      ['Script link, real guid', 'https://s.example/4'],
      ['A'.repeat(30), 'https://s.example/5'],
    ]);
    expect(items[1].description).toBe('Body');
    expect(items[3].title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(items[3].description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    for (const item of items) expect(`${item.title} ${item.description}`).not.toMatch(/script>|alert|steal|onerror/);
  });

  it('collapses duplicate guids', () => {
    expect(saved.get('dupes')?.map((i) => i.title)).toEqual(['First', 'Second']);
  });

  it('drops dates from 1900 and 2100, keeping the items', () => {
    expect(saved.get('dates')?.map((i) => [i.title, i.published])).toEqual([
      ['Old', null],
      ['Future', null],
      ['Fine', '2024-06-01T06:00:00.000Z'],
    ]);
  });
});
