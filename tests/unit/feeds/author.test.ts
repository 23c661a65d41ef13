import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const rss = (
  item: string,
) => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>https://x.example/</link>
<item><title>Top US diplomat Blinken meets China's VP Han at UN amid strained ties</title><link>https://x.example/a</link>${item}</item></channel></rss>`;
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A headline</title><link href="https://x.example/b"/><id>b</id>
<author><name>Reuters</name></author></entry></feed>`;

describe('feed item authors (they can name the wire an item carries)', () => {
  it('keeps dc:creator, as the Guardian feed gives it', () => {
    expect(parseFeed(fixture('guardian-us.rss')).items[0].author).toBe('David Smith in Washington');
  });

  it('reads the name out of RSS "email (Name)", as il Giornale gives it', () => {
    expect(parseFeed(fixture('ilgiornale-cronache.rss')).items.map((i) => i.author)).toContain('Angela Leucci');
  });

  it.each([
    ['RSS dc:creator', rss('<dc:creator>Reuters</dc:creator>'), 'Reuters'],
    ['RSS author', rss('<author>news@x.example (Associated Press)</author>'), 'Associated Press'],
    ['no author', rss(''), undefined],
    ['markup in an author is text', rss('<dc:creator><![CDATA[<b>AFP</b>]]></dc:creator>'), 'AFP'],
    ['Atom author name', atom, 'Reuters'],
    [
      'JSON Feed 1.1 authors',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: [{ id: 'c', url: 'https://x.example/c', title: 'A headline', authors: [{ name: 'dpa' }] }],
      }),
      'dpa',
    ],
  ])('%s', (_what, text, author) => {
    expect(parseFeed(text).items[0].author).toBe(author);
  });
});
