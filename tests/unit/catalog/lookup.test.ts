import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Catalog, Outlet } from '../../../utils/model';
import { createOutletLookup } from '../../../utils/sources/catalog';

function outlet(id: string, domains: string[]): Outlet {
  return { id, name: id, homepage: `https://${domains[0]}/`, domains, feeds: [], country: 'US', language: 'en' };
}

const lookup = createOutletLookup([
  outlet('cnn', ['cnn.com']),
  outlet('the-guardian', ['theguardian.com', 'guardian.co.uk']),
  outlet('bbc-news', ['bbc.co.uk', 'bbc.com']),
  outlet('uol', ['uol.com.br']),
  outlet('folha', ['folha.uol.com.br']),
  outlet('abc-news', ['abcnews.go.com', 'abcnews.com']),
]);

describe('createOutletLookup', () => {
  test.each([
    ['cnn.com', 'cnn'],
    ['edition.cnn.com', 'cnn'],
    ['us.cnn.com', 'cnn'],
    ['WWW.CNN.COM', 'cnn'],
    ['www.cnn.com.', 'cnn'],
    ['amp.theguardian.com', 'the-guardian'],
    ['guardian.co.uk', 'the-guardian'],
    ['www.guardian.co.uk', 'the-guardian'],
    ['news.bbc.co.uk', 'bbc-news'],
    ['www.bbc.com', 'bbc-news'],
    ['www.uol.com.br', 'uol'],
    ['noticias.uol.com.br', 'uol'],
    ['folha.uol.com.br', 'folha'],
    ['www1.folha.uol.com.br', 'folha'],
    ['abcnews.go.com', 'abc-news'],
    ['abcnews.com', 'abc-news'],
  ])('byDomain(%s) -> %s', (domain, id) => {
    expect(lookup.byDomain(domain)?.id).toBe(id);
  });

  test.each([
    // go.com itself and its other subdomains belong to nobody: only abcnews.go.com is claimed.
    'go.com',
    'espn.go.com',
    'example.com',
    'notcnn.com',
    'cnn.com.evil.example',
    'localhost',
    '127.0.0.1',
    '',
    'not a domain',
  ])('byDomain(%j) -> undefined', (domain) => {
    expect(lookup.byDomain(domain)).toBeUndefined();
  });

  test.each([
    ['https://edition.cnn.com/2024/01/01/politics/story/index.html', 'cnn'],
    ['http://us.cnn.com/x?y=1#z', 'cnn'],
    ['https://amp.theguardian.com/world/2024/jan/01/story', 'the-guardian'],
    ['https://www1.folha.uol.com.br/poder/2024/01/x.shtml', 'folha'],
    ['HTTPS://WWW.BBC.CO.UK/news/world-1', 'bbc-news'],
  ])('byUrl(%s) -> %s', (url, id) => {
    expect(lookup.byUrl(url)?.id).toBe(id);
  });

  test.each(['chrome://extensions', 'file:///home/cnn.com/x.html', 'about:blank', 'cnn.com/path', 'https://example.org/cnn.com', ''])(
    'byUrl(%j) -> undefined',
    (url) => {
      expect(lookup.byUrl(url)).toBeUndefined();
    },
  );

  test('the first outlet claiming a domain wins', () => {
    const first = outlet('first', ['shared.example.com']);
    const second = outlet('second', ['shared.example.com', 'second.com']);
    const l = createOutletLookup([first, second]);
    expect(l.byDomain('shared.example.com')?.id).toBe('first');
    expect(l.byDomain('second.com')?.id).toBe('second');
  });

  test('an empty list finds nothing', () => {
    expect(createOutletLookup([]).byUrl('https://www.cnn.com/')).toBeUndefined();
  });
});

describe('createOutletLookup over the bundled catalog', () => {
  const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
  const bundled = createOutletLookup(catalog.outlets);

  test.each([
    ['https://edition.cnn.com/world', 'cnn'],
    ['https://us.cnn.com/politics', 'cnn'],
    ['https://amp.theguardian.com/uk-news/x', 'the-guardian'],
    ['https://www.guardian.co.uk/x', 'the-guardian'],
    ['https://feeds.bbci.co.uk/news/rss.xml', undefined],
    ['https://www.bbc.com/news/world', 'bbc-news'],
    ['https://apnews.com/article/x', 'ap'],
    ['https://www.reuters.com/world/x', 'reuters'],
    ['https://www.wionews.com/world/x', 'wion'],
    ['https://abcnews.go.com/Politics/x', 'abc-news'],
    ['https://www1.folha.uol.com.br/x', 'folha-de-s-paulo'],
    ['https://noticias.uol.com.br/x', 'uol'],
    ['https://asia.nikkei.com/Politics/x', 'nikkei-asia'],
    ['https://www.nikkei.com/article/x', 'nikkei'],
    ['https://news.sky.com/story/x', 'sky-news'],
    ['https://www.sky.com/broadband', undefined],
    ['https://example.com/', undefined],
  ])('%s -> %s', (url, id) => {
    expect(bundled.byUrl(url)?.id).toBe(id);
  });
});
