/**
 * Meta-test of the catalog's evidence: every feed has provenance, none is one the 2026-03-25 scan
 * found invalid, none sits on an aggregator or platform, every ownership value has a source, and
 * every outlet a rating file rates that a list carries a feed of is in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAllSidesRows, readRspRows } from '../../../scripts/catalog/inputs';
import { ratedDomains } from '../../../scripts/catalog/join';
import { feedKey } from '../../../scripts/catalog/lists/entries';
import { hostOf, hostVerdict, registrableOf } from '../../../scripts/catalog/lists/hosts';
import { readInvalidFeeds, readListEntries } from '../../../scripts/catalog/lists/read';
import { type Catalog, OWNERSHIP_KINDS, type Outlet } from '../../../utils/model';
import { createOutletLookup } from '../../../utils/sources/catalog';

const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
const { outlets } = catalog;
const listIds = new Set((catalog.feedLists ?? []).map((l) => l.id));
const feeds = outlets.flatMap((o) => o.feeds.map((url, i) => ({ outlet: o, url, sources: o.feedSources?.[i] ?? [] })));

const isOwnPage = (o: Outlet, source: string) => /^https?:\/\//.test(source) && createOutletLookup([o]).byUrl(source)?.id === o.id;

describe('feed evidence', () => {
  test('every feed list is named, linked, licensed and pinned to a commit and date', () => {
    expect([...listIds].sort()).toEqual(['kite', 'plenary', 'yavuz']);
    for (const list of [...(catalog.feedLists ?? []), ...(catalog.ownershipSources ?? [])]) {
      expect(list.licence.trim()).not.toBe('');
      expect(list.url).toMatch(/^https:\/\//);
      expect(list.commit).toMatch(/^[0-9a-f]{7,40}$/);
      expect(list.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('every feed names the lists that carry it, or a page of its own outlet', () => {
    const bad = outlets.filter((o) => (o.feedSources?.length ?? 0) !== o.feeds.length).map((o) => o.id);
    expect(bad).toEqual([]);
    const unproven = feeds.filter((f) => f.sources.length === 0 || !f.sources.every((s) => listIds.has(s) || isOwnPage(f.outlet, s)));
    expect(unproven.map((f) => `${f.outlet.id}: ${f.url}`)).toEqual([]);
  });

  test('a feed listed by a list is really in that copy of the list', () => {
    const carried = new Map<string, Set<string>>();
    for (const e of readListEntries()) carried.set(feedKey(e.feed), (carried.get(feedKey(e.feed)) ?? new Set()).add(e.list));
    const wrong = feeds.filter((f) => f.sources.some((s) => listIds.has(s) && !carried.get(feedKey(f.url))?.has(s)));
    expect(wrong.map((f) => `${f.outlet.id}: ${f.url}`)).toEqual([]);
  });

  test('at least 85% of the feeds are in an independent list', () => {
    expect(feeds.filter((f) => f.sources.some((s) => listIds.has(s))).length / feeds.length).toBeGreaterThanOrEqual(0.85);
  });

  test('no feed is one the 2026-03-25 scan found invalid', () => {
    const invalid = readInvalidFeeds();
    expect(invalid.size).toBeGreaterThan(100);
    expect(feeds.filter((f) => invalid.has(feedKey(f.url))).map((f) => f.url)).toEqual([]);
  });

  test('no feed sits on an aggregator, a platform or a government site', () => {
    const bad = feeds.filter((f) => {
      const verdict = hostVerdict(hostOf(f.url) ?? '');
      return verdict !== undefined && verdict !== 'feed-service';
    });
    expect(bad.map((f) => f.url)).toEqual([]);
    for (const url of ['https://news.google.com/rss/search?q=x', 'https://www.reddit.com/r/news/.rss', 'https://nitter.net/x/rss']) {
      expect(hostVerdict(hostOf(url)!)).toBe('aggregator');
    }
  });

  test('a feed language is a BCP 47 primary subtag for one of the outlet feeds, and differs from the outlet', () => {
    const bad = outlets.flatMap((o) =>
      Object.entries(o.feedLanguages ?? {}).filter(([url, lang]) => !o.feeds.includes(url) || !/^[a-z]{2,3}$/.test(lang) || lang === o.language),
    );
    expect(bad).toEqual([]);
  });
});

describe('ownership', () => {
  const sources = new Set((catalog.ownershipSources ?? []).map((s) => s.id));

  test('every ownership value has a known kind and a known source', () => {
    const bad = outlets.filter((o) => o.ownership && (!OWNERSHIP_KINDS.includes(o.ownership.kind) || !sources.has(o.ownership.source)));
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  test('state media the media data names are labelled', () => {
    const kind = (id: string) => outlets.find((o) => o.id === id)?.ownership?.kind;
    expect([kind('rt'), kind('tass'), kind('voice-of-america'), kind('trt-world')]).toEqual(['state-funded', 'state-funded', 'state-funded', 'state-funded']);
  });
});

test('every outlet a rating file rates that a list carries a usable feed of is in the catalog', () => {
  const rated = ratedDomains(readAllSidesRows(), readRspRows());
  const invalid = readInvalidFeeds();
  const lookup = createOutletLookup(outlets);
  const missing = new Set<string>();
  for (const entry of readListEntries()) {
    const host = hostOf(entry.website || entry.feed);
    const domain = host && registrableOf(host);
    if (!domain || !rated.has(domain) || invalid.has(feedKey(entry.feed))) continue;
    if (hostVerdict(host) || hostVerdict(hostOf(entry.feed) ?? '')) continue;
    if (!lookup.byDomain(host)) missing.add(domain);
  }
  expect([...missing]).toEqual([]);
});
