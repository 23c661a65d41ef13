import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluateClustering, matchAccuracy, matchFigures, type LabelledArticle } from '../../../scripts/eval/evaluate';
import { bcubed, pairwise } from '../../../scripts/eval/metrics';

const TRUTH = ['a', 'a', 'a', 'b', 'b'];

describe('pairwise and B-cubed on toy clusterings', () => {
  test.each([
    // predicted, pairwise [P, R], B-cubed [P, R]
    ['perfect', ['1', '1', '1', '2', '2'], [1, 1], [1, 1]],
    ['one split, one mixed', ['1', '1', '2', '2', '2'], [2 / 4, 2 / 4], [11 / 15, 11 / 15]],
    ['all singletons', ['1', '2', '3', '4', '5'], [1, 0], [1, 2 / 5]],
    ['all together', ['1', '1', '1', '1', '1'], [4 / 10, 1], [13 / 25, 1]],
  ])('%s', (_name, predicted, [pp, pr], [bp, br]) => {
    const pw = pairwise(TRUTH, predicted);
    const b3 = bcubed(TRUTH, predicted);
    expect(pw.precision).toBeCloseTo(pp, 10);
    expect(pw.recall).toBeCloseTo(pr, 10);
    expect(b3.precision).toBeCloseTo(bp, 10);
    expect(b3.recall).toBeCloseTo(br, 10);
    for (const m of [pw, b3]) {
      const f1 = m.precision + m.recall ? (2 * m.precision * m.recall) / (m.precision + m.recall) : 0;
      expect(m.f1).toBeCloseTo(f1, 10);
    }
  });

  test('cluster names do not matter, only the partition', () => {
    expect(pairwise(TRUTH, ['x', 'x', 'y', 'y', 'y'])).toEqual(pairwise(TRUTH, ['1', '1', '2', '2', '2']));
    expect(bcubed(TRUTH, ['x', 'x', 'y', 'y', 'y'])).toEqual(bcubed(TRUTH, ['1', '1', '2', '2', '2']));
  });

  test('mismatched lengths are an error', () => {
    expect(() => pairwise(['a'], [])).toThrow();
  });
});

const HOUR = 3_600_000;
const art = (id: string, story: string, title: string, h: number): LabelledArticle => ({
  id,
  story,
  title,
  url: `https://x.example/${id}`,
  published: h * HOUR,
});

describe('evaluateClustering', () => {
  const toy = [
    art('1', 'quake', 'Magnitude 7 earthquake strikes Chile coast', 0),
    art('2', 'vote', 'Dutch voters go to the polls in snap election', 1),
    art('3', 'quake', 'Chile earthquake triggers tsunami warning', 2),
    art('4', 'vote', 'Exit poll: Dutch election too close to call', 3),
    art('5', 'quake', 'Tsunami warning lifted after Chile earthquake', 4),
    art('6', 'vote', 'Dutch election result delayed by recount', 5),
    art('7', 'bake', 'Bakery wins bread prize', 6),
    art('8', 'quake', 'Chile counts earthquake damage', 7),
    art('9', 'vote', 'Coalition talks begin after Dutch election', 8),
    art('10', 'quake', 'Earthquake in Chile: aftershocks continue', 9),
  ];

  test('scores a clustering of well separated stories', () => {
    const r = evaluateClustering(toy);
    expect(r).toMatchObject({ articles: 10, storiesTrue: 3, storiesPredicted: 3 });
    expect(r.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.bcubed.f1).toBe(1);
    expect(r.matchTop1).toBe(1);
  });

  test('held-out matching counts a miss as wrong when the story was indexed', () => {
    // Every 10th article is held out: here article 10, whose story is indexed, so an index
    // that can never match scores 0.
    expect(matchAccuracy(toy, { matchThreshold: 2, singleMatchThreshold: 2 })).toBe(0);
    expect(matchAccuracy(toy)).toBe(1);
  });

  test('counts pages whose story is not indexed but still get one', () => {
    // Ten stories; the tenth (in order of appearance) is left out of the second index. Its pages
    // share only "Chile" with the quake story.
    const topics = ['Dutch election', 'bread prize', 'river flood', 'chess final', 'tax reform', 'rail strike', 'moon probe', 'wine harvest', 'quake Chile'];
    const set = topics.flatMap((t, i) => [art(`${i}a`, t, `${t} news one`, i), art(`${i}b`, t, `${t} story two`, i)]);
    set.push(art('xa', 'copper', 'Chile copper exports fall', 20), art('xb', 'copper', 'Copper price slides on Chile exports', 21));
    expect(matchFigures(set, { matchThreshold: 2, singleMatchThreshold: 2 })).toMatchObject({ precision: 1, absentMatched: 0 });
    expect(matchFigures(set, { matchThreshold: -1, singleMatchThreshold: -1, windowMs: Infinity }).absentMatched).toBe(1);
  });

  test('runs on a slice of the labelled AllSides set with consistent figures', () => {
    const lines = readFileSync(new URL('../../fixtures/clusters/allsides_roundups.eval.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .slice(0, 150);
    const rows = lines.map((l) => JSON.parse(l)).map((r) => ({ ...r, published: Date.parse(r.published) }) as LabelledArticle);
    const r = evaluateClustering(rows);
    expect(r.articles).toBe(150);
    expect(r.storiesTrue).toBe(new Set(rows.map((x) => x.story)).size);
    for (const m of [r.pairwise, r.bcubed]) {
      for (const v of Object.values(m)) expect(v).toBeGreaterThan(0), expect(v).toBeLessThanOrEqual(1);
      // F1 is the harmonic mean of the two it is made of.
      expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall), 10);
    }
    // Far better than chance on real stories, and not a degenerate all-in-one clustering.
    expect(r.pairwise.f1).toBeGreaterThan(0.5);
    expect(r.storiesPredicted).toBeGreaterThan(r.storiesTrue / 2);
  });
});
