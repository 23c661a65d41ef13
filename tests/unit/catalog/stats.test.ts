import { expect, test } from 'vitest';
import { catalogStats } from '../../../scripts/catalog/stats';
import type { Catalog, Outlet } from '../../../utils/model';

function outlet(id: string, country: string, language: string, extra: Partial<Outlet> = {}): Outlet {
  return { id, name: id, homepage: `https://${id}.com/`, domains: [`${id}.com`], feeds: [], country, language, ...extra };
}

test('counts outlets, countries, languages, ratings and feeds', () => {
  const catalog: Catalog = {
    version: 1,
    generated: '2026-01-01',
    ratingSources: [],
    feedLists: [
      {
        id: 'kite',
        name: 'K',
        url: 'https://k.example/',
        licence: 'MIT',
        licenceUrl: 'https://k.example/l',
        attribution: 'K',
        commit: 'abc',
        date: '2026-05-12',
      },
    ],
    outlets: [
      outlet('a', 'US', 'en', {
        bias: { value: 'left', source: 'allsides', date: '2022-09-28' },
        feeds: ['https://a.com/feed', 'https://a.com/other'],
        feedSources: [['kite'], ['https://a.com/rss-index']],
        ownership: { kind: 'state-funded', source: 'kite-media' },
      }),
      outlet('b', 'US', 'en', { factuality: { value: 'reliable', source: 'wikipedia-rsp', date: '2024' } }),
      outlet('c', 'DE', 'de', { bias: { value: 'center', source: 'allsides', date: '2022-09-28' } }),
      outlet('d', 'FR', 'fr'),
    ],
  };
  const stats = catalogStats(catalog);
  expect(stats).toEqual({
    outlets: 4,
    countries: 3,
    languages: 3,
    byBias: { left: 1, 'lean-left': 0, center: 1, 'lean-right': 0, right: 0, unrated: 2 },
    byCountry: { US: 2, DE: 1, FR: 1 },
    withFeed: 1,
    withBiasSource: 2,
    withFactualitySource: 1,
    withOwnership: 1,
    byOwnership: { 'state-funded': 1, public: 0, private: 0, 'non-profit': 0, independent: 0, unknown: 0, none: 3 },
    feedsTotal: 2,
    feedsConfirmed: 1,
    feedsByList: { kite: 1 },
  });
  expect(Object.keys(stats.byCountry)).toEqual(['US', 'DE', 'FR']);
});

test('an empty catalog has all-zero figures', () => {
  const stats = catalogStats({ version: 1, generated: '2026-01-01', ratingSources: [], outlets: [] });
  expect(stats.outlets).toBe(0);
  expect(stats.byBias.unrated).toBe(0);
  expect(stats.byCountry).toEqual({});
});
