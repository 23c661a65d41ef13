import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { readArticle } from '../../../utils/article/read-article';
import { ld, page, URL_ } from './html';

const news = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Council approves budget',
  datePublished: '2024-05-03T09:30:00+02:00',
  author: { '@type': 'Person', name: 'Ana Ruiz' },
  ...extra,
});

describe('JSON-LD', () => {
  test.each([
    ['a plain block', ld(news())],
    ['a @graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Example News' }, news()] })],
    ['a top-level array', ld([{ '@type': 'BreadcrumbList' }, news()])],
    ['several blocks, the first malformed', ld('{"@type": "NewsArticle", headline: broken') + ld(news())],
    ['a CDATA-wrapped block', ld(`<![CDATA[${JSON.stringify(news())}]]>`)],
    ['a mainEntity wrapper', ld({ '@type': 'WebPage', mainEntity: news() })],
    ['a type array with a URL prefix', ld(news({ '@type': ['http://schema.org/ReportageNewsArticle', 'Thing'] }))],
    ['raw newlines inside strings', ld(JSON.stringify(news()).replace('Council approves', 'Council\napproves'))],
  ])('reads %s', (_why, head) => {
    const a = extractArticle(page(`<title>Other title</title>${head}`), URL_);
    expect(a?.title).toBe('Council approves budget');
    expect(a?.publishedTime).toBe('2024-05-03T07:30:00.000Z');
    expect(a?.byline).toBe('Ana Ruiz');
  });

  test('prefers a news article node over a generic one and resolves @id references', () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', headline: 'Generic teaser' },
        { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'The Example Times' },
        news({ publisher: { '@id': '#org' }, author: [{ name: 'Ana Ruiz' }, { name: 'Bo Li' }], articleSection: ['Politics'] }),
      ],
    };
    const a = extractArticle(page(ld(graph)), URL_);
    expect(a).toMatchObject({ title: 'Council approves budget', siteName: 'The Example Times', byline: 'Ana Ruiz, Bo Li', section: 'Politics' });
  });
});

describe('fallback sources, in order of trust', () => {
  const head = (metas: string) => `<title>Doc title - Example</title>${metas}`;
  test.each([
    [
      'OpenGraph',
      head(
        '<meta property="og:type" content="article"><meta property="og:title" content="OG headline"><meta property="article:published_time" content="2024-05-03T10:00:00Z">',
      ),
      'OG headline',
      '2024-05-03T10:00:00.000Z',
    ],
    [
      'Twitter cards',
      head(
        '<meta property="og:type" content="article"><meta name="twitter:title" content="Card headline"><meta name="parsely-pub-date" content="2024-05-03T10:00:00Z">',
      ),
      'Card headline',
      '2024-05-03T10:00:00.000Z',
    ],
    [
      'Parse.ly',
      head(
        '<meta property="og:type" content="article"><meta name="parsely-title" content="Parsely headline"><meta name="sailthru.date" content="2024-05-03 10:00:00">',
      ),
      'Parsely headline',
      '2024-05-03T10:00:00.000Z',
    ],
    [
      'Dublin Core',
      head('<meta property="og:type" content="article"><meta name="DC.title" content="DC headline"><meta name="DC.date.issued" content="2024-05-03">'),
      'DC headline',
      '2024-05-03',
    ],
  ])('%s', (_why, h, title, published) => {
    const a = extractArticle(page(h, '<h1>Unrelated visible words</h1>'), URL_);
    expect(a?.title).toBe(title);
    expect(a?.publishedTime).toBe(published);
  });

  test('microdata and <time datetime>', () => {
    const body = `<article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Microdata headline</h1>
      <span itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></span>
      <time datetime="2024-05-03T08:00:00-04:00">May 3</time><p>${'Body text. '.repeat(20)}</p></article>`;
    const a = extractArticle(page('<title>Microdata headline | Example</title>', body), URL_);
    expect(a).toMatchObject({ title: 'Microdata headline', byline: 'Ana Ruiz', publishedTime: '2024-05-03T12:00:00.000Z' });
  });

  test('the <h1> when the metadata confirms it, else the metadata', () => {
    const meta = '<meta property="og:type" content="article"><meta property="og:title" content="Council approves the budget">';
    expect(extractArticle(page(meta, '<h1>Council approves the 2025 budget</h1>'), URL_)?.title).toBe('Council approves the 2025 budget');
    expect(extractArticle(page(meta, '<h1>Example News</h1>'), URL_)?.title).toBe('Council approves the budget');
  });

  test('the document <title>, cleaned, when nothing else names the article', () => {
    const a = extractArticle(
      page(
        '<title>Council approves budget | Example News</title><meta property="og:type" content="article"><meta property="og:site_name" content="Example News">',
      ),
      URL_,
    );
    expect(a?.title).toBe('Council approves budget');
    expect(a?.siteName).toBe('Example News');
  });
});

