import { describe, expect, it } from 'vitest';
import type { Outlet, RatingSource } from '../../utils/model';
import { outletView } from '../../utils/sources/outlet-view';
import { ALLSIDES } from '../fixtures/news-outlets';

const sources: RatingSource[] = [ALLSIDES];
const reuters: Outlet = {
  id: 'reuters',
  name: 'Reuters',
  homepage: 'https://www.reuters.com/',
  domains: ['reuters.com'],
  feeds: [],
  country: 'GB',
  language: 'en',
  bias: { value: 'center', source: 'allsides', date: '2022-09-28', url: 'https://www.allsides.com/news-source/reuters' },
};
const none = { disabled: new Set<string>(), overrides: {} };

describe('outletView', () => {
  it('shows the shipped rating with where it comes from', () => {
    const view = outletView(reuters, none, sources);
    expect(view).toMatchObject({ bias: 'center', factuality: 'unrated', disabled: false });
    expect(view.biasSource).toEqual({ name: 'AllSides', url: 'https://www.allsides.com/news-source/reuters', licence: 'CC BY-NC 4.0', date: '2022-09-28' });
    expect(view.originalBias).toBeUndefined();
  });

  it("puts the reader's override first and keeps the original beside it", () => {
    const view = outletView(reuters, { disabled: new Set(['reuters']), overrides: { reuters: { bias: 'lean-left', factuality: 'reliable' } } }, sources);
    expect(view).toMatchObject({ bias: 'lean-left', originalBias: 'center', factuality: 'reliable', originalFactuality: 'unrated', disabled: true });
  });

  it("labels a custom source's rating as the reader's own", () => {
    const custom: Outlet = { ...reuters, id: 'custom-x', custom: true, bias: { value: 'right', source: 'user', date: '2026-11-28' } };
    expect(outletView(custom, none, sources).biasSource).toEqual({ name: 'your own rating', url: '', licence: '', date: '2026-11-28' });
  });

  it('never invents a source for a rating whose source is unknown', () => {
    const odd: Outlet = { ...reuters, bias: { value: 'right', source: 'somewhere', date: '2020-01-01' } };
    expect(outletView(odd, none, sources).biasSource).toBeUndefined();
  });
});
