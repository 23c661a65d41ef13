import { describe, expect, it } from 'vitest';
import { createStoryQuery } from '../../../utils/story-lists/list-query';
import { H, NOW, digest } from './fixtures';

describe('today’s stories as the worker answers them', () => {
  const many = Array.from({ length: 120 }, (_, i) =>
    digest(`s${i}`, { biases: { center: 1 + (i % 7) }, last: NOW - (i % 60) * H, countries: [i % 2 ? 'US' : 'DE'], languages: [i % 3 ? 'en' : 'de'] }),
  );
  const answer = createStoryQuery(many);

  it('sends only the first `limit` of the ranked list, with its length and every story’s filter choices', () => {
    const page = answer({ hours: 24, limit: 50 }, NOW);
    expect(page.stories).toHaveLength(50);
    expect(page.total).toBe(many.filter((s) => s.last >= NOW - 24 * H).length);
    expect(page.stories[0].outlets).toBe(7);
    expect(page.countries.sort()).toEqual(['DE', 'US']);
    expect(page.languages.sort()).toEqual(['de', 'en']);
    expect(answer({ hours: 24, limit: 100 }, NOW).stories.slice(0, 50)).toEqual(page.stories);
  });

  it('reads no window as every story held, and filters before counting', () => {
    expect(answer({ limit: 0 }, NOW)).toMatchObject({ stories: [], total: 120 });
    const german = answer({ country: 'DE', language: 'de', limit: 500 }, NOW);
    expect(german.total).toBe(many.filter((s) => s.countries[0] === 'DE' && s.languages[0] === 'de').length);
    expect(german.stories.every((s) => s.countries.includes('DE'))).toBe(true);
  });

  it('searches every story, whatever the window', () => {
    const stories = [digest('a', { headlines: ['Berlin votes on rent cap'], last: NOW - 100 * H }), digest('b')];
    const search = createStoryQuery(stories);
    expect(search({ hours: 24, search: 'berln rent', limit: 50 }, NOW)).toMatchObject({ total: 1, stories: [{ id: 'a' }] });
    expect(search({ search: '  ', hours: 24, limit: 50 }, NOW).stories.map((s) => s.id)).toEqual(['b']);
  });

  it('ends the window at the newest article when the index holds nothing recent', () => {
    const old = createStoryQuery([digest('x', { first: NOW - 500 * H, last: NOW - 400 * H })]);
    expect(old({ hours: 24, limit: 50 }, NOW)).toMatchObject({ total: 1, anchor: { at: NOW - 400 * H, fromNewest: true } });
  });
});
