/**
 * Scoring an article (or the open page) against stories: cosine between the article's TF-IDF
 * vector and each candidate story's TF-IDF centroid, decayed by the time between the article
 * and the story's first article. Candidates are nominated by the postings of the article's terms
 * (term-at-a-time accumulation), then the best few get their exact score.
 */
import type { StoryIndexOptions } from '../options';
import { firstAtOrAfter, stampsOf, type Posting } from '../store/postings';
import { tfOf, type Story } from '../store/story-store';
import type { TermStats } from '../store/term-stats';
import type { TermVector } from '../text/terms';

export interface ScoringContext {
  stats: TermStats;
  postings: Map<string, Posting>;
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
function timeDecay(s: Story, time: number, options: TimeOptions): number {
  return timePrior(time - s.first, options);
}

/** The time knobs of the index. */
export type TimeOptions = Pick<StoryIndexOptions, 'halfLifeMs'>;

/** Similarity factor for two times `dt` apart: 1 at 0, halving every `halfLifeMs`. */
export function timePrior(dt: number, { halfLifeMs }: TimeOptions): number {
  return Math.pow(0.5, Math.abs(dt) / halfLifeMs);
}

let rankEpoch = 0;

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

  // Term-at-a-time accumulation into fields on the stories themselves (marked with this call's
  // epoch): cheaper than a Map keyed by story, and ranking runs on every add and every match.
  const epoch = ++rankEpoch;
  const nominated: Story[] = [];
  let skipped = false;
  for (let i = 0; i < n; i++) {
    const posting = postings.get(vec.terms[i]);
    if (!posting) continue;
    const from = lo === -Infinity ? 0 : firstAtOrAfter(stampsOf(posting), lo);
    const list = posting.stories;
    if (list.length - from > options.maxPostings) {
      skipped = true;
      continue;
    }
    for (let k = from; k < list.length; k++) {
      const s = list[k];
      if (s.dead || s.first < lo || s.first > hi) continue;
      // The loaded centroid read in place: this loop runs for every posting entry of every term.
      const w = (s.tf ?? tfOf(s)).get(vec.terms[i]);
      if (!w) continue;
      if (s.epoch !== epoch) {
        s.epoch = epoch;
        s.acc = 0;
        nominated.push(s);
      }
      s.acc += q[i] * w;
    }
  }
  const best = nominated.length > options.rescore ? nominated.sort((a, b) => b.acc - a.acc).slice(0, options.rescore) : nominated;

  const out: Scored[] = [];
  const qLen = Math.sqrt(qNorm);
  for (const s of best) {
    let dot = s.acc;
    if (skipped) {
      // Terms too common to nominate still count in the exact score.
      const tf = tfOf(s);
      dot = 0;
      for (let i = 0; i < n; i++) dot += q[i] * (tf.get(vec.terms[i]) ?? 0);
    }
    const norm = storyNorm(stats, s);
    const decay = time === undefined ? 1 : timeDecay(s, time, options);
    out.push({ story: s, score: norm > 0 ? (dot / (norm * qLen)) * decay : 0 });
  }
  return out.sort((a, b) => b.score - a.score);
}
