import { describe, expect, it } from 'vitest';
import { contentScriptMatches, feedHostPermissions } from '../../utils/sources/permissions';
import type { Catalog, Outlet } from '../../utils/model';

const outlet = (o: Partial<Outlet>): Outlet => ({
  id: 'x',
  name: 'X',
  homepage: 'https://x.com/',
  domains: [],
  feeds: [],
  country: 'US',
  language: 'en',
  ...o,
});

describe('permissions from the catalog', () => {
  const catalog: Catalog = {
    version: 1,
    generated: '2026-01-01',
    ratingSources: [],
    outlets: [
      outlet({ id: 'a', domains: ['apnews.com'], feeds: ['https://feeds.apnews.com/rss/world', 'not a url'] }),
      outlet({ id: 'b', domains: ['bbc.co.uk', 'bbc.com'], feeds: ['https://feeds.bbci.co.uk/news/rss.xml'] }),
    ],
  };
  it('matches each outlet domain and its subdomains', () => {
    expect(contentScriptMatches(catalog)).toEqual([
      '*://apnews.com/*',
      '*://*.apnews.com/*',
      '*://bbc.co.uk/*',
      '*://*.bbc.co.uk/*',
      '*://bbc.com/*',
      '*://*.bbc.com/*',
    ]);
  });
  it('grants only the feed hosts, skipping invalid URLs', () => {
    expect(feedHostPermissions(catalog)).toEqual(['*://feeds.apnews.com/*', '*://feeds.bbci.co.uk/*']);
  });
});
