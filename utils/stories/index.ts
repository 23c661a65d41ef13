/**
 * The story engine: incremental clustering of articles into stories, and matching the open page
 * against them. The only module imported from outside utils/stories/. Inside, dependencies run
 * one way: text/ (words to weighted terms) -> store/ (stories, postings, corpus statistics and
 * their rows) -> similarity/ (centroid and single-link scores) -> story-index.ts (add, match,
 * second look). options.ts holds the knobs every layer above text/ reads.
 */
export { DEFAULT_STORY_OPTIONS, joinThresholdFor, matchThresholdFor, type StoryIndexOptions } from './options';
export type { StoryArticleRow, StoryChanges, StoryRow } from './store/rows';
export { type IndexedArticleInput, type PageQuery, StoryIndex } from './story-index';
export { articleTerms, type TermVector } from './text/terms';
export { type Token, tokenize } from './text/tokenize';
