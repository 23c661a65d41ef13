import { describe, expect, test } from 'vitest';
import { classifyPage, extractArticle } from '../../../utils/article/extract-article';
import { explainReason } from '../../../utils/article/reasons';
import { readPage } from '../../../utils/article/read-article';
import { ld, page } from './html';

const prose = `<p>${'The council met on Tuesday and argued about the budget for hours. '.repeat(20)}</p>`;
const articleHead = `<title>Council approves budget - Example</title>
  <meta property="og:type" content="article"><meta property="og:title" content="Council approves budget">
  <meta property="article:published_time" content="2024-05-03T10:00:00Z">`;
const articleBody = `<article><h1>Council approves budget</h1>${prose}</article>`;

describe('classifyPage', () => {
  test('an article page is an article, with the evidence as reasons', () => {
    const verdict = classifyPage(page(articleHead, articleBody), 'https://example.com/news/council-approves-the-budget');
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reasons).toEqual(expect.arrayContaining(['og:type article (+2)', 'publication date (+2)']));
  });

  test.each([
    ['a home page', 'https://example.com/', /home page/],
    ['an index.html home page', 'https://example.com/index.html', /home page/],
    ['a tag page', 'https://example.com/tag/budget', /listing/],
    ['a section listing', 'https://example.com/news/section/politics/', /listing/],
    ['an author page', 'https://example.com/author/ana-ruiz', /listing/],
    ['search results', 'https://example.com/search?q=budget', /search/],
    ['Wikipedia', 'https://en.wikipedia.org/wiki/Budget', /wiki page/],
    ['a video hub', 'https://www.youtube.com/watch?v=abc', /video/],
    ['a product page', 'https://www.amazon.co.uk/dp/B000123', /shop/],
    ['a code host', 'https://github.com/example/budget', /code/],
    ['a not-http URL', 'file:///tmp/page.html', /http/],
  ])('%s is not an article, even with article metadata', (_why, url, reason) => {
    const verdict = classifyPage(page(articleHead, articleBody), url);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join('; ')).toMatch(reason);
  });

  test.each([
    ['a product', `<meta property="og:type" content="product"><title>Kettle</title>`, '<h1>Kettle</h1>', /og:type product/],
    ['a video page', `<meta property="og:type" content="video.other"><title>Clip</title>`, '<h1>Clip</h1>', /video/],
    ['a JSON-LD Product', `${ld({ '@type': 'Product', name: 'Kettle' })}<meta property="og:type" content="article">`, '<h1>Kettle</h1>', /Product/],
    ['a microdata Book', '<meta property="og:type" content="article">', '<div itemscope itemtype="http://schema.org/Book"><h1>A book</h1></div>', /Book/],
    ['a MediaWiki page on any host', '<meta name="generator" content="MediaWiki 1.41">', `<h1>Budget</h1>${prose}`, /MediaWiki/],
    ['a scholarly paper', `${articleHead}<meta name="citation_title" content="On budgets">`, articleBody, /scholarly/],
    ['a page with no article metadata and no headline', '<title>Tools</title>', prose, /no <h1>/],
    [
      'an undated page with only og:type article',
      '<meta property="og:type" content="article"><title>Seminar</title>',
      '<h1>Seminar</h1><p>Short.</p>',
      /weight 2 < 3/,
    ],
  ])('%s is not an article', (_why, head, body, reason) => {
    const verdict = classifyPage(page(head, body), 'https://example.com/events/seminar');
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join('; ')).toMatch(reason);
  });

  test('a page with no metadata but a dated headline over prose is an article', () => {
    const body = `<h1>Council approves budget</h1><div class="meta">By Ana Ruiz, 3 May 2024</div>${prose}`;
    const verdict = classifyPage(page('<title>Council approves budget | Example</title>', body), 'https://example.com/news/council-approves-the-budget');
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reasons).toContain('date under the headline (+2)');
  });

  test('extractArticle returns null for a non-article', () => {
    expect(extractArticle(page(articleHead, articleBody), 'https://example.com/')).toBeNull();
  });
});

describe('reasons', () => {
  test.each([
    ['+3 ld:NewsArticle', 'JSON-LD NewsArticle (+3)'],
    ['+2 og', 'og:type article (+2)'],
    ['+1 slug', 'slug URL (+1)'],
    ['video:www.youtube.com', 'video platform (www.youtube.com)'],
    ['ogtype:video.other', 'og:type video.other'],
    ['weight:2 < 3', 'weight 2 < 3'],
    ['unreadable:Error: boom', 'unreadable page: Error: boom'],
    ['a reason no code names', 'a reason no code names'],
  ])('%j reads %j', (code, text) => {
    expect(explainReason(code)).toBe(text);
  });

  test('the light reader gives codes, and each one it gave here has its sentence', () => {
    const codes = [
      ...readPage(page(articleHead, articleBody), 'https://example.com/news/council-approves-the-budget').reasons,
      ...readPage(page(articleHead, articleBody), 'https://www.youtube.com/watch?v=abc').reasons,
      ...readPage(page('<meta name="citation_title" content="x">', ''), 'https://example.com/tag/budget').reasons,
    ];
    expect(codes).toEqual(expect.arrayContaining(['+2 og', '+2 date', 'video:www.youtube.com', 'listing', 'citation']));
    for (const code of codes) expect(explainReason(code), code).not.toBe(code);
  });
});
