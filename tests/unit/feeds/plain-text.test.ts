import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../utils/feeds/entities';
import { cleanTitle, htmlToText, MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, truncate } from '../../../utils/feeds/plain-text';

describe('decodeEntities', () => {
  it.each([
    ['AT&amp;T', 'AT&T'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['caf&eacute; &copy; &nbsp;&euro;', 'café © \u00a0€'],
    ['&#8220;quoted&#8221; &#x263A;', '“quoted” ☺'],
    ['&#150; &#147;', '– “'], // Windows-1252 code points, as HTML reads them
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
    ['&unknown; & alone &amp', '&unknown; & alone &amp'],
  ])('%j -> %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>Hello <b>world</b></p><p>again</p>', 'Hello world again'],
    ['line<br/>break', 'line break'],
    ['in<em>line</em>', 'inline'],
    ['<img src="x.jpg" alt="a > b">caption', 'caption'],
    ['<script>alert(1)</script>Safe<style>p{}</style>', 'Safe'],
    ['before<script>never closed', 'before'],
    ['a<!-- comment -->b', 'a b'],
    ['<![CDATA[<p>in cdata &amp; more</p>]]>', 'in cdata & more'],
    // XML-escaped HTML, as raw element content: two layers.
    ['&lt;p&gt;escaped &amp;amp; twice&lt;/p&gt;', 'escaped & twice'],
    ['l&amp;#39;uomo', "l'uomo"],
    ['&lt;script&gt;alert(1)&lt;/script&gt;Title', 'Title'],
    ['  lots \n\t of   space\u00a0here  ', 'lots of space here'],
    ['zero\u200bwidth\u0007bell', 'zerowidthbell'],
    ['3 < 5 and 6 > 4', '3 < 5 and 6 > 4'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(htmlToText(input)).toBe(output);
  });

  it('caps long text at a word boundary with an ellipsis', () => {
    const text = htmlToText(`<p>${'word '.repeat(500)}</p>`);
    expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(text).toMatch(/word…$/);
  });

  it('stays fast on thousands of unclosed tags and scripts', () => {
    const hostile = '<a <b "'.repeat(20_000) + '<script>'.repeat(20_000);
    expect(htmlToText(hostile).length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });
});

describe('cleanTitle', () => {
  it('cuts a 10,000-character word to the title cap', () => {
    const title = cleanTitle(`Intro ${'x'.repeat(10_000)}`);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('Intro xxx')).toBe(true);
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const text = truncate('😀'.repeat(10), 6);
    expect(text.length).toBeLessThanOrEqual(6);
    expect(text).toBe('😀😀…');
  });
});
