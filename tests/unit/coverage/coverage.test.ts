import { describe, expect, test } from 'vitest';
import type { Bias } from '../../../utils/model';
import { type CoverageArticle, type CoverageSettings, coverageFor } from '../../../utils/coverage';
import { ratedOutlet } from './rated-outlet';

const outlet = ratedOutlet;

const OUTLETS = new Map(
  [
    outlet('l1', 'left', 'reliable'),
    outlet('ll1', 'lean-left', 'reliable'),
    outlet('c1', 'center', 'reliable'),
    outlet('c2', 'center', 'no-consensus'),
    outlet('lr1', 'lean-right', 'no-consensus'),
    outlet('r1', 'right', 'unreliable'),
    outlet('u1'),
  ].map((o) => [o.id, o]),
);

let n = 0;
const art = (outletId: string, hour = n, title = `Headline number ${n} about the budget vote`): CoverageArticle => ({
  url: `https://${outletId}.example/${n++}`,
  outletId,
  title,
  published: Date.UTC(2024, 0, 1, hour),
});

/** Coverage of a story covered once by each of the given outlets. */
function coverageOf(biases: readonly (Bias | undefined)[], settings: Partial<CoverageSettings> = {}) {
  const outlets = new Map(biases.map((bias, i) => [`o${i}`, outlet(`o${i}`, bias)]));
  const articles = biases.map((_, i) => ({ url: `https://o${i}.example/story`, outletId: `o${i}`, title: 'Budget vote', published: i }));
  return coverageFor(articles, { outlets, ...settings });
}

describe('bias percentages: whole numbers by largest remainder, adding up to 100', () => {
  const ORDER = ['left', 'lean-left', 'center', 'lean-right', 'right', undefined] as const;
  test.each([
    // outlets per bias (left, lean left, center, lean right, right, unrated) -> percents
    [
      [1, 1, 1, 0, 0, 0],
      [34, 33, 33, 0, 0, 0],
    ],
    [
      [1, 2, 0, 0, 0, 0],
      [33, 67, 0, 0, 0, 0],
    ],
    [
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ],
    [
      [0, 0, 5, 0, 0, 0],
      [0, 0, 100, 0, 0, 0],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      [17, 17, 17, 17, 16, 16],
    ],
    [
      [2, 0, 1, 0, 0, 0],
      [67, 0, 33, 0, 0, 0],
    ],
  ])('%j -> %j', (counts, expected) => {
    const c = coverageOf(counts.flatMap((k, i) => Array<Bias | undefined>(k).fill(ORDER[i])));
    const percents = (['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'] as const).map((k) => c.bias[k].percent);
    expect(percents).toEqual(expected);
  });
});

