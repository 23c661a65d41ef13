/**
 * The persisted shape of a story: plain, structured-clone-friendly rows a background worker can
 * write to IndexedDB after each ingest and resume from when it wakes. Rows hold the story's
 * term centroid (so loading needs no re-tokenising) and each article's own terms (so removing
 * an article subtracts exactly what it added).
 */

/** One article as its story remembers it. */
export interface StoryArticleRow {
  /** Normalised URL, the article's key. */
  url: string;
  title: string;
  /** Epoch milliseconds. */
  published: number;
  /** The article's terms and their raw (pre-IDF) weights. */
  terms: string[];
  weights: number[];
}

/** One story, as stored. */
export interface StoryRow {
  /** Stable id: derived from the first article's URL and kept through later additions. */
  id: string;
  /** Headline of the story's earliest article. */
  title: string;
  /** Publication time of the earliest and latest article, epoch ms. */
  first: number;
  last: number;
  /** Centroid: every term of the story with its summed raw (pre-IDF) weight. */
  terms: string[];
  weights: number[];
  articles: StoryArticleRow[];
}

/** What changed since the last `takeChanges()`: rows to put, story ids to delete. */
export interface StoryChanges {
  upsert: StoryRow[];
  delete: string[];
  /** URLs of articles that left a story: they are in another one now, or out of the index. */
  moved: string[];
}
