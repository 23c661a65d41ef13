import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { MAX_JSON_LD_CHARS } from '../../../utils/article/json-ld';
import { readPage } from '../../../utils/article/read-article';
import { MAX_TEXT } from '../../../utils/article/clean-value';
import { docOf, ld, page, URL_ } from './html';

const article = (headline: string) => ld({ '@type': 'NewsArticle', headline, datePublished: '2024-05-03T10:00:00Z' });

describe('hostile pages neither throw nor hang', () => {
  test('a JSON-LD block over the size cap is skipped unparsed; the next block is read', () => {
    const huge = ld({ '@type': 'NewsArticle', headline: 'From the huge block', padding: 'x'.repeat(MAX_JSON_LD_CHARS) });
    const a = extractArticle(page(`${huge}${article('From the small block')}`), URL_);
    expect(a?.title).toBe('From the small block');
  });

  test.each([
    ['truncated JSON', '{"@type": "NewsArticle", "headline": "Trunc'],
    ['not JSON at all', 'alert(1); <b>'],
    ['JSON of the wrong shape', '"just a string"'],
    ['null', 'null'],
    ['a type that is a number', '{"@type": 42, "headline": {"x": 1}}'],
    ['deeply nested arrays', '['.repeat(50_000) + ']'.repeat(50_000)],
    [
      'a deep @graph chain',
      JSON.stringify(Array.from({ length: 2000 }).reduce((inner: object) => ({ '@graph': [inner] }), { '@type': 'NewsArticle', headline: 'Deep' })),
    ],
  ])('malformed JSON-LD (%s) is skipped', (_why, block) => {
    const reading = readPage(
      page(
        `${ld(block)}<title>Title from markup</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03">`,
      ),
      URL_,
    );
    expect(reading.isArticle).toBe(true);
    expect(reading.article?.title).toBe('Title from markup');
  });

  test('many JSON-LD blocks: only the first ones are read', () => {
    const blocks = Array.from({ length: 500 }, () => ld({ '@type': 'BreadcrumbList' })).join('') + article('Too late');
    const reading = readPage(
      page(`${blocks}<title>Markup title</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03">`),
      URL_,
    );
    expect(reading.article?.title).toBe('Markup title');
  });

  test('5 MB of nested markup', () => {
    const depth = 20_000;
    const nested = `${'<div><span>'.repeat(depth)}deep text${'</span></div>'.repeat(depth)}`;
    const filler = `<p>${'word '.repeat(1_000_000)}</p>`;
    const html = `<html><head><title>Deep page - Example</title>${article('Deep page')}</head><body>${nested}${filler}<h1>Deep page</h1></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const reading = readPage(docOf(html), URL_);
    expect(reading.isArticle).toBe(true);
    expect(reading.article?.title).toBe('Deep page');
  });

  test('metadata values are capped in length', () => {
    const long = 'Headline '.repeat(5000);
    const a = extractArticle(page(article(long)), URL_);
    expect(a?.title.length).toBeLessThanOrEqual(MAX_TEXT);
  });

  test('a title set by a script is not run: the markup title is returned', () => {
    const html = `<title>Markup title</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03">
      <script>document.title = 'Injected title'</script>`;
    expect(extractArticle(page(html), URL_)?.title).toBe('Markup title');
  });

  test.each([
    ['the <title>', '<title><img src=x onerror=alert(1)> Budget</title>'],
    ['og:title', '<meta property="og:title" content="<img src=x onerror=alert(1)> Budget">'],
    ['JSON-LD', ld({ '@type': 'NewsArticle', headline: '<img src=x onerror=alert(1)> Budget' })],
    ['JSON-LD, entity-encoded', ld({ '@type': 'NewsArticle', headline: '&lt;img src=x onerror=alert(1)&gt; Budget' })],
  ])('markup in %s comes back as plain text and creates no element', (_why, head) => {
    const doc = page(`${head}<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03">`);
    const imagesBefore = doc.getElementsByTagName('img').length;
    const a = extractArticle(doc, URL_);
    expect(a?.title).toBe('<img src=x onerror=alert(1)> Budget');
    expect(doc.getElementsByTagName('img').length).toBe(imagesBefore);
  });

  test.each([
    ['javascript: image', '<meta property="og:image" content="javascript:alert(1)">', 'image'],
    ['data: image', '<meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>">', 'image'],
  ])('a %s is dropped', (_why, meta, key) => {
    const a = extractArticle(page(`${article('Budget')}${meta}`), URL_);
    expect(a?.[key as 'image']).toBeUndefined();
  });

  test('an empty document', () => {
    expect(readPage(docOf(''), URL_).isArticle).toBe(false);
  });
});
