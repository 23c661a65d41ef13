import { describe, expect, it } from 'vitest';
import type { Outlet } from '../../../utils/model';
import { coverageFor } from '../../../utils/coverage';
import { AP, REUTERS, REUTERS_LEAD, STRAITS, WION, YAHOO } from './blinken';

const outlet = (id: string, name: string, bias?: Outlet['bias']): Outlet => ({
  id,
  name,
  homepage: '',
  domains: [],
  feeds: [],
  country: 'US',
  language: 'en',
  ...(bias ? { bias } : {}),
});
const rating = (value: NonNullable<Outlet['bias']>['value']) => ({ value, source: 'allsides', date: '2022-09-28' });
const OUTLETS = new Map(
  [
    outlet('ap', 'Associated Press', rating('lean-left')),
    outlet('reuters', 'Reuters', rating('center')),
    outlet('yahoo-news', 'Yahoo News', rating('lean-left')),
    outlet('the-straits-times', 'The Straits Times'),
    outlet('wion', 'WION'),
  ].map((o) => [o.id, o]),
);
const SEED = [AP, REUTERS, YAHOO, STRAITS, WION].map((a) => ({ ...a, description: a.description ?? '' }));

describe('honest counts', () => {
  it('say how many outlets reported the seed story and how many carried the Reuters copy', () => {
    const c = coverageFor(SEED, { outlets: OUTLETS });
    expect(c.reporting.sentence).toBe('Covered by 5 outlets: 3 reported it, 2 carried the Reuters copy');
    expect(c.outletCount).toBe(5);
    expect([c.reporting.reported, c.reporting.carried]).toEqual([3, 2]);
  });

  it('by default count only the outlets that reported it in the mix, every outlet that ran it in the blindspot, and say so', () => {
    const c = coverageFor(SEED, { outlets: OUTLETS });
    expect(c.reporting.counted).toMatch(
      /^The bias and factuality mix and the summary count the 3 outlets that reported it themselves; the 2 that only carried a copy are left out \(the default; change it in settings\)\. The blindspot counts every outlet that ran it/,
    );
    expect([c.bias['lean-left'].count, c.bias.center.count, c.bias.unrated.count]).toEqual([1, 1, 1]);
    expect(c.blindspot.ratedOutlets).toBe(3);
  });

  it('count the carriers too when the reader chooses, and say that', () => {
    const c = coverageFor(SEED, { outlets: OUTLETS, countCarriers: true });
    expect(c.reporting.counted).toBe(
      'The bias and factuality mix counts all 5 outlets, including the 2 that only carried a copy (your setting); the summary quotes each report once; the blindspot counts every outlet that ran it.',
    );
    expect([c.bias['lean-left'].count, c.bias.center.count, c.bias.unrated.count]).toEqual([2, 1, 2]);
    expect(c.blindspot.ratedOutlets).toBe(3);
  });

  it('never quote the same wire sentence twice, with or without the original', () => {
    for (const articles of [SEED, SEED.filter((a) => a.outletId !== 'reuters')]) {
      const c = coverageFor(
        articles.map((a) => (a === SEED[1] ? a : { ...a, description: a.outletId === 'yahoo-news' ? REUTERS_LEAD : a.description })),
        {
          outlets: OUTLETS,
          summarySentences: 5,
        },
      );
      const texts = c.summary.map((s) => s.text.toLowerCase());
      expect(texts.filter((t) => t.includes('aimed at reducing tensions')).length).toBeLessThanOrEqual(1);
      expect(texts.filter((t) => t.includes('top us diplomat blinken meets')).length).toBeLessThanOrEqual(1);
    }
  });

  it('an outlet with a report of its own besides a copy reported it', () => {
    const own = {
      url: 'https://au.news.yahoo.com/own-report',
      outletId: 'yahoo-news',
      title: 'What Blinken and Han said to each other in New York',
      description: 'A report of its own.',
      published: 0,
    };
    const c = coverageFor([...SEED, own], { outlets: OUTLETS });
    expect([c.reporting.reported, c.reporting.carried]).toEqual([4, 1]);
  });

  it('name every source when carriers carried more than one', () => {
    const apCopy = { ...AP, url: 'https://wion.example/ap-copy', outletId: 'wion' };
    const c = coverageFor(
      [AP, REUTERS, YAHOO, STRAITS, apCopy].map((a) => ({ ...a, description: a.description ?? '' })),
      { outlets: OUTLETS },
    );
    expect(c.reporting.sentence).toBe('Covered by 5 outlets: 2 reported it, 3 carried copies (Reuters 2, AP 1)');
  });

  it('say so when every outlet reported it itself', () => {
    const c = coverageFor(
      [AP, WION].map((a) => ({ ...a, description: a.description ?? '' })),
      { outlets: OUTLETS },
    );
    expect(c.reporting.sentence).toBe('Covered by 2 outlets, each with its own report');
    expect(c.reporting.counted).toBe('Counting all 2 outlets; none only carried a copy.');
  });
});
