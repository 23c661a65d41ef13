/**
 * The clustering evaluation shared by `npm run eval` and its tests: cluster labelled articles in
 * the given order with the production StoryIndex, score the result against the labels, and
 * score page matching on held-out articles.
 */
import { type StoryIndexOptions, StoryIndex } from '../../utils/stories';
import { median } from '../median';
import { bcubed, pairwise, type PRF } from './metrics';

/** One labelled article (the eval JSONL's fields; `story` is used only to score). */
export interface LabelledArticle {
  id: string;
  title: string;
  description?: string | null;
  url: string;
  outlet?: string;
  published: number;
  story: string;
}

export interface EvalResult {
  articles: number;
  storiesTrue: number;
  storiesPredicted: number;
  pairwise: PRF;
  bcubed: PRF;
  /** Share of held-out articles (every 10th) matched to a story whose majority label is theirs. */
  matchTop1: number;
  /** Of the held-out articles given a story, the share given their own. */
  matchPrecision: number;
  /** Share of articles whose story was left out of the index that were still given a story. */
  absentMatched: number;
  /** Indexing time per article: the median of as many runs as make some 20,000 articles (at most 15). */
  msPerArticle: number;
}

const HOLD_OUT_EVERY = 10;
const TIMED_ARTICLES = 20_000;
const MAX_RUNS = 15;

/** The article's URL with its id as the fragment: the slug stays readable, the key unique. */
const keyOf = (a: LabelledArticle): string => `${a.url}#${a.id}`;

function indexAll(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions>) {
  const index = new StoryIndex(options);
  const start = performance.now();
  // Keyed by URL plus id: a labelled set may list one URL under two stories.
  for (const a of articles) index.add({ url: keyOf(a), title: a.title, description: a.description ?? undefined, published: a.published });
  const ms = performance.now() - start;
  // Read assignments at the end: a later merge may have moved an article.
  return { index, predicted: articles.map((a) => index.storyOf(keyOf(a)) as string), ms };
}

/** Majority label of each predicted story (ties: the label seen first). */
function majorities(index: StoryIndex, labelOf: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const story of index.toRows()) {
    const counts = new Map<string, number>();
    let best = '';
    for (const { url } of story.articles) {
      const l = labelOf.get(url) as string;
      const c = (counts.get(l) ?? 0) + 1;
      counts.set(l, c);
      if (c > (counts.get(best) ?? 0)) best = l;
    }
    out.set(story.id, best);
  }
  return out;
}

/** Held-out page matching figures. */
export interface MatchFigures {
  /** Share of held-out pages answered right (their story, or none when their story is not indexed). */
  top1: number;
  /** Of the held-out pages given a story, the share given their own: a wrong story is worse than none. */
  precision: number;
  /** Pages whose whole story was left out of the index (every 10th story): the share still given a story. */
  absentMatched: number;
}

const matches = (index: StoryIndex, a: LabelledArticle) =>
  index.match({ url: keyOf(a), title: a.title, description: a.description ?? undefined, published: a.published });

/**
 * Held-out page matching. Every 10th article is held out of the index and matched: right when the
 * matched story's majority is the page's own story, or when nothing matched and no other article
 * of its story was indexed. A second index leaves out every 10th story whole (in order of first
 * appearance) to count how often a page with no story in the index is still given one.
 */
export function matchFigures(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions> = {}): MatchFigures {
  const held = articles.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  const kept = articles.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);
  const { index } = indexAll(kept, options);
  const labelOf = new Map(kept.map((a) => [keyOf(a), a.story]));
  const majority = majorities(index, labelOf);
  const present = new Set(kept.map((a) => a.story));
  let right = 0;
  let matched = 0;
  let matchedRight = 0;
  for (const a of held) {
    const m = matches(index, a);
    const ok = m ? majority.get(m.storyId) === a.story : !present.has(a.story);
    if (ok) right++;
    if (m) matched++;
    if (m && ok) matchedRight++;
  }

  const order = [...new Set(articles.map((a) => a.story))];
  const absent = new Set(order.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1));
  const { index: without } = indexAll(
    articles.filter((a) => !absent.has(a.story)),
    options,
  );
  const pages = articles.filter((a) => absent.has(a.story));
  const falseMatches = pages.filter((a) => matches(without, a) !== null).length;
  return {
    top1: held.length ? right / held.length : 1,
    precision: matched ? matchedRight / matched : 1,
    absentMatched: pages.length ? falseMatches / pages.length : 0,
  };
}

/** The `top1` of matchFigures. */
export function matchAccuracy(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions> = {}): number {
  return matchFigures(articles, options).top1;
}

/** Cluster `articles` in order and score against their labels. */
export function evaluateClustering(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions> = {}): EvalResult {
  // The held-out pass runs first and warms the JIT, so msPerArticle is the steady per-article
  // cost rather than compile time (which dominates a file of a thousand articles).
  const match = matchFigures(articles, options);
  const { predicted, ms: first } = indexAll(articles, options);
  // A small file takes tens of milliseconds to index, where one garbage collection or a busy
  // neighbour moves the figure by a fifth: cluster it again until some 20,000 articles have been
  // timed, and report the median run. (The clustering itself is the same every run.)
  const runs = [first];
  for (let timed = articles.length; timed < TIMED_ARTICLES && runs.length < MAX_RUNS; timed += articles.length) runs.push(indexAll(articles, options).ms);
  const ms = median(runs);
  const truth = articles.map((a) => a.story);
  return {
    articles: articles.length,
    storiesTrue: new Set(truth).size,
    storiesPredicted: new Set(predicted).size,
    pairwise: pairwise(truth, predicted),
    bcubed: bcubed(truth, predicted),
    matchTop1: match.top1,
    matchPrecision: match.precision,
    absentMatched: match.absentMatched,
    msPerArticle: articles.length ? ms / articles.length : 0,
  };
}
