import { describe, expect, it } from 'vitest';
import { dayKey, dietEntry, dietMix, firstKeptDay, leastReadSide, parseDietEntries, suggestStories, type OutletRatings } from '../../../utils/diet/diet';
import type { BiasOrUnrated, FactualityOrUnrated } from '../../../utils/model';
import { digest } from '../story-lists/fixtures';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 30, 12).getTime();
const RATINGS: Record<string, [BiasOrUnrated, FactualityOrUnrated]> = {
  cnn: ['left', 'reliable'],
  ap: ['lean-left', 'reliable'],
  reuters: ['center', 'reliable'],
  fox: ['right', 'no-consensus'],
  blog: ['unrated', 'unrated'],
};
const ratings = (id: string): OutletRatings => ({ name: id.toUpperCase(), bias: RATINGS[id]?.[0] ?? 'unrated', factuality: RATINGS[id]?.[1] ?? 'unrated' });
const sum = (shares: { percent: number }[]) => shares.reduce((n, s) => n + s.percent, 0);

describe('the news diet', () => {
  it('counts one entry per day, outlet and story, with no URL', () => {
    const a = dietEntry(NOW, 'cnn', 's1');
    expect(a).toEqual({ id: `${dayKey(NOW)}|cnn|s1`, day: dayKey(NOW), outletId: 'cnn', storyId: 's1' });
    expect(dietEntry(NOW + 60_000, 'cnn', 's1').id).toBe(a.id);
    expect(dietEntry(NOW, 'cnn', null).storyId).toBe('');
  });

  it('keeps 90 days: an entry made 89 days ago is kept, one made 90 days ago has expired', () => {
    const cutoff = firstKeptDay(NOW);
    expect(dietEntry(NOW - 89 * DAY, 'cnn', 's').day >= cutoff).toBe(true);
    expect(dietEntry(NOW - 90 * DAY, 'cnn', 's').day >= cutoff).toBe(false);
  });

  it('mixes the last 7 and 30 days by reads, with percentages that add up to 100', () => {
    const entries = [
      dietEntry(NOW, 'cnn', 'a'),
      dietEntry(NOW, 'fox', 'a'),
      dietEntry(NOW - DAY, 'reuters', 'b'),
      dietEntry(NOW - 6 * DAY, 'cnn', 'c'),
      dietEntry(NOW - 7 * DAY, 'ap', 'd'),
      dietEntry(NOW - 20 * DAY, 'blog', 'e'),
      dietEntry(NOW - 31 * DAY, 'fox', 'f'),
    ];
    const week = dietMix(entries, 7, NOW, ratings);
    expect(week.reads).toBe(4);
    expect(Object.fromEntries(week.bias.map((s) => [s.key, [s.count, s.percent]]))).toMatchObject({
      left: [2, 50],
      center: [1, 25],
      right: [1, 25],
      'lean-left': [0, 0],
    });
    expect(week.topOutlets[0]).toEqual({ outletId: 'cnn', name: 'CNN', bias: 'left', reads: 2 });
    const month = dietMix(entries, 30, NOW, ratings);
    expect(month.reads).toBe(6);
    // 2/6, 1/6 x4 and 0: plain rounding gives 33+17+17+17+17 = 101; largest remainders give 100.
    expect(month.bias.map((s) => s.percent)).toEqual([33, 17, 17, 0, 17, 16]);
    expect(sum(month.bias)).toBe(100);
    expect(sum(month.factuality)).toBe(100);
    expect(month.sides).toEqual({ left: 3, center: 1, right: 1 });
    expect(dietMix([], 7, NOW, ratings)).toMatchObject({ reads: 0, topOutlets: [] });
    expect(sum(dietMix([], 7, NOW, ratings).bias)).toBe(0);
  });

  it('finds the side read least (ties to the Left, then the Right) and suggests that side’s stories of the day', () => {
    const mix = (left: number, center: number, right: number) => ({ ...dietMix([], 30, NOW, ratings), sides: { left, center, right } });
    expect(leastReadSide(mix(5, 3, 1))).toBe('right');
    expect(leastReadSide(mix(0, 3, 0))).toBe('left');
    expect(leastReadSide(mix(4, 2, 4))).toBe('center');
    expect(leastReadSide(mix(0, 0, 0))).toBeNull();
    const today = [
      digest('one-right', { biases: { right: 1, left: 3 } }),
      digest('three-right', { biases: { right: 2, 'lean-right': 1 } }),
      digest('no-right', { biases: { left: 5 } }),
      digest('read-already', { biases: { right: 4 } }),
    ];
    expect(suggestStories(today, 'right', new Set(['read-already'])).map((s) => s.id)).toEqual(['three-right', 'one-right']);
  });

  it('reads diet entries from a file, refusing a malformed one whole', () => {
    expect(parseDietEntries([{ day: '2026-11-30', outletId: 'cnn', storyId: 's' }])).toEqual([
      { id: '2026-11-30|cnn|s', day: '2026-11-30', outletId: 'cnn', storyId: 's' },
    ]);
    expect(
      parseDietEntries([
        { day: '2026-11-30', outletId: 'cnn', storyId: 's' },
        { day: 'yesterday', outletId: 'cnn', storyId: '' },
      ]),
    ).toBeNull();
    expect(parseDietEntries({})).toBeNull();
  });
});
