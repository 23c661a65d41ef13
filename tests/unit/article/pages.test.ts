/**
 * Every real page of tests/fixtures/pages, table-driven: news pages are articles with the expected
 * title, publication time, site name and language; non-article pages are not articles; no page
 * throws. Expected values are the upstream suites' (after corrections.json). Where the extractor
 * and the expectation still differ, the case is listed in GAPS with the reason and runs as
 * `test.fails`, so a change that closes a gap shows up as a failure to update the list.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../../utils/article/extract-article';
import type { ArticleReading } from '../../../utils/article/read-article';
import { foldTitle, sameTime } from '../../fixtures/pages/compare';
import { loadPageFixtures, type PageFixture } from '../../fixtures/pages/load';

type Check = 'article' | 'title' | 'published';

/** Known differences, by page and check, with why the extractor's answer stands or falls short. */
const GAPS: Record<string, Partial<Record<Check, string>>> = {
  'postlight-epaper.zeit.de': {
    article: 'An e-paper viewer page with no metadata, no <h1> and no date: nothing marks it as an article.',
    title: 'Not taken for an article, so no title.',
  },
  'readability-buzzfeed-1': { title: 'Expected (og:title) has straight quotes; the <h1> we return has typographic ones.' },
  'postlight-pitchfork.com': { title: "Expected is og:title 'Artist: Album'; the <h1>, which og:title confirms as its prefix, shows the album only." },
  'postlight-www.bustle.com': { title: 'Expected is the <h1>, which neither og:title nor <title> confirms; we return the metadata headline.' },
  'postlight-www.slate.com': {
    title:
      "Expected is the short display <h1> 'Broken Pledge', which no other source confirms; og:title, twitter:title and two other <h1>s agree on the headline we return.",
  },
  'postlight-www.spektrum.de': {
    title:
      "Expected is the visible <h2> without its 'Genetik' kicker; the only <h1> (a breadcrumb item, confirmed by <title>) says 'Rafflesien' where og:title says 'Riesenblumen'.",
  },
  'postlight-fortune.com': { published: 'The page states its time only in visible text we do not read as an instant.' },
  'postlight-www.refinery29.com': { published: 'The page states its date only in visible text away from the headline.' },
  'postlight-www.miamiherald.com': { published: 'The date is printed under an <h1> that no metadata confirms (the title differs).' },
  'postlight-www.slate.com#published': { published: 'The date is printed away from the headline.' },
  'postlight-www.spektrum.de#published': { published: 'The date is printed in a list away from the headline.' },
  'postlight-ici.radio-canada.ca': {
    published: "Its <time datetime> says 19:18 UTC but means 19:18 Montreal time; the expected 23:18 UTC is right, the page's markup is wrong.",
  },
  'postlight-www.gizmodo.jp': {
    published: 'Its article:published_time labels Japan time as UTC (20:00Z); the expected 11:00Z is right, the page metadata is wrong.',
  },
  'postlight-www.investmentexecutive.com': {
    published: "Its article:published_time and datePublished disagree by four hours; we follow article:published_time's trust order.",
  },
  'postlight-www.itmedia.co.jp': { published: 'The page gives only article:modified_time; we do not pass a modification time off as the publication time.' },
};

function gap(name: string, check: Check): string | undefined {
  return GAPS[name]?.[check] ?? GAPS[`${name}#${check}`]?.[check];
}

const fixtures = loadPageFixtures();
const readings = new Map<string, ArticleReading>();
function readingOf(page: PageFixture): ArticleReading {
  let reading = readings.get(page.name);
  if (!reading) {
    reading = extractPage(parseHTML(page.html()).document as unknown as Document, page.url);
    readings.set(page.name, reading);
  }
  return reading;
}

/** `test`, or `test.fails` with the reason in its name when the case is a known gap. */
function check(page: PageFixture, what: Check, body: () => void): void {
  const why = gap(page.name, what);
  if (why) test.fails(`${what} (known gap: ${why})`, body);
  else test(what, body);
}

describe.each(fixtures.filter((p) => p.kind === 'news').map((p) => [p.name, p] as const))('news page %s', (_name, page) => {
  check(page, 'article', () => expect(readingOf(page).isArticle, readingOf(page).reasons.join('; ')).toBe(true));
  if (page.expected.title) {
    check(page, 'title', () => expect(foldTitle(readingOf(page).article?.title)).toBe(foldTitle(page.expected.title)));
  }
  if (page.expected.publishedTime) {
    check(page, 'published', () => {
      const got = readingOf(page).article?.publishedTime;
      expect(sameTime(got, page.expected.publishedTime), `${got} vs ${page.expected.publishedTime}`).toBe(true);
    });
  }
  if (page.expected.siteName) test('site name', () => expect(readingOf(page).article?.siteName).toBeTruthy());
  if (page.expected.lang) test('lang', () => expect(readingOf(page).article?.lang?.toLowerCase()).toBe(page.expected.lang?.toLowerCase()));
});

test.each(fixtures.filter((p) => p.kind === 'non-article').map((p) => [p.name, p] as const))('non-article page %s is not an article', (_name, page) => {
  const reading = readingOf(page);
  expect(reading.isArticle).toBe(false);
  expect(reading.reasons.length).toBeGreaterThan(0);
});

test.each(fixtures.filter((p) => !['news', 'non-article'].includes(p.kind)).map((p) => [p.name, p] as const))(
  '%s is read without error and, if an article, has a title and an http(s) canonical URL',
  (_name, page) => {
    const { isArticle, article, reasons } = readingOf(page);
    expect(reasons.join(' ')).not.toMatch(/unreadable/);
    // Evidence comes spelled out (`prose (+1)`), not as the light reader's code (`+1 prose`).
    for (const reason of reasons) expect(reason).not.toMatch(/^\+\d /);
    if (isArticle) {
      expect(article?.title).toBeTruthy();
      expect(article?.canonicalUrl).toMatch(/^https?:\/\//);
    }
  },
);

test('corrections are few and each carries a reason', () => {
  const corrected = fixtures.filter((p) => p.corrections.length);
  expect(corrected.length).toBeLessThan(20);
  for (const p of corrected) expect(p.corrections[0].length).toBeGreaterThan(40);
});
