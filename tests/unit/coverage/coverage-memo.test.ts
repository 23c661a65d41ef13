import { describe, expect, test } from 'vitest';
import { type CoverageArticle, type CoverageSettings, coverageFor } from '../../../utils/coverage';
import { createCoverageMemo } from '../../../utils/worker/coverage-memo';
import { ratedOutlet } from './rated-outlet';

const SETTINGS: CoverageSettings = {
  outlets: new Map([ratedOutlet('a', 'left'), ratedOutlet('b', 'center'), ratedOutlet('c', 'right')].map((o) => [o.id, o])),
};

const story = (suffix = ''): CoverageArticle[] =>
  ['a', 'b', 'c'].map((id, i) => ({
    url: `https://${id}.example/vote${suffix}`,
    outletId: id,
    title: `Senate passes the budget bill after a long night of votes ${suffix}`,
    description: `Lawmakers approved the spending plan. The vote was ${50 + i} to ${48 - i}.`,
    published: Date.UTC(2024, 0, 1, i),
  }));

describe('the worker’s recent coverages', () => {
  test('the same articles under the same settings are counted once, and as coverageFor counts them', () => {
    const memo = createCoverageMemo();
    const first = memo(story(), SETTINGS, 'k');
    expect(memo(story(), SETTINGS, 'k')).toBe(first);
    expect(first).toEqual(coverageFor(story(), SETTINGS));
  });

  test.each<[string, (a: CoverageArticle) => CoverageArticle]>([
    ['a headline', (a) => ({ ...a, title: `${a.title} (updated)` })],
    ['a description', (a) => ({ ...a, description: 'Lawmakers rejected it.' })],
    ['a byline', (a) => ({ ...a, author: 'Reuters' })],
    ['a time', (a) => ({ ...a, published: a.published + 1 })],
    ['an outlet', (a) => ({ ...a, outletId: 'c' })],
    ['a URL', (a) => ({ ...a, url: `${a.url}?v=2` })],
  ])('an article with another %s is another story to count', (_, change) => {
    const memo = createCoverageMemo();
    const before = memo(story(), SETTINGS, 'k');
    const changed = [change(story()[0]), ...story().slice(1)];
    const after = memo(changed, SETTINGS, 'k');
    expect(after).not.toBe(before);
    expect(after).toEqual(coverageFor(changed, SETTINGS));
  });

  test('other settings are counted again, even for the same articles', () => {
    const memo = createCoverageMemo();
    const all = memo(story(), SETTINGS, 'all on');
    const fewer = memo(story(), { ...SETTINGS, disabled: new Set(['c']) }, 'c off');
    expect(fewer).not.toBe(all);
    expect(fewer.outletCount).toBe(2);
    expect(all.outletCount).toBe(3);
  });

  test('keeps the most recently asked: the oldest goes first', () => {
    const memo = createCoverageMemo(2);
    const one = memo(story('1'), SETTINGS, 'k');
    const two = memo(story('2'), SETTINGS, 'k');
    expect(memo(story('1'), SETTINGS, 'k')).toBe(one);
    memo(story('3'), SETTINGS, 'k');
    // Two was the least recently asked of the three: gone; one is still kept.
    expect(memo(story('1'), SETTINGS, 'k')).toBe(one);
    expect(memo(story('2'), SETTINGS, 'k')).not.toBe(two);
  });
});
