import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAccess, feedOrigins, grantChecker, originsFor, originsToRelease, scriptingRegistry, siteOrigins } from '../../../utils/access';
import type { Catalog } from '../../../utils/model';
import { fakePermissions, fakeScripting, outlet } from './fakes';

describe('the hosts a choice of sources needs', () => {
  const outlets = [
    outlet('apnews', { domains: ['apnews.com'], feeds: ['https://feeds.apnews.com/rss/world', 'not a url', 'ftp://apnews.com/x'] }),
    outlet('bbc', { domains: ['bbc.co.uk', 'bbc.com'], feeds: ['https://feeds.bbci.co.uk/news/rss.xml', 'http://www.bbc.co.uk/feed'] }),
    outlet('reuters', { domains: ['reuters.com'], feeds: [] }),
  ];

  it('asks for each outlet’s sites with their subdomains, over http and https', () => {
    expect(siteOrigins(outlets)).toEqual(['*://*.apnews.com/*', '*://*.bbc.co.uk/*', '*://*.bbc.com/*', '*://*.reuters.com/*']);
  });

  it('leaves out a site another outlet’s domain already covers', () => {
    const nested = [outlet('cnn', { domains: ['cnn.com'] }), outlet('y', { domains: ['edition.cnn.com', 'folha.uol.com.br'] })];
    expect(siteOrigins(nested)).toEqual(['*://*.cnn.com/*', '*://*.folha.uol.com.br/*']);
  });

  it('asks for each feed host over the feed’s own scheme, skipping what is not an http(s) URL', () => {
    expect(feedOrigins(outlets)).toEqual(['http://www.bbc.co.uk/*', 'https://feeds.apnews.com/*', 'https://feeds.bbci.co.uk/*']);
  });

  it('asks for sites, then only the feed hosts no site already covers', () => {
    expect(originsFor(outlets)).toEqual(['*://*.apnews.com/*', '*://*.bbc.co.uk/*', '*://*.bbc.com/*', '*://*.reuters.com/*', 'https://feeds.bbci.co.uk/*']);
    expect(originsFor([])).toEqual([]);
  });
});

describe('what the grants cover', () => {
  it.each([
    [['*://*.cnn.com/*'], '*://*.cnn.com/*', true],
    [['*://*.cnn.com/*'], 'https://rss.cnn.com/*', true],
    [['*://*.cnn.com/*'], '*://*.notcnn.com/*', false],
    [['https://cnn.com/*'], 'https://rss.cnn.com/*', false],
    [['https://*/*'], '*://*.cnn.com/*', false],
    [['https://*/*', 'http://*/*'], '*://*.cnn.com/*', true],
    [['<all_urls>'], 'http://a.b/*', true],
    [['https://feeds.x.com/*'], 'http://feeds.x.com/*', false],
    [[], 'https://feeds.x.com/*', false],
    [['*://*.co.uk/*'], 'https://feeds.bbci.co.uk/*', true],
    [['*://*.bbc.co.uk/*'], 'https://feeds.bbci.co.uk/*', false],
    [['https://*.news.x.com/*', 'http://a.news.x.com/*'], '*://*.a.news.x.com/*', false],
    [['https://*.news.x.com/*', 'http://*.a.news.x.com/*'], '*://*.b.a.news.x.com/*', true],
    [['http://*/*', 'https://feeds.x.com/*'], '*://feeds.x.com/*', true],
  ])('%j covers %s: %s', (granted, pattern, expected) => {
    expect(grantChecker(granted).covers(pattern)).toBe(expected);
  });

  it('allows a feed URL only on a granted host and scheme', () => {
    const check = grantChecker(['https://feeds.x.com/*', '*://*.y.org/*']);
    expect(check.allows('https://feeds.x.com/rss?a=1')).toBe(true);
    expect(check.allows('http://feeds.x.com/rss')).toBe(false);
    expect(check.allows('https://other.x.com/rss')).toBe(false);
    expect(check.allows('http://news.y.org/feed')).toBe(true);
    expect(check.allows('javascript:alert(1)')).toBe(false);
    expect(check.allows('not a url')).toBe(false);
  });
});

describe('the access status of the whole catalog', () => {
  const { outlets } = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
  const sites = siteOrigins(outlets);
  // Grants of several shapes: everything asked for, half of it, the sites only, every https host, nothing.
  it.each([
    ['everything', originsFor(outlets)],
    ['every other pattern', originsFor(outlets).filter((_, i) => i % 2 === 0)],
    ['the sites only', sites],
    ['every https host', ['https://*/*']],
    ['nothing', []],
  ])('with %s granted, counts exactly the outlets whose own patterns are not all granted', async (_, granted) => {
    const check = grantChecker(granted);
    const lacking = outlets.map((o) => originsFor([o]).filter((p) => !check.covers(p)));
    const access = createAccess({
      permissions: fakePermissions(granted),
      required: granted,
      outlets: async () => outlets,
      disabled: async () => [],
      indexUrl: async () => '',
      chosen: async () => true,
      registry: scriptingRegistry(fakeScripting()),
    });
    expect(await access.status()).toEqual({
      chosen: true,
      sources: outlets.length,
      missing: lacking.filter((l) => l.length).length,
      origins: [...new Set(lacking.flat())].sort(),
    });
  });
});

describe('what turning sources off gives back', () => {
  it('gives back granted hosts no needed pattern touches', () => {
    const granted = ['*://*.a.com/*', 'https://feeds.a.com/*', '*://*.b.com/*', 'https://feeds.b.net/*', 'https://index.example/*'];
    expect(originsToRelease(granted, ['*://*.a.com/*', 'https://index.example/*'])).toEqual(['*://*.b.com/*', 'https://feeds.b.net/*']);
  });

  it('keeps the manifest’s required hosts and a grant of every site', () => {
    expect(originsToRelease(['*://*.b.com/*', 'https://*/*', '<all_urls>'], [], ['*://*.b.com/*'])).toEqual([]);
  });

  it('keeps a host a still-enabled source shares', () => {
    // Two outlets on one feed host: turning one off keeps the host for the other.
    const shared = originsFor([outlet('x', { domains: ['x.com'], feeds: ['https://feeds.host.com/x'] })]);
    const other = originsFor([outlet('y', { domains: ['y.com'], feeds: ['https://feeds.host.com/y'] })]);
    expect(originsToRelease([...new Set([...shared, ...other])], other)).toEqual(['*://*.x.com/*']);
  });
});
