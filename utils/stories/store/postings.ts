/**
 * Postings: term -> the stories holding it, in time order, so ranking reads only the stories of
 * the time window. Only the story store changes them.
 */
import type { Story } from './story-store';

/**
 * The stories holding one term, in the order they took it up, each stamped with the index's clock
 * (the newest publication time it had seen) at that moment. The clock never goes back, so the
 * stamps are sorted; and a story's first article is no later than the article that brought it the
 * term, so no later than its stamp. An entry stamped before the window opens therefore belongs to
 * a story that began before it. Ranking binary-searches the first stamp inside the window and
 * reads on from there: a common term costs the stories of the last few days, not every story the
 * index holds. (Should the article that brought a term leave its story, the story can begin later
 * than the stamp and be passed over for that term; its other terms still find it.)
 */
export interface Posting {
  stories: Story[];
  /**
   * The stamps; undefined for a list loaded from rows until it is first ranked (see stampsOf), so
   * waking the worker costs no more than listing the stories.
   */
  at: number[] | undefined;
}

/**
 * A posting's stamps, made on first use for a loaded list. Loaded lists are in order of the
 * stories' first articles, so each entry is stamped with the latest first article up to it: as
 * good as the clock (sorted, and never before the story's own first article).
 */
export function stampsOf(p: Posting): number[] {
  if (!p.at) {
    const at = new Array<number>(p.stories.length);
    let t = -Infinity;
    for (let k = 0; k < at.length; k++) at[k] = t = Math.max(t, p.stories[k].first);
    p.at = at;
  }
  return p.at;
}

/** Index of the first entry whose time is at or after `t`. */
export function firstAtOrAfter(at: readonly number[], t: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drop the dead stories from every list (with their stamps); lists left empty go. */
export function compactPostings(postings: Map<string, Posting>): void {
  for (const [t, list] of postings) {
    const at = stampsOf(list);
    const stories: Story[] = [];
    const liveAt: number[] = [];
    for (let k = 0; k < list.stories.length; k++) {
      if (list.stories[k].dead) continue;
      stories.push(list.stories[k]);
      liveAt.push(at[k]);
    }
    if (stories.length) postings.set(t, { stories, at: liveAt });
    else postings.delete(t);
  }
}

/** List `story` under `term`, stamped `at` (never earlier than the entries already there). */
export function post(postings: Map<string, Posting>, term: string, story: Story, at: number): void {
  const list = postings.get(term);
  if (list) {
    stampsOf(list).push(at);
    list.stories.push(story);
  } else postings.set(term, { stories: [story], at: [at] });
}

/** List a loaded story under `term`; the list's stamps are made when first needed. */
export function postLoaded(postings: Map<string, Posting>, term: string, story: Story): void {
  const list = postings.get(term);
  if (list) list.stories.push(story);
  else postings.set(term, { stories: [story], at: undefined });
}
