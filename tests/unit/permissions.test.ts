import { describe, expect, it } from 'vitest';
import { catalogHostPermissions, contentScriptMatches, feedHostPermissions } from '../../utils/sources/permissions';
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
    expect(contentScriptMatches(catalog)).toEqual(['*://*.apnews.com/*', '*://*.bbc.co.uk/*', '*://*.bbc.com/*']);
  });
  it('leaves out a domain another claimed domain covers', () => {
    const nested: Catalog = { ...catalog, outlets: [outlet({ domains: ['cnn.com'] }), outlet({ id: 'y', domains: ['edition.cnn.com', 'folha.uol.com.br'] })] };
    expect(contentScriptMatches(nested)).toEqual(['*://*.cnn.com/*', '*://*.folha.uol.com.br/*']);
  });
  it('asks for a feed host only when no outlet domain covers it', () => {
    expect(catalogHostPermissions(catalog)).toEqual(['*://feeds.bbci.co.uk/*', '*://*.apnews.com/*', '*://*.bbc.co.uk/*', '*://*.bbc.com/*']);
  });
  it('grants only the feed hosts, skipping invalid URLs', () => {
    expect(feedHostPermissions(catalog)).toEqual(['*://feeds.apnews.com/*', '*://feeds.bbci.co.uk/*']);
  });
});
