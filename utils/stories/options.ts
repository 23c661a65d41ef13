/**
 * The clustering knobs and their defaults. The defaults were chosen on two labelled sets of
 * different nature (AllSides roundups: 2-3 differently framed articles with descriptions; UCI
 * News Aggregator: large stories, titles only) and kept only where both agreed.
 */
import { DEFAULT_TERM_WEIGHTS, type TermWeights } from './text/terms';

const HOUR = 3_600_000;

export interface StoryIndexOptions {
  /** A story is a candidate for articles published at most this long before or after its first article. */
  windowMs: number;
  /**
   * Similarity (decayed cosine to the story centroid) at or above which an article joins a story
   * of many articles. A smaller story needs less (see `singleJoinThreshold`).
   */
  joinThreshold: number;
  /**
   * The same for a story of one article. The centroid of many articles keeps what they share and
   * averages away what each says alone, so a fitting article scores higher against it than
   * against any one article: a fixed threshold is too strict for pairing two articles and too
   * lax for a large story. Between the two, the threshold moves with 1 / size.
   */
  singleJoinThreshold: number;
  /**
   * Score needed to call the open page part of a large story. The page score is the mean of its
   * decayed centroid similarity and its best similarity to one member, so it is on a different
   * scale from `joinThreshold`. Set where matches just above it were still right about 9 times in
   * 10 on the labelled sets; below it they were right barely more often than not, and no story
   * beats a wrong one.
   */
  matchThreshold: number;
  /** The same for a story of one article; between the two it moves with 1 / size, as joining does. */
  singleMatchThreshold: number;
  /**
   * Two stories that the new article fits (each at or above the threshold for joining a pair) are
   * merged when their centroids are at least this similar: one event that started as two stories.
   */
  mergeThreshold: number;
  /**
   * Two stories merge only when one of them has at least this many articles. A large story's
   * centroid is a settled account of its event, so a fragment that started apart but reads like
   * it most likely belongs to it. Two small stories that one new article fits are more often two
   * developments of one topic on the same day (the charge and the resignation, the ruling and the
   * reaction): merging them measured worse on the labelled set of small stories and made no
   * difference on the set of large ones, where nearly every merge involves a story of 10 or more.
   */
  mergeMinSize: number;
  /** How many of the article's best stories are checked for a merge. */
  mergeCandidates: number;
  /**
   * Similarity halves for each this much time between the article and the story's first article.
   * Coverage of one event clusters in its first day or two; a same-topic article days later is
   * usually a new development, and is better shown as its own story.
   */
  halfLifeMs: number;
  /**
   * An article that started a story of its own is scored again once the index has seen articles
   * this much newer, and moves to a story it now fits (at that story's join threshold). 0: never.
   */
  secondLookMs: number;
  /** Stories up to this size are checked for a member that should leave with the new article. */
  splitScanLimit: number;
  /** Postings longer than this (terms in very many stories) only refine scores, never nominate. */
  maxPostings: number;
  /** How many nominated stories get an exact score. */
  rescore: number;
  terms: TermWeights;
}

/** The join threshold for a story of `size` articles. */
export function joinThresholdFor(size: number, o: Pick<StoryIndexOptions, 'joinThreshold' | 'singleJoinThreshold'>): number {
  return bySize(size, o.singleJoinThreshold, o.joinThreshold);
}

/** The page match threshold for a story of `size` articles. */
export function matchThresholdFor(size: number, o: Pick<StoryIndexOptions, 'matchThreshold' | 'singleMatchThreshold'>): number {
  return bySize(size, o.singleMatchThreshold, o.matchThreshold);
}

/** `single` for one article, tending to `large` as 1 / size. */
const bySize = (size: number, single: number, large: number): number => large + (single - large) / Math.max(1, size);

export const DEFAULT_STORY_OPTIONS: StoryIndexOptions = {
  windowMs: 48 * HOUR,
  joinThreshold: 0.14,
  singleJoinThreshold: 0.11,
  matchThreshold: 0.11,
  singleMatchThreshold: 0.09,
  mergeThreshold: 0.25,
  mergeMinSize: 10,
  mergeCandidates: 3,
  halfLifeMs: 24 * HOUR,
  secondLookMs: 12 * HOUR,
  splitScanLimit: 16,
  maxPostings: 2000,
  rescore: 32,
  terms: DEFAULT_TERM_WEIGHTS,
};
