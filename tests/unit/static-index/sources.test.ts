import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, Outlet } from '../../../utils/model';
import { catalogSources, opmlSources, readSources, textSources } from '../../../scripts/index/sources';

const outlet = (id: string, country: string, language: string, feeds: string[]): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.example/`,
  domains: [`${id}.example`],
  feeds,
  country,
  language,
});
const CATALOG: Catalog = {
  version: 1,
  generated: '2026-11-01',
  ratingSources: [],
  outlets: [
    outlet('alpha', 'US', 'en', ['https://alpha.example/rss', 'https://alpha.example/world.rss']),
    outlet('beta', 'FR', 'fr', ['https://feeds.beta.example/une.xml']),
    outlet('gamma', 'US', 'en', []),
  ],
};

describe('sources of a build', () => {
  it('takes the catalog’s feeds, filtered by country and language', () => {
    expect(catalogSources(CATALOG).map((s) => s.url)).toEqual([
      'https://alpha.example/rss',
      'https://alpha.example/world.rss',
      'https://feeds.beta.example/une.xml',
    ]);
    expect(catalogSources(CATALOG, { countries: ['fr'] })).toEqual([{ url: 'https://feeds.beta.example/une.xml', outletId: 'beta', lang: 'fr' }]);
    expect(catalogSources(CATALOG, { languages: ['en'], countries: ['US', 'FR'] }).map((s) => s.outletId)).toEqual(['alpha', 'alpha']);
  });

  it('reads an OPML file, naming each feed’s outlet from the catalog when it knows it', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="News"><outline text="Alpha" type="rss" xmlUrl="https://alpha.example/world.rss"/>
      <outline text="Beta" xmlUrl="https://www.beta.example/other.xml"/></outline>
      <outline text="Blog" xmlUrl="https://blog.somewhere.example/feed"/><outline text="no feed"/></body></opml>`;
    expect(opmlSources(opml, CATALOG)).toEqual([
      { url: 'https://alpha.example/world.rss', outletId: 'alpha', lang: 'en' },
      { url: 'https://www.beta.example/other.xml', outletId: 'beta', lang: 'fr' },
      { url: 'https://blog.somewhere.example/feed', outletId: 'blog-somewhere-example' },
    ]);
  });

  it('reads feed URLs one a line, with an optional outlet id and comments', () => {
    const text = '# my feeds\nhttps://alpha.example/rss\n\nhttp://127.0.0.1:8080/x.rss my-outlet  # local\nbeta https://b.example/feed\n';
    expect(textSources(text, CATALOG)).toEqual([
      { url: 'https://alpha.example/rss', outletId: 'alpha', lang: 'en' },
      { url: 'http://127.0.0.1:8080/x.rss', outletId: 'my-outlet' },
      { url: 'https://b.example/feed', outletId: 'beta', lang: 'fr' },
    ]);
  });

  it.each([
    ['ftp://x.example/feed', /Line 1 should be a feed URL/],
    ['https://x.example/a https://x.example/b extra', /Line 1 should be a feed URL/],
    ['https://x.example/a Not_An_Id', /"Not_An_Id" is not an outlet id/],
  ])('refuses the line %s, saying why', (line, why) => {
    expect(() => textSources(line, CATALOG)).toThrow(why);
  });

  it('tells the kinds of file apart by their content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-sources-'));
    const catalogFile = join(dir, 'catalog.json');
    writeFileSync(catalogFile, JSON.stringify(CATALOG));
    writeFileSync(join(dir, 'list.txt'), 'https://alpha.example/rss\n');
    writeFileSync(join(dir, 'subs.xml'), '<opml version="1.0"><body><outline xmlUrl="https://feeds.beta.example/une.xml"/></body></opml>');
    writeFileSync(join(dir, 'empty.txt'), '# nothing yet\n');
    expect(readSources(join(dir, 'list.txt'), {}, catalogFile).map((s) => s.outletId)).toEqual(['alpha']);
    expect(readSources(join(dir, 'subs.xml'), {}, catalogFile).map((s) => s.outletId)).toEqual(['beta']);
    expect(readSources(catalogFile, { countries: ['US'] }, catalogFile)).toHaveLength(2);
    expect(readSources('catalog', { countries: ['GB'] }).length).toBeGreaterThan(10);
    expect(() => readSources(join(dir, 'empty.txt'), {}, catalogFile)).toThrow(/names no feed/);
  });
});

describe('the build’s progress bar', () => {
  it('redraws one line on a terminal and writes nothing elsewhere', async () => {
    const { progressBar } = await import('../../../scripts/index/progress');
    const stream = (isTTY: boolean) => {
      const out: string[] = [];
      return { out, stream: { isTTY, write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream };
    };
    const tty = stream(true);
    const bar = progressBar(tty.stream, 10);
    bar.update(0, 4);
    bar.update(2, 4);
    bar.update(2, 4);
    bar.update(4, 4);
    bar.end();
    expect(tty.out).toEqual(['\r[----------] 0/4 feeds', '\r[#####-----] 2/4 feeds', '\r[##########] 4/4 feeds', '\n']);
    const pipe = stream(false);
    const quiet = progressBar(pipe.stream);
    quiet.update(1, 2);
    quiet.end();
    expect(pipe.out).toEqual([]);
  });
});
