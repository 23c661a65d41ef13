/**
 * The story engine: incremental clustering of articles into stories, and matching the open page
 * against them. The only module imported from outside utils/stories/. Inside, dependencies run
 * one way: text/ (words to weighted terms) -> store/ (stories, postings, corpus statistics and
 * their rows) -> similarity/ (centroid and single-link scores) -> story-index.ts (add, match,
 * second look). options.ts holds the knobs every layer above text/ reads.
 */
export { joinThresholdFor, matchThresholdFor, type StoryIndexOptions } from './options';
export type { StoryChanges, StoryRow } from './store/rows';
export { type IndexedArticleInput, StoryIndex } from './story-index';
export { articleTerms } from './text/terms';
export { tokenize } from './text/tokenize';