describe('coverageFor', () => {
  test('an outlet with three articles counts once', () => {
    const c = coverageFor([art('c1', 1), art('c1', 2), art('c1', 3), art('l1', 4)], { outlets: OUTLETS });
    expect(c.totalArticles).toBe(4);
    expect(c.outletCount).toBe(2);
    expect(c.outlets.find((o) => o.outletId === 'c1')?.articles).toBe(3);
    expect(c.bias.center).toEqual({ count: 1, percent: 50 });
    expect(c.bias.left).toEqual({ count: 1, percent: 50 });
  });

  test('bias and factuality percentages add up to 100', () => {
    const c = coverageFor(
      ['l1', 'c1', 'c2', 'r1', 'u1', 'lr1'].map((id) => art(id)),
      { outlets: OUTLETS },
    );
    const total = (r: Record<string, { percent: number }>) => Object.values(r).reduce((a, s) => a + s.percent, 0);
    expect(total(c.bias)).toBe(100);
    expect(total(c.factuality)).toBe(100);
    expect(c.bias.center.count).toBe(2);
    expect(c.factuality.unrated.count).toBe(1);
  });

  test('outlets missing from the catalog and outlets without ratings are unrated', () => {
    const c = coverageFor([art('u1'), art('not-in-catalog')], { outlets: OUTLETS });
    expect(c.bias.unrated).toEqual({ count: 2, percent: 100 });
    expect(c.outlets.map((o) => o.name)).toEqual(['U1', 'not-in-catalog']);
  });

  test('disabled sources are left out of every figure', () => {
    const articles = [art('r1', 1), art('c1', 2), art('l1', 3)];
    const c = coverageFor(articles, { outlets: OUTLETS, disabled: new Set(['r1']) });
    expect(c.outletCount).toBe(2);
    expect(c.totalArticles).toBe(2);
    expect(c.bias.right.count).toBe(0);
    expect(c.firstReported?.outletId).toBe('c1');
    expect(c.summary.every((s) => s.outletId !== 'r1')).toBe(true);
  });

  test('the reader’s overrides win over the catalog', () => {
    const c = coverageFor([art('c1'), art('u1')], {
      outlets: OUTLETS,
      overrides: { c1: { bias: 'right' }, u1: { bias: 'left', factuality: 'unreliable' } },
    });
    expect(c.bias.right.count).toBe(1);
    expect(c.bias.left.count).toBe(1);
    expect(c.bias.center.count).toBe(0);
    expect(c.outlets.find((o) => o.outletId === 'c1')?.factuality).toBe('reliable');
    expect(c.factuality.unreliable.count).toBe(1);
  });

  test('first reported, last updated and time span', () => {
    const c = coverageFor([art('c1', 5), art('l1', 2), art('r1', 9)], { outlets: OUTLETS });
    expect(c.firstReported).toMatchObject({ outletId: 'l1', name: 'L1', published: Date.UTC(2024, 0, 1, 2) });
    expect(c.lastUpdated).toBe(Date.UTC(2024, 0, 1, 9));
    expect(c.timeSpanMs).toBe(7 * 3_600_000);
    expect(c.outlets.map((o) => o.outletId)).toEqual(['l1', 'c1', 'r1']);
  });

  test('an empty story (or one whose sources are all disabled)', () => {
    const c = coverageFor([art('c1')], { outlets: OUTLETS, disabled: new Set(['c1']) });
    expect(c).toMatchObject({ totalArticles: 0, outletCount: 0, firstReported: null, lastUpdated: null, timeSpanMs: 0, summary: [] });
    expect(Object.values(c.bias).every((s) => s.percent === 0)).toBe(true);
    expect(c.blindspot.judged).toBe(false);
  });

  test('summary sentences carry their outlet', () => {
    const articles = [
      {
        ...art('c1'),
        title: 'Senate passes the budget bill after a long night',
        description: 'The Senate passed the budget bill early on Friday. The vote was 51 to 49.',
      },
      { ...art('l1'), title: 'Budget bill clears the Senate by two votes' },
      { ...art('r1'), title: 'Senate approves budget despite objections from governors' },
    ];
    const c = coverageFor(articles, { outlets: OUTLETS });
    expect(c.summary).toHaveLength(3);
    for (const s of c.summary) {
      const source = articles.find((a) => a.outletId === s.outletId);
      expect(`${source?.title} ${source?.description ?? ''}`).toContain(s.text);
    }
  });
});

describe('blindspot', () => {
  const B = (spec: string): Bias[] =>
    spec
      .split(' ')
      .filter(Boolean)
      .map((s) => ({ L: 'left', l: 'lean-left', C: 'center', r: 'lean-right', R: 'right' })[s] as Bias);

  test.each([
    // biases of distinct outlets, expected side (undefined: not judged)
    ['L C C r R', null],
    ['C C C r R', 'left'], // 0 of 5 on the Left
    ['l C C C r', null], // exactly 1 of 5 = 20% is not "fewer than 20%"
    ['l C C C C r', 'both'], // 1 of 6 each side
    ['L l C C C C', 'right'],
    ['C C C C C', 'both'],
    ['C C r R', undefined], // 4 rated: too few
    ['L l C r R R R R R R R', 'left'], // 2 of 11 = 18%
  ])('%s -> %s', (spec, side) => {
    const b = coverageOf(B(spec)).blindspot;
    if (side === undefined) {
      expect(b.judged).toBe(false);
      expect(b.side).toBeNull();
    } else {
      expect(b.judged).toBe(true);
      expect(b.side).toBe(side);
    }
  });

  test('unrated outlets do not count towards the rated minimum or the shares', () => {
    const b = coverageOf([...B('C C C r R'), undefined, undefined, undefined]).blindspot;
    expect(b).toMatchObject({ ratedOutlets: 5, left: 0, right: 2, side: 'left' });
  });

  test('threshold and minimum are parameters, and the rule states them', () => {
    const b = coverageOf(B('l C C r'), { blindspotThreshold: 0.3, blindspotMinRated: 4 }).blindspot;
    expect(b.side).toBe('both');
    expect(b.rule).toContain('at least 4 outlets');
    expect(b.rule).toContain('fewer than 30%');
    expect(b.verdict).toBe('Blindspot for both sides: 1 of 4 rated outlets (25%) are on the Left, 1 (25%) on the Right.');
  });

  test('default rule in words', () => {
    expect(coverageOf([]).blindspot.rule).toBe(
      'A story is a blindspot for one side when at least 5 outlets with a bias rating covered it and fewer than 20% of them are from that side (Left: left and lean left; Right: lean right and right).',
    );
  });
});
