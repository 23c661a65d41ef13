import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../utils/feeds/parse';

const NOW = Date.UTC(2024, 5, 1);
const own = (name: string) => readFileSync(new URL(`../../fixtures/feeds/own/${name}`, import.meta.url));
const rss = (items: string, channel = '<title>Feed</title><link>https://site.example/</link>') =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
const parse = (body: string | Uint8Array, url?: string) => parseFeed(body, { url, now: NOW });

function feedError(body: string | Uint8Array, contentType?: string): string {
  try {
    parseFeed(body, { contentType, now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return (error as Error).message;
  }
  throw new Error('expected a FeedError');
}

describe('formats', () => {
  it('reads RSS 0.91 with its Netscape DOCTYPE', () => {
    const feed = parse(own('rss-0.91.xml'));
    expect(feed.title).toBe('Example Weekly');
    expect(feed.items.map((item) => [item.title, item.url, item.published])).toEqual([
      ['Council approves budget', 'http://weekly.example/2001/03/budget.html', null],
      ['Library extends hours', 'http://weekly.example/2001/03/library.html', null],
    ]);
  });

  it('reads JSON Feed 1.1: ids coerced, relative urls resolved, permalink ids, unusable items dropped', () => {
    const feed = parse(own('json-feed-1.1.json'), 'https://gazette.example/world/feed.json');
    expect(feed.title).toBe('Example Gazette — World');
    expect(feed.items).toEqual([
      {
        title: 'Summit ends without a joint statement',
        url: 'https://gazette.example/world/2024/05/summit-ends',
        published: '2024-05-20T16:30:00.000Z',
        description: 'Leaders left the two-day meeting without agreeing on a text.',
        guid: 'https://gazette.example/world/2024/05/summit-ends',
      },
      {
        title: 'River floods reach the capital',
        url: 'https://gazette.example/world/2024/05/river-floods',
        published: '2024-05-19T07:00:00.000Z',
        description: 'Water levels rose by "two metres" overnight.',
        guid: '4412',
      },
      {
        title: 'Ports reopen after the strike',
        url: 'https://gazette.example/world/2024/05/ports-reopen',
        published: '2024-05-18T09:15:00.000Z',
        description: 'Dock workers returned on Sunday.',
        guid: 'https://gazette.example/world/2024/05/ports-reopen',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items beside the channel, naming themselves with rdf:about', () => {
    const feed = parse(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://rdf.example/"><title>RDF</title><link>https://rdf.example/</link></channel>
        <item rdf:about="https://rdf.example/a"><title>A</title><dc:date>2020-01-02T03:04:05Z</dc:date></item>
      </rdf:RDF>`);
    expect(feed.items).toEqual([
      { title: 'A', url: 'https://rdf.example/a', published: '2020-01-02T03:04:05.000Z', description: '', guid: 'https://rdf.example/a' },
    ]);
  });

  it('reads Atom: alternate html link over others, xhtml content, xml:base, published over updated', () => {
    const feed = parse(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
      <title type="html">Atom &amp;amp; more</title>
      <entry xml:base="posts/">
        <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hello <b>there</b></div></title>
        <id>tag:atom.example,2020:1</id>
        <link rel="self" href="https://atom.example/self"/>
        <link rel="alternate" type="application/pdf" href="one.pdf"/>
        <link rel="alternate" type="text/html" href="one.html"/>
        <updated>2020-02-02T00:00:00Z</updated><published>2020-01-01T00:00:00Z</published>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body <i>text</i></p></div></content>
      </entry>
    </feed>`);
    expect(feed.title).toBe('Atom & more');
    expect(feed.items).toEqual([
      {
        title: 'Hello there',
        url: 'https://atom.example/blog/posts/one.html',
        published: '2020-01-01T00:00:00.000Z',
        description: 'Body text',
        guid: 'tag:atom.example,2020:1',
      },
    ]);
  });

  it('reads an Atom feed written with a prefix', () => {
    const feed = parse(`<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title>
      <a:entry><a:title>E</a:title><a:link href="https://p.example/e"/></a:entry></a:feed>`);
    expect(feed.items.map((item) => item.url)).toEqual(['https://p.example/e']);
  });
});

describe('links and guids', () => {
  it.each([
    ['the link over a permalink guid', '<link>https://s.example/link</link><guid>https://s.example/guid</guid>', 'https://s.example/link'],
    ['a permalink guid when there is no link', '<guid>https://s.example/guid</guid>', 'https://s.example/guid'],
    ['no URL from a guid marked isPermaLink="false"', '<guid isPermaLink="false">https://s.example/guid</guid>', undefined],
    ['no URL from a guid that is not absolute', '<guid>4956764</guid>', undefined],
    ['an atom:link in an RSS item', '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://s.example/atom"/>', 'https://s.example/atom'],
    ['a relative link against the feed URL', '<link>/news/1</link>', 'https://feeds.example/news/1'],
    ['a protocol-relative link', '<link>//cdn.example/a</link>', 'https://cdn.example/a'],
    ['entities in a link', '<link>https://s.example/?a=1&amp;b=2&#038;c=3</link>', 'https://s.example/?a=1&b=2&c=3'],
    ['whitespace around a link', '<link>\n   https://s.example/x\n  </link>', 'https://s.example/x'],
    ['no javascript: link', '<link>javascript:alert(1)</link>', undefined],
    ['no data: link', '<link>data:text/html,hi</link>', undefined],
    ['no javascript: link, falling back to the guid', '<link>javascript:alert(1)</link><guid>https://s.example/g</guid>', 'https://s.example/g'],
  ])('takes %s', (_name, fields, url) => {
    const feed = parse(rss(`<item><title>T</title>${fields}</item>`), 'https://feeds.example/rss.xml');
    expect(feed.items[0]?.url).toBe(url);
  });

  it('resolves relative links against the site link when the feed URL is unknown', () => {
    const feed = parse(rss('<item><title>T</title><link>news/2</link></item>', '<link>https://site.example/home/</link>'));
    expect(feed.items[0].url).toBe('https://site.example/home/news/2');
  });

  it('collapses items that share a guid or a URL, keeping the first', () => {
    const feed = parse(
      rss(`
      <item><title>One</title><link>https://s.example/1</link><guid>g1</guid></item>
      <item><title>One again</title><link>https://s.example/1b</link><guid>g1</guid></item>
      <item><title>Same page</title><link>https://s.example/1</link><guid>g2</guid></item>
      <item><title>Two</title><link>https://s.example/2</link></item>
      <item><title>Two again</title><link>https://s.example/2</link></item>`),
    );
    expect(feed.items.map((item) => item.title)).toEqual(['One', 'Two']);
  });
});

describe('text', () => {
  it('uses the description for an item with no title, and drops an item with neither', () => {
    const feed = parse(
      rss(`
      <item><description>&lt;p&gt;Only a description&lt;/p&gt;</description><link>https://s.example/1</link></item>
      <item><link>https://s.example/2</link></item>`),
    );
    expect(feed.items.map((item) => [item.title, item.description])).toEqual([['Only a description', 'Only a description']]);
  });

  it('prefers the description to content:encoded, and falls back to it', () => {
    const feed = parse(
      rss(`
      <item><title>A</title><link>https://s.example/a</link><description>short</description><content:encoded><![CDATA[<p>long</p>]]></content:encoded></item>
      <item><title>B</title><link>https://s.example/b</link><content:encoded><![CDATA[<p>only <b>full</b> text</p>]]></content:encoded></item>`),
    );
    expect(feed.items.map((item) => item.description)).toEqual(['short', 'only full text']);
  });

  it('reads CDATA titles, mixed CDATA and text, and numeric references', () => {
    const feed = parse(rss(`<item><title>  <![CDATA[ Big <i>news</i> ]]> &#8212; <![CDATA[today]]> </title><link>https://s.example/c</link></item>`));
    expect(feed.items[0].title).toBe('Big news — today');
  });

  it('names an untitled feed after its host', () => {
    expect(parse(rss('<item><title>T</title><link>/a</link></item>', ''), 'https://untitled.example/feed').title).toBe('untitled.example');
  });
});

describe('not feeds', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>', 'This is an HTML page, not a feed'],
    ['an XHTML page', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'This is an HTML page, not a feed'],
    ['an HTML page after a comment', '<!-- cached --><html lang="en"><body></body></html>', 'This is an HTML page, not a feed'],
    ['an OPML list', '<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'This is a list of feeds (OPML), not a feed'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'This is an XML document, but not a feed (it starts with <svg>)'],
    ['plain text', 'Service unavailable', 'This is not a feed: it is neither XML nor JSON'],
    ['an empty body', '  \n ', 'The feed is empty'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', 'The feed is broken JSON'],
    ['JSON that is not a feed', '{"error": "not found"}', 'This is JSON, but not a JSON Feed'],
    ['a JSON Feed without items', '{"version": "https://jsonfeed.org/version/1"}', 'The JSON Feed has no list of items'],
  ])('refuses %s', (_name, body, message) => {
    expect(feedError(body)).toBe(message);
  });

  it('refuses empty bytes', () => {
    expect(feedError(new Uint8Array(0))).toBe('The feed is empty');
  });
});
