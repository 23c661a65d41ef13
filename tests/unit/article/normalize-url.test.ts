import { describe, expect, test } from 'vitest';
import { isHttpUrl, normalizePageUrl, normalizeUrl } from '../../../utils/article/normalize-url';

describe('normalizeUrl', () => {
  test.each([
    ['lower-cases scheme and host, drops www.', 'HTTPS://WWW.Example.COM/News/Story', 'https://example.com/News/Story'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['drops utm_* parameters', 'https://example.com/a?utm_source=tw&utm_medium=social', 'https://example.com/a'],
    ['drops fbclid and gclid, keeps content ids', 'https://example.com/story?id=42&fbclid=abc&gclid=def', 'https://example.com/story?id=42'],
    ['drops the Guardian CMP and NYT smid parameters', 'https://example.com/a?CMP=share_btn_tw&smid=nytcore', 'https://example.com/a'],
    ['sorts the parameters it keeps', 'https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['drops a default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps a non-default port', 'http://example.com:8080/a', 'http://example.com:8080/a'],
    ['drops one trailing slash', 'https://example.com/2024/05/story/', 'https://example.com/2024/05/story'],
    ['keeps the root slash', 'https://example.com/', 'https://example.com/'],
    ['keeps the scheme it was given', 'http://example.com/a', 'http://example.com/a'],
    ['drops credentials', 'https://user:pw@example.com/a', 'https://example.com/a'],
    ['unwraps the Google AMP viewer', 'https://www.google.com/amp/s/www.example.com/2024/story.amp', 'https://example.com/2024/story.amp'],
    ['unwraps the AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story/amp', 'https://example.com/news/story'],
    ['drops a final /amp segment', 'https://example.com/news/story/amp/', 'https://example.com/news/story'],
    ['drops an amp. host prefix', 'https://amp.example.co.uk/world/story', 'https://example.co.uk/world/story'],
    ['drops amp=1 and outputType=amp', 'https://example.com/a?amp=1&outputType=amp&page=2', 'https://example.com/a?page=2'],
    ['keeps other outputType values', 'https://example.com/a?outputType=print', 'https://example.com/a?outputType=print'],
    ['maps .amp.html to .html', 'https://example.com/a/story.amp.html', 'https://example.com/a/story.html'],
    ['keeps percent-encoded paths stable', 'https://example.com/caf%C3%A9', 'https://example.com/caf%C3%A9'],
    ['trims surrounding whitespace', '  https://example.com/a \n', 'https://example.com/a'],
  ])('%s', (_why, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test.each([
    ['a root-relative path', '/news/story?utm_campaign=x', 'https://www.example.com/section/', 'https://example.com/news/story'],
    ['a path relative to the base', 'story-2', 'https://example.com/news/story-1', 'https://example.com/news/story-2'],
    ['a protocol-relative URL', '//cdn.example.org/x', 'https://example.com/', 'https://cdn.example.org/x'],
  ])('resolves %s against the base', (_why, input, base, expected) => {
    expect(normalizeUrl(input, base)).toBe(expected);
  });

  test.each([['javascript:alert(1)'], ['data:text/html,<b>x</b>'], ['mailto:desk@example.com'], ['ftp://example.com/file'], ['not a url'], ['']])(
    'returns the empty string for %j',
    (input) => {
      expect(normalizeUrl(input)).toBe('');
    },
  );

  test('a relative URL without a base is junk', () => {
    expect(normalizeUrl('/news/story')).toBe('');
  });

  test('is idempotent', () => {
    const once = normalizeUrl('https://WWW.example.com/a/b/?z=1&utm_source=x&a=2#top');
    expect(normalizeUrl(once)).toBe(once);
  });
});

describe('isHttpUrl', () => {
  test.each([
    ['https://example.com/', undefined, true],
    ['/a', 'https://example.com/', true],
    ['javascript:void(0)', 'https://example.com/', false],
    ['/a', undefined, false],
  ])('%j (base %j) -> %j', (url, base, expected) => {
    expect(isHttpUrl(url, base)).toBe(expected);
  });
});

describe("normalizePageUrl (the content script's spelling)", () => {
  test.each([
    ['https://WWW.Example.com/news/story/amp/?b=2&a=1#top'],
    ['https://amp.example.co.uk/world/story?amp=1&page=2'],
    ['https://example.com/a/story.amp.html'],
    ['/news/story-2'],
  ])('agrees with normalizeUrl on %j, which has no tracking parameter and no AMP cache', (url) => {
    const base = 'https://www.example.com/news/story-1';
    expect(normalizePageUrl(url, base)).toBe(normalizeUrl(url, base));
  });

  test.each([
    [
      'keeps tracking parameters for the worker to drop',
      'https://www.example.com/a?utm_source=tw&fbclid=x&id=4',
      'https://example.com/a?fbclid=x&id=4&utm_source=tw',
    ],
    [
      'does not unwrap an AMP cache',
      'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a',
      'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a',
    ],
  ])('%s', (_why, url, expected) => {
    expect(normalizePageUrl(url)).toBe(expected);
    expect(normalizeUrl(normalizePageUrl(url))).toBe(normalizeUrl(url));
  });

  test('returns the empty string for what is not http(s)', () => {
    expect(normalizePageUrl('javascript:alert(1)')).toBe('');
  });
});
