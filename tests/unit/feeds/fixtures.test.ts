/**
 * Every real feed in tests/fixtures/feeds, parsed and compared with what other parsers made
 * of it (rss-parser's and feed-rs's outputs, copied beside the feeds). We compare the fields
 * that mean the same thing: item count, titles, links and dates. Where the other parser is
 * wrong, the table says so and the test checks our (correct) value instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../utils/feeds/parse';

const dir = new URL('../../fixtures/feeds/', import.meta.url);
const NOW = Date.UTC(2024, 0, 1);

interface Expected {
  title: string;
  items: Array<{ title: string; link: string; date: string | null }>;
}

interface IndexEntry {
  file: string;
  expected_output: string | null;
  expected_output_kind: string | null;
}

const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as IndexEntry[];

/**
 * rss-parser left isoDate out where it could not read the date: uol-noticias writes Portuguese
 * names ("Seg, 24 Set 2018 19:42:40 -0300"). Translated to English, V8's own Date parser reads
 * them, which gives an oracle independent of ours.
 */
function portugueseDate(pubDate: string | undefined): string | null {
  if (!pubDate) return null;
  const english = pubDate
    .replace(/^[^,]+,/, '')
    .replace(/\bSet\b/, 'Sep')
    .replace(/\bOut\b/, 'Oct');
  const time = Date.parse(english);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** rss-parser test output: { feed: { title, items: [{ title, link, isoDate }] } }. */
// biome-ignore lint/suspicious/noExplicitAny: another project's test output, read field by field
function fromRssParser(data: any): Expected {
  return {
    title: data.feed.title,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    items: data.feed.items.map((item: any) => ({
      title: item.title,
      link: item.link,
      date: item.isoDate ?? portugueseDate(item.pubDate),
    })),
  };
}

/** feed-rs model dump: { title: { content }, entries: [{ title: { content }, links, published }] }. */
// biome-ignore lint/suspicious/noExplicitAny: another project's test output, read field by field
function fromFeedRs(data: any): Expected {
  return {
    title: data.title.content,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    items: data.entries.map((entry: any) => ({
      title: entry.title.content,
      link: entry.links[0].href,
      date: entry.published ?? entry.updated,
    })),
  };
}

function readExpected(entry: IndexEntry): Expected {
  const bytes = readFileSync(new URL(entry.expected_output as string, dir));
  // jn-pt's expected output was saved in Latin-1, the others in UTF-8.
  const text = new TextDecoder(entry.file === 'jn-pt.rss' ? 'latin1' : 'utf-8').decode(bytes);
  const data = JSON.parse(text);
  return entry.expected_output_kind?.startsWith('rss-parser') ? fromRssParser(data) : fromFeedRs(data);
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * rss-parser read uol-noticias (Latin-1 bytes, no declaration) as UTF-8, so its titles hold
 * U+FFFD where the accented letters were: each one stands for any single character of ours.
 */
function matchesTitle(ours: string, theirs: string): boolean {
  const expected = fold(theirs);
  if (!expected.includes('\ufffd')) return ours === expected;
  const pattern = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\ufffd/g, '.');
  return new RegExp(`^${pattern}$`, 'u').test(ours);
}

/**
 * Dates the other parser could not read, which we can: feed-rs gives no date for nbc-new-york's
 * "Sat, Dec 16 2023 02:02:33 PM" (month first, 12-hour clock, no zone: read as UTC).
 */
const DATES_THEY_MISSED: Record<string, Record<number, string>> = {
  'nbc-new-york.rss': { 0: '2023-12-16T14:02:33.000Z' },
};

describe.each(index.filter((entry) => entry.expected_output))('$file against $expected_output_kind', (entry) => {
  const feed = parseFeed(readFileSync(new URL(entry.file, dir)), { now: NOW });
  const expected = readExpected(entry);

  it('has the same title and item count', () => {
    expect(matchesTitle(feed.title, expected.title)).toBe(true);
    expect(feed.items).toHaveLength(expected.items.length);
  });

  it('has the same item titles and links', () => {
    feed.items.forEach((item, i) => {
      const theirs = expected.items[i];
      expect(matchesTitle(item.title, theirs.title), `${item.title} vs ${theirs.title}`).toBe(true);
      expect(item.url).toBe(new URL(theirs.link.trim()).href);
    });
  });

  it('has the same dates, and reads the ones the other parser missed', () => {
    feed.items.forEach((item, i) => {
      const theirs = expected.items[i].date;
      const missed = DATES_THEY_MISSED[entry.file]?.[i];
      if (missed) expect(item.published).toBe(missed);
      else if (theirs) expect(item.published).toBe(new Date(theirs).toISOString());
      else expect.fail(`${entry.file} item ${i}: the expected output has no date`);
    });
  });
});

/** Feeds whose source repository has no output to compare with: checked by hand. */
describe.each([
  {
    file: 'oren-ru.rss', // windows-1251, declared
    title: 'Новости Оренбурга и области / Раздел Новости',
    count: 10,
    first: {
      title: 'В Бузулуке главные стройплощадки – детсад и Ледовый дворец',
      url: 'http://www.oren.ru/news/2743422/',
      published: '2014-01-22T14:31:31.000Z',
    },
  },
  {
    file: 'dailymail-us-home.rss', // labelled ISO-8859-1, bytes are UTF-8
    title: 'Home | Mail Online',
    count: 1,
    first: {
      title:
        'Could the infamous Black Dahlia case be about to be solved? Cadaver dog discovers death scent at Hollywood home of suspect 66 years after the horrific murder',
      url: 'http://www.dailymail.co.uk/news/article-2272640/Could-infamous-Black-Dahlia-case-solved-Cadaver-dog-discovers-death-scent-Hollywood-home-suspect-66-years-horrific-murder.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490',
      published: '2013-02-03T04:13:03.000Z',
    },
  },
  {
    file: 'talkingpointsmemo.atom', // relative links, resolved against the feed's alternate link
    title: 'All TPM News',
    count: 20,
    first: {
      title: 'Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist',
      url: 'http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist',
      published: '2017-11-08T23:15:58.000Z',
    },
  },
  {
    file: 'washingtonpost-wellness.rss', // EST dates
    title: 'Wellness: Health, Fitness, Nutrition & More - The Washington Post',
    count: 29,
    first: {
      title: 'Schools minister to kids’ fitness and nutrition needs',
      url: 'http://feeds.washingtonpost.com/click.phdo?i=cc0c5fb09865354bbec8415210a554da',
      published: '2012-08-21T15:33:00.000Z',
    },
  },
])('$file, checked by hand', ({ file, title, count, first }) => {
  const feed = parseFeed(readFileSync(new URL(file, dir)), { now: NOW });

  it('reads the title, every item and the first one exactly', () => {
    expect(feed.title).toBe(title);
    expect(feed.items).toHaveLength(count);
    expect(feed.items[0]).toMatchObject(first);
  });

  it('gives every item a title, an http(s) URL, a date and a clean description', () => {
    for (const item of feed.items) {
      expect(item.title).not.toBe('');
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.published).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(item.description).not.toMatch(/<[a-z/]|&[a-z#0-9]+;|\ufffd/i);
    }
  });
});

describe('every fixture', () => {
  it.each(index.map((entry) => entry.file))('%s yields text without markup, mojibake or stray spaces', (file) => {
    const feed = parseFeed(readFileSync(new URL(file, dir)), { now: NOW });
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      for (const text of [item.title, item.description]) {
        expect(text).toBe(fold(text));
        expect(text).not.toMatch(/<(p|a|img|br|div)\b|&(amp|lt|gt|quot|#\d+);/i);
        expect(text).not.toMatch(/Ã[\u0080-\u00bf]|\ufffd/);
      }
    }
  });
});
