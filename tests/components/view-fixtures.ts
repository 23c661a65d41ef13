import type { CoverageView, IndexStatus, KeyedShare, OutletView, TabView } from '../../utils/views';
import type { BiasOrUnrated, FactualityOrUnrated } from '../../utils/model';

export const index: IndexStatus = { articles: 1200, stories: 310, lastRefresh: Date.UTC(2023, 8, 19, 12), label: 'Demo snapshot' };

export const outlet: OutletView = {
  id: 'reuters',
  name: 'Reuters',
  homepage: 'https://www.reuters.com/',
  bias: 'center',
  factuality: 'reliable',
  disabled: false,
  biasSource: { name: 'AllSides', url: 'https://www.allsides.com/news-source/reuters', licence: 'CC BY-NC 4.0', date: '2022-09-28' },
  factualitySource: {
    name: 'Wikipedia: Perennial sources',
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    licence: 'CC BY-SA 4.0',
    date: '2024-01-01',
  },
};

const biasShares = (counts: Partial<Record<BiasOrUnrated, number>>, percents: Partial<Record<BiasOrUnrated, number>>): KeyedShare<BiasOrUnrated>[] =>
  (['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'] as const).map((key) => ({ key, count: counts[key] ?? 0, percent: percents[key] ?? 0 }));
const factShares = (
  counts: Partial<Record<FactualityOrUnrated, number>>,
  percents: Partial<Record<FactualityOrUnrated, number>>,
): KeyedShare<FactualityOrUnrated>[] =>
  (['reliable', 'no-consensus', 'unreliable', 'blacklisted', 'unrated'] as const).map((key) => ({ key, count: counts[key] ?? 0, percent: percents[key] ?? 0 }));

export const coverage: CoverageView = {
  storyId: 's1',
  storyTitle: 'Blinken meets China’s VP Han at UN',
  outlets: 3,
  unrated: 1,
  totalArticles: 4,
  bias: biasShares({ center: 2, unrated: 1 }, { center: 67, unrated: 33 }),
  factuality: factShares({ reliable: 2, unrated: 1 }, { reliable: 67, unrated: 33 }),
  blindspot: { side: null, rule: 'A blindspot needs at least 5 rated outlets.', verdict: 'Not enough rated outlets to judge: 2 of the 5 needed.' },
  first: { outletName: 'AP', at: Date.UTC(2023, 8, 18, 14) },
  last: { outletName: 'WION', at: Date.UTC(2023, 8, 19, 9) },
  summary: [{ text: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit', outletName: 'AP' }],
  articles: [
    {
      url: 'https://apnews.com/article/blinken-han',
      title: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
      outletId: 'ap',
      outletName: 'AP',
      bias: 'center',
      published: Date.UTC(2023, 8, 18, 14),
      current: false,
    },
    {
      url: 'https://www.reuters.com/world/blinken-han',
      title: 'Top US diplomat Blinken meets China’s VP Han at UN amid strained ties',
      outletId: 'reuters',
      outletName: 'Reuters',
      bias: 'center',
      published: Date.UTC(2023, 8, 18, 16),
      current: true,
    },
    {
      url: 'https://www.wionews.com/world/blinken-han',
      title: 'Blinken meets China’s VP Han to set stage for future Xi-Biden meeting',
      outletId: 'wion',
      outletName: 'WION',
      bias: 'unrated',
      published: Date.UTC(2023, 8, 19, 9),
      current: false,
    },
  ],
  reporting: {
    reported: 3,
    carried: 0,
    sentence: 'Covered by 3 outlets, each with its own report',
    counted: 'Counting all 3 outlets; none only carried a copy.',
    countCarriers: false,
  },
  detached: [],
};

export const matched: TabView = { state: 'matched', outlet, coverage, index };
