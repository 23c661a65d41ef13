/**
 * The clustering evaluation shared by `npm run eval` and its tests: cluster labelled articles in
 * the given order with the production StoryIndex, score the result against the labels, and
 * score page matching on held-out articles.
 */
import { bcubed, pairwise, type PRF } from './metrics';
import type { StoryIndexOptions } from './story-options';
import { StoryIndex } from './story-index';

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
  msPerArticle: number;
}

const HOLD_OUT_EVERY = 10;

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
  for (const story of index.list()) {
    const counts = new Map<string, number>();
    let best = '';
    for (const url of story.urls) {
      const l = labelOf.get(url) as string;
      const c = (counts.get(l) ?? 0) + 1;
      counts.set(l, c);
      if (c > (counts.get(best) ?? 0)) best = l;
    }
    out.set(story.id, best);
  }
  return out;
}

/** Held-out page matching: right when the matched story's majority is the page's own story, or when nothing matched and no other article of its story was indexed. */
export function matchAccuracy(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions> = {}): number {
  const held = articles.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  const kept = articles.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);
  if (held.length === 0) return 1;
  const { index } = indexAll(kept, options);
  const labelOf = new Map(kept.map((a) => [keyOf(a), a.story]));
  const majority = majorities(index, labelOf);
  const present = new Set(kept.map((a) => a.story));
  let right = 0;
  for (const a of held) {
    const m = index.match({ url: keyOf(a), title: a.title, description: a.description ?? undefined, published: a.published });
    if (m ? majority.get(m.storyId) === a.story : !present.has(a.story)) right++;
  }
  return right / held.length;
}

/** Cluster `articles` in order and score against their labels. */
export function evaluateClustering(articles: readonly LabelledArticle[], options: Partial<StoryIndexOptions> = {}): EvalResult {
  // The held-out pass runs first and warms the JIT, so msPerArticle is the steady per-article
  // cost rather than compile time (which dominates a file of a thousand articles).
  const matchTop1 = matchAccuracy(articles, options);
  const { predicted, ms } = indexAll(articles, options);
  const truth = articles.map((a) => a.story);
  return {
    articles: articles.length,
    storiesTrue: new Set(truth).size,
    storiesPredicted: new Set(predicted).size,
    pairwise: pairwise(truth, predicted),
    bcubed: bcubed(truth, predicted),
    matchTop1,
    msPerArticle: articles.length ? ms / articles.length : 0,
  };
}
