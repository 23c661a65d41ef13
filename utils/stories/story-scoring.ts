/**
 * Scoring an article (or the open page) against stories: cosine between the article's TF-IDF
 * vector and each candidate story's TF-IDF centroid, decayed by the time between the article
 * and the story's span. Candidates are nominated by the postings of the article's terms
 * (term-at-a-time accumulation), then the best few get their exact score.
 */
import type { StoryIndexOptions } from './story-options';
import type { StoryArticleRow } from './story-rows';
import type { TermStats, TermVector } from './terms';

/** A story in memory. */
export interface Story {
  id: string;
  title: string;
  first: number;
  last: number;
  /**
   * Centroid: summed raw term weights over the story's articles (a term whose weight fell to 0
   * keeps its key, so its postings entry stays valid). Built on first use from `packed`: a
   * freshly loaded index only pays for the stories it actually scores.
   */
  tf: Map<string, number> | undefined;
  packed: TermVector | undefined;
  /** Dropped from the index; still listed in postings until the next compaction. */
  dead: boolean;
  articles: StoryArticleRow[];
  /** Cached centroid norm, and the corpus size it was computed at (-1: stale). */
  norm: number;
  normAt: number;
}

/** The story's centroid map, unpacking it from its stored row on first use. */
export function tfOf(s: Story): Map<string, number> {
  if (!s.tf) {
    s.tf = new Map();
    const p = s.packed;
    if (p) for (let i = 0; i < p.terms.length; i++) s.tf.set(p.terms[i], p.weights[i]);
    s.packed = undefined;
  }
  return s.tf;
}

export interface ScoringContext {
  stats: TermStats;
  postings: Map<string, Story[]>;
  options: StoryIndexOptions;
}

export interface Scored {
  story: Story;
  score: number;
}

/** TF-IDF norm of a story's centroid; recomputed when the story changed or the corpus grew 10%. */
export function storyNorm(stats: TermStats, s: Story): number {
  if (s.normAt >= 0 && Math.abs(stats.n - s.normAt) <= s.normAt * 0.1) return s.norm;
  let sum = 0;
  for (const [t, w] of tfOf(s)) {
    const x = w * stats.idf(t);
    sum += x * x;
  }
  s.norm = Math.sqrt(sum);
  s.normAt = stats.n;
  return s.norm;
}

/** Cosine between two stories' centroids. */
export function centroidCosine(stats: TermStats, a: Story, b: Story): number {
  const [small, large] = tfOf(a).size <= tfOf(b).size ? [tfOf(a), tfOf(b)] : [tfOf(b), tfOf(a)];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) {
      const idf = stats.idf(t);
      dot += w * v * idf * idf;
    }
  }
  const norms = storyNorm(stats, a) * storyNorm(stats, b);
  return norms > 0 ? dot / norms : 0;
}

/**
 * Time prior: 1 at the story's first article, halving every `halfLifeMs` away from it. Anchored
 * at the start, not the latest article, so a story cannot creep forward day after day by
 * chaining same-topic follow-ups (which a reader, and AllSides' editors, see as new stories).
 */
export function timeDecay(s: Story, time: number, halfLifeMs: number): number {
  return Math.pow(0.5, Math.abs(time - s.first) / halfLifeMs);
}

/**
 * Candidate stories for `vec` at `time` (undefined: any time, no decay), best first, with
 * decayed cosine scores. Only stories that started within the window are candidates.
 */
export function rankStories(ctx: ScoringContext, vec: TermVector, time: number | undefined): Scored[] {
  const { stats, postings, options } = ctx;
  const n = vec.terms.length;
  const q = new Array<number>(n);
  let qNorm = 0;
  for (let i = 0; i < n; i++) {
    const idf = stats.idf(vec.terms[i]);
    q[i] = vec.weights[i] * idf * idf; // query weight times the idf the centroid weight still lacks
    const x = vec.weights[i] * idf;
    qNorm += x * x;
  }
  if (qNorm === 0) return [];
  const lo = time === undefined ? -Infinity : time - options.windowMs;
  const hi = time === undefined ? Infinity : time + options.windowMs;

  const partial = new Map<Story, number>();
  for (let i = 0; i < n; i++) {
    const list = postings.get(vec.terms[i]);
    if (!list || list.length > options.maxPostings) continue;
    for (const s of list) {
      if (s.dead || s.first < lo || s.first > hi) continue;
      const w = tfOf(s).get(vec.terms[i]);
      if (w) partial.set(s, (partial.get(s) ?? 0) + q[i] * w);
    }
  }
  let nominated = [...partial];
  if (nominated.length > options.rescore) nominated = nominated.sort((a, b) => b[1] - a[1]).slice(0, options.rescore);

  const out: Scored[] = [];
  for (const [s] of nominated) {
    let dot = 0;
    const tf = tfOf(s);
    for (let i = 0; i < n; i++) dot += q[i] * (tf.get(vec.terms[i]) ?? 0);
    const norm = storyNorm(stats, s);
    const decay = time === undefined ? 1 : timeDecay(s, time, options.halfLifeMs);
    out.push({ story: s, score: norm > 0 ? (dot / (norm * Math.sqrt(qNorm))) * decay : 0 });
  }
  return out.sort((a, b) => b.score - a.score);
}

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
export function linkCosine(stats: TermStats, q: WeightedQuery, b: TermVector): number {
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
export function bestLink(stats: TermStats, q: WeightedQuery, s: Story, time: number | undefined, halfLifeMs: number, limit: number): number {
  let best = 0;
  for (let i = s.articles.length - 1, n = 0; i >= 0 && n < limit; i--, n++) {
    const a = s.articles[i];
    const decay = time === undefined ? 1 : Math.pow(0.5, Math.abs(time - a.published) / halfLifeMs);
    if (decay <= best) continue;
    best = Math.max(best, linkCosine(stats, q, a) * decay);
  }
  return best;
}

/** Cosine between two raw article vectors. */
export function articleCosine(stats: TermStats, a: TermVector, b: TermVector): number {
  return linkCosine(stats, weigh(stats, a), b);
}

/** Cosine between `vec` and the centroid of `s` without its member `without`. */
export function cosineWithout(stats: TermStats, vec: TermVector, s: Story, without: TermVector): number {
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
