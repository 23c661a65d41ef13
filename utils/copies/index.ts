/**
 * Wire copies: which articles carry another outlet's report (a wire's, mostly), the honest counts
 * built on that, "Why grouped", and the reader's "Not this story" corrections. The only module
 * imported from outside utils/copies/. Inside: wires.ts (the table) -> attribution.ts (bylines,
 * datelines, URLs) -> fingerprint.ts (headline and lead keys) -> detect.ts (copy families) ->
 * honest.ts (counts), why.ts, page.ts, corrections.ts, score.ts.
 */
export { stripDateline, wireInByline, wireInDateline, wireInUrl } from './attribution';
export { applyCorrections, cleanCorrections, correctionsOf, correctionsProblem, detach, detachedBy, type StoryCorrection, undo } from './corrections';
export { type CopyInput, type CopyMark, detectCopies } from './detect';
export { scoreCopies } from './score';
export { headlineKey, leadKey } from './fingerprint';
export { honestCoverage, type Reporting } from './honest';
export { pageCopyInput, pageCopyMark } from './page';
export { whyGrouped } from './why';
