import { describe, expect, it } from 'vitest';
import { initialHealth } from '../../utils/feeds/health';
import type { Outlet } from '../../utils/model';
import { planRefresh } from '../../utils/worker/refresh-plan';

const outlet = (id: string, country: string, feeds: string[]): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.com/`,
  domains: [`${id}.com`],
  feeds,
  country,
  language: 'en',
});

describe('the order a refresh reads feeds in', () => {
  const outlets = [
    outlet('us-1', 'US', ['https://a.us/1', 'https://a.us/2', 'https://a.us/3']),
    outlet('gb-1', 'GB', ['https://bbc.uk/1', 'https://bbc.uk/2', 'https://bbc.uk/3']),
    outlet('gb-2', 'GB', ['https://guardian.uk/1']),
    outlet('us-2', 'US', ['https://b.us/1', 'https://a.us/1']),
  ];
  const allowAll = () => true;

  it('reads the reader’s own country first, spreads one host’s feeds apart, and reads a shared feed once', () => {
    const plan = planRefresh({ outlets, allows: allowAll, preferredCountries: ['gb'], health: {} });
    expect(plan.map((s) => s.url)).toEqual([
      'https://bbc.uk/1',
      'https://guardian.uk/1',
      'https://bbc.uk/2',
      'https://bbc.uk/3',
      'https://a.us/1',
      'https://b.us/1',
      'https://a.us/2',
      'https://a.us/3',
    ]);
    expect(plan.find((s) => s.url === 'https://a.us/1')?.outletId).toBe('us-1');
  });

  it('reads feeds that failed last time after the others of their group', () => {
    const failing = { ...initialHealth(), consecutiveFailures: 2 };
    const plan = planRefresh({ outlets, allows: allowAll, preferredCountries: ['GB'], health: { 'https://bbc.uk/1': failing, 'https://a.us/2': failing } });
    expect(plan.map((s) => s.url)).toEqual([
      'https://bbc.uk/2',
      'https://guardian.uk/1',
      'https://bbc.uk/3',
      'https://bbc.uk/1',
      'https://a.us/1',
      'https://b.us/1',
      'https://a.us/3',
      'https://a.us/2',
    ]);
  });

  it('leaves out every feed the grants do not allow', () => {
    const plan = planRefresh({ outlets, allows: (url) => url.includes('.uk/'), preferredCountries: [], health: {} });
    expect(plan.map((s) => s.outletId)).toEqual(['gb-1', 'gb-2', 'gb-1', 'gb-1']);
  });
});
