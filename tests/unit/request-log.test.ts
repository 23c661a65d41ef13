import { describe, expect, it } from 'vitest';
import { checkRequests, countRequests, type RecordedRequest } from '../../scripts/demo/request-log';

const visited = [{ url: 'https://apnews.com/article/blinken-china-han-zheng', headline: 'Blinken meets Chinese VP Han at UN' }];
const rule = { allowedHosts: new Set(['feeds.npr.org', 'index.example.org']), visited };
const req = (url: string, extra: Partial<RecordedRequest> = {}): RecordedRequest => ({ context: 'service worker', url, method: 'GET', headers: {}, ...extra });

describe('checkRequests', () => {
  it('passes feed fetches, the index URL, package files and the reader’s own navigations', () => {
    const log = [
      req('https://feeds.npr.org/1001/rss.xml', { headers: { 'if-none-match': '"abc"' } }),
      req('https://index.example.org/parallax.json'),
      req('chrome-extension://abcdef/catalog.json', { context: 'popup' }),
      req('https://apnews.com/article/blinken-china-han-zheng', { context: 'browsing' }),
    ];
    expect(checkRequests(log, rule)).toEqual([]);
  });

  it.each([
    ['a host outside the allowed ones', req('https://tracker.example/collect'), /host tracker\.example/],
    ['a content script’s fetch to the page’s own host', req('https://apnews.com/x', { context: 'page' }), /host apnews\.com/],
    ['the visited URL in a query, encoded', req(`https://feeds.npr.org/rss?ref=${encodeURIComponent(visited[0].url)}`), /carries the visited URL/],
    ['the visited URL without its scheme', req('https://feeds.npr.org/rss?ref=apnews.com/article/blinken-china-han-zheng'), /carries the visited URL/],
    ['the page’s path', req('https://feeds.npr.org/article/blinken-china-han-zheng'), /carries the path/],
    [
      'the headline, form-encoded, in a body',
      req('https://feeds.npr.org/q', { method: 'POST', body: 'q=Blinken+meets+Chinese+VP+Han+at+UN' }),
      /carries the headline/,
    ],
    [
      'the headline in a header, in other case',
      req('https://feeds.npr.org/q', { headers: { 'x-title': 'blinken meets chinese vp han at un' } }),
      /carries the headline/,
    ],
  ])('flags %s', (_name, request, reason) => {
    const found = checkRequests([request], rule);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toMatch(reason);
  });

  it('flags a request that both goes elsewhere and carries the page', () => {
    const found = checkRequests([req(`https://tracker.example/c?u=${encodeURIComponent(visited[0].url)}`, { context: 'page' })], rule);
    expect(found.map((v) => v.reason)).toEqual([expect.stringMatching(/^host/), expect.stringMatching(/^carries/)]);
  });
});

describe('countRequests', () => {
  it('counts per context and host, package files together', () => {
    const log = [
      req('https://feeds.npr.org/a'),
      req('https://feeds.npr.org/b'),
      req('chrome-extension://x/a.js', { context: 'popup' }),
      req('chrome-extension://x/b.js', { context: 'popup' }),
    ];
    expect(countRequests(log)).toEqual({ 'service worker': { 'feeds.npr.org': 2 }, popup: { '(package)': 2 } });
  });
});
