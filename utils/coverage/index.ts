/**
 * How a story was covered, under the reader's settings: distinct outlets, the bias and factuality
 * mix (percent.ts), a blindspot verdict (blindspot.ts) and a short summary (summary.ts). The only
 * module imported from outside utils/coverage/.
 */
export { type Coverage, type CoverageArticle, coverageFor, type CoverageSettings, type RatingOverride, type Share } from './coverage';
export { largestRemainder } from './percent';
