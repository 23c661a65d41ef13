/**
 * Article-level similarities, next to the story-level ones in centroid.ts: a query against
 * single members ("single link"), and against a story without one of its members, which the
 * index uses to decide whether a member should leave its story (splitCandidate).
 */
import { joinThresholdFor, type StoryIndexOptions } from '../options';
import type { StoryArticleRow } from '../store/rows';
import { tfOf, type Story } from '../store/story-store';
import type { TermStats } from '../store/term-stats';
import type { TermVector } from '../text/terms';
import { storyNorm, timePrior, type TimeOptions } from './centroid';

/** A vector in TF-IDF space, ready for many dot products. */
export interface WeightedQuery {
  w: Map<string, number>;
  norm: number;
}

/** Weigh a raw term vector by the current IDF. */
export function weigh(stats: TermStats, vec: TermVector): WeightedQuery {
  const w = new Map<string, number>();
  let sum = 0;
  for (let i = 0; i < vec.terms.length; i++) {
    const x = vec.weights[i] * stats.idf(vec.terms[i]);
    w.set(vec.terms[i], x);
    sum += x * x;
  }
  return { w, norm: Math.sqrt(sum) };
}

/** Cosine between a weighted query and a raw article vector. */
function linkCosine(stats: TermStats, q: WeightedQuery, b: TermVector): number {
  let dot = 0;
  let nb = 0;
  for (let i = 0; i < b.terms.length; i++) {
    const x = b.weights[i] * stats.idf(b.terms[i]);
    nb += x * x;
    const y = q.w.get(b.terms[i]);
    if (y !== undefined) dot += x * y;
  }
  return q.norm > 0 && nb > 0 ? dot / (q.norm * Math.sqrt(nb)) : 0;
}

/**
 * The best time-decayed cosine between the query and one member of the story (the latest
 * `limit` members of a large story): "single link", next to the centroid's "average".
 */
export function bestLink(stats: TermStats, q: WeightedQuery, s: Story, time: number | undefined, timeOptions: TimeOptions, limit: number): number {
  let best = 0;
  for (let i = s.articles.length - 1, n = 0; i >= 0 && n < limit; i--, n++) {
    const a = s.articles[i];
    const decay = time === undefined ? 1 : timePrior(time - a.published, timeOptions);
    if (decay <= best) continue;
    best = Math.max(best, linkCosine(stats, q, a) * decay);
  }
  return best;
}

/** Cosine between `vec` and the centroid of `s` without its member `without`. */
function cosineWithout(stats: TermStats, vec: TermVector, s: Story, without: TermVector): number {
  // |C - x|^2 = |C|^2 - 2 C.x + |x|^2, all in TF-IDF space.
  const c = storyNorm(stats, s);
  let cx = 0;
  let xx = 0;
  const xm = new Map<string, number>();
  for (let i = 0; i < without.terms.length; i++) {
    const t = without.terms[i];
    const idf = stats.idf(t);
    xm.set(t, without.weights[i]);
    cx += (tfOf(s).get(t) ?? 0) * without.weights[i] * idf * idf;
    xx += without.weights[i] * without.weights[i] * idf * idf;
  }
  const rest = Math.sqrt(Math.max(0, c * c - 2 * cx + xx));
  let dot = 0;
  let vv = 0;
  for (let i = 0; i < vec.terms.length; i++) {
    const t = vec.terms[i];
    const idf = stats.idf(t);
    vv += vec.weights[i] * vec.weights[i] * idf * idf;
    const w = (tfOf(s).get(t) ?? 0) - (xm.get(t) ?? 0);
    if (w > 1e-9) dot += vec.weights[i] * w * idf * idf;
  }
  return rest > 1e-9 && vv > 0 ? dot / (rest * Math.sqrt(vv)) : 0;
}

/**
 * A member of `story` that the new article pairs with while neither fits the rest of the story:
 * typically the first article of a new event that joined yesterday's story on the same topic
 * before its event's second article came. It leaves with the new article.
 */
export function splitCandidate(stats: TermStats, options: StoryIndexOptions, vec: TermVector, time: number, story: Story): StoryArticleRow | undefined {
  if (story.articles.length < 2 || story.articles.length > options.splitScanLimit) return undefined;
  const q = weigh(stats, vec);
  let pair: StoryArticleRow | undefined;
  let pairSim = -1;
  for (const a of story.articles) {
    const sim = linkCosine(stats, q, a) * timePrior(time - a.published, options);
    if (sim > pairSim) [pair, pairSim] = [a, sim];
  }
  if (!pair || pairSim < joinThresholdFor(1, options)) return undefined;
  const newFitsRest = cosineWithout(stats, vec, story, pair) >= joinThresholdFor(story.articles.length - 1, options);
  const pairFitsRest = cosineWithout(stats, pair, story, pair) >= pairSim;
  return newFitsRest || pairFitsRest ? undefined : pair;
}