describe('fields', () => {
  const full = page(
    `<title>Council approves budget</title>${ld(news({ description: 'The vote &amp; the row.' }))}
     <meta property="og:site_name" content="Example News"><meta property="og:image" content="/img/lead.jpg?w=1200">
     <meta property="article:modified_time" content="2024-05-04T00:00:00Z"><meta property="og:locale" content="en_GB">
     <link rel="canonical" href="https://www.example.com/news/2024/05/03/council-approves-budget?utm_source=x">`,
    '',
    '',
  );

  test('reads every field, each cleaned', () => {
    expect(extractArticle(full, `${URL_}?fbclid=1`)).toEqual({
      title: 'Council approves budget',
      canonicalUrl: 'https://example.com/news/2024/05/03/council-approves-budget',
      siteName: 'Example News',
      outletDomain: 'example.com',
      publishedTime: '2024-05-03T07:30:00.000Z',
      modifiedTime: '2024-05-04T00:00:00.000Z',
      description: 'The vote & the row.',
      byline: 'Ana Ruiz',
      lang: 'en-GB',
      section: undefined,
      image: 'https://www.example.com/img/lead.jpg?w=1200',
    });
  });

  test('the light reader leaves to the background what only it needs', () => {
    const url = `${URL_}?utm_source=x&fbclid=1`;
    const light = readArticle(page(ld(news()), '', ''), url);
    const full = extractArticle(page(ld(news()), '', ''), url);
    expect(light?.canonicalUrl).toBe('https://example.com/news/2024/05/03/council-approves-budget?fbclid=1&utm_source=x');
    expect(full?.canonicalUrl).toBe('https://example.com/news/2024/05/03/council-approves-budget');
    for (const key of ['modifiedTime', 'section', 'image']) {
      expect(light).not.toHaveProperty(key);
      expect(full).toHaveProperty(key);
    }
    expect(light).toMatchObject({ title: full?.title, publishedTime: full?.publishedTime, byline: full?.byline, lang: full?.lang });
  });

  test('leaves a field undefined when the page does not say it', () => {
    const a = extractArticle(page(`<title>T</title>${ld({ '@type': 'NewsArticle', headline: 'Only a headline', datePublished: '2024-01-01' })}`, '', ''), URL_);
    expect(a).toMatchObject({
      title: 'Only a headline',
      byline: undefined,
      description: undefined,
      image: undefined,
      lang: undefined,
      siteName: undefined,
      modifiedTime: undefined,
    });
  });

  test('a byline that is a URL is refused', () => {
    const a = extractArticle(page(`${ld(news({ author: undefined }))}<meta property="article:author" content="https://facebook.com/someone">`), URL_);
    expect(a?.byline).toBeUndefined();
  });
});

describe('outletDomain', () => {
  test.each([
    ['https://www.bbc.co.uk/news/world-12345678', 'bbc.co.uk', 'bbc.co.uk'],
    ['https://edition.cnn.com/2024/05/03/politics/council-budget/index.html', 'cnn.com', 'edition.cnn.com'],
    ['https://www.theguardian.com/world/2024/may/03/council-budget', 'theguardian.com', 'theguardian.com'],
  ])('%s -> %s (light reader: %s)', (url, registrable, host) => {
    const doc = page(ld(news()));
    expect(extractArticle(doc, url)?.outletDomain).toBe(registrable);
    expect(readArticle(doc, url)?.outletDomain).toBe(host);
  });
});

describe('canonical URL', () => {
  const withCanonical = (href: string) => page(`${ld(news())}<link rel="canonical" href="${href}">`);
  test.each([
    ['is taken from rel=canonical, normalised', 'https://www.example.com/news/story-a#x', URL_, 'https://example.com/news/story-a'],
    ['resolves a relative canonical', '/news/story-a', URL_, 'https://example.com/news/story-a'],
    ['ignores a canonical pointing at the home page', 'https://www.example.com/', URL_, 'https://example.com/news/2024/05/03/council-approves-budget'],
    ['ignores a canonical pointing at a section page', 'https://www.example.com/news', URL_, 'https://example.com/news/2024/05/03/council-approves-budget'],
    ['ignores a javascript: canonical', 'javascript:alert(1)', URL_, 'https://example.com/news/2024/05/03/council-approves-budget'],
    [
      'maps an AMP page to its canonical',
      'https://www.example.com/news/story-a',
      'https://www.example.com/news/story-a/amp',
      'https://example.com/news/story-a',
    ],
    [
      'keeps a cross-site canonical (syndicated copy)',
      'https://origin.example.org/2024/story-a',
      'https://www.msn.com/en-us/news/story-a',
      'https://origin.example.org/2024/story-a',
    ],
  ])('%s', (_why, href, url, expected) => {
    expect(extractArticle(withCanonical(href), url)?.canonicalUrl).toBe(expected);
  });

  test('falls back to og:url when rel=canonical is unusable', () => {
    const doc = page(`${ld(news())}<link rel="canonical" href="/"><meta property="og:url" content="https://example.com/news/story-b">`);
    expect(extractArticle(doc, URL_)?.canonicalUrl).toBe('https://example.com/news/story-b');
  });
});

describe('titles come clean', () => {
  test.each([
    ['Council approves budget - Example News', 'Council approves budget'],
    ['Council approves budget | Example News', 'Council approves budget'],
    ['Example News | Council approves budget', 'Council approves budget'],
    ['City council approves budget – Politics – Example News', 'City council approves budget'],
    ['Council approves budget [Example News]', 'Council approves budget'],
    ['Council approves budget :: example.com', 'Council approves budget'],
    ['Council  approves\n budget &amp;amp; more', 'Council approves budget & more'],
    ['Left-wing council approves budget - a first', 'Left-wing council approves budget - a first'],
  ])('%j -> %j', (raw, clean) => {
    const doc = page(
      `<meta property="og:site_name" content="Example News"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-03"><title>${raw}</title>`,
    );
    expect(extractArticle(doc, URL_)?.title).toBe(clean);
  });
});
