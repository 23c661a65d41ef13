/**
 * A large made-up index for the pages' render figures (scripts/bench/pages.ts and the scale e2e):
 * real catalog outlets and real headlines from the UCI News Aggregator sample
 * (tests/fixtures/clusters, see its README), grouped into stories by construction.
 */
import { readFileSync } from 'node:fs';
import type { Catalog, IndexedArticle } from '../utils/model';

const HOUR = 3_600_000;

function headlines(): string[] {
  return readFileSync(new URL('../tests/fixtures/clusters/uci_sample.eval.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { title: string }).title);
}

/** One story of `size` articles over two days, each from the next catalog outlet. */
export function bigStory(catalog: Catalog, size: number, now: number, storyId = 'big-story'): IndexedArticle[] {
  const heads = headlines();
  return Array.from({ length: size }, (_, i) => article(catalog, heads, i, storyId, now - 48 * HOUR + i * Math.floor((48 * HOUR) / size)));
}

/** `stories` stories of `perStory` articles each, their last articles spread over the past week. */
export function manyStories(catalog: Catalog, stories: number, perStory: number, now: number): IndexedArticle[] {
  const heads = headlines();
  const out: IndexedArticle[] = [];
  for (let s = 0; s < stories; s++) {
    for (let k = 0; k < perStory; k++) out.push(article(catalog, heads, s * perStory + k, `story-${s}`, now - (s % 168) * HOUR - k * 600_000));
  }
  return out;
}

function article(catalog: Catalog, heads: string[], i: number, storyId: string, published: number): IndexedArticle {
  const o = catalog.outlets[i % catalog.outlets.length];
  return {
    url: `https://${o.domains[0] ?? 'example.com'}/a/${storyId}/${i}`,
    outletId: o.id,
    title: heads[i % heads.length],
    description: heads[(i + 7) % heads.length],
    published,
    storyId,
  };
}
