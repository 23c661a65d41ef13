/**
 * The front page's order and the blindspot lists, over story digests. Pure: the worker builds
 * the digests, the pages rank and filter them as the reader changes the controls.
 */
import Fuse from 'fuse.js';
import type { StoryDigest } from './digest';

const HOUR = 3_600_000;

/** Filters of the story lists; undefined means "any". */
export interface StoryFilters {
  /** A country (ISO 3166-1 alpha-2) one of the covering outlets is from. */
  country?: string;
  /** A language one of the covering outlets writes in. */
  language?: string;
}

/**
 * The moment "the last 24 hours" ends: now, unless the index holds nothing from the last 48
 * hours (an imported or demo snapshot of older news); then its newest article, so the page shows
 * the snapshot's own last day instead of nothing. `fromNewest` says which, so the page can say so.
 */
export function listAnchor(stories: readonly StoryDigest[], now: number): { at: number; fromNewest: boolean } {
  const newest = Math.max(-Infinity, ...stories.map((s) => s.last));
  if (!Number.isFinite(newest) || newest >= now - 48 * HOUR) return { at: now, fromNewest: false };
  return { at: newest, fromNewest: true };
}

function matchesFilters(story: StoryDigest, filters: StoryFilters): boolean {
  return (!filters.country || story.countries.includes(filters.country)) && (!filters.language || story.languages.includes(filters.language));
}

/** Most outlets first; then more articles, then the more recent, then by id so the order is stable. */
function byReach(a: StoryDigest, b: StoryDigest): number {
  return b.outlets - a.outlets || b.articles - a.articles || b.last - a.last || a.id.localeCompare(b.id);
}

/** Stories with an article in the `hours` before `anchor`, ranked by how many outlets covered them. */
export function rankStories(stories: readonly StoryDigest[], options: StoryFilters & { hours: number; anchor: number }): StoryDigest[] {
  const since = options.anchor - options.hours * HOUR;
  return stories.filter((s) => s.last >= since && s.first <= options.anchor && matchesFilters(s, options)).sort(byReach);
}

/**
 * The two blindspot lists, by the popup's own verdict: "barely covered by the Left" holds the
 * stories whose Left share fell under the threshold (and those only the Center covered, which
 * both sides barely covered). Most rated outlets first: the surest verdicts lead.
 */
export function blindspotLists(stories: readonly StoryDigest[], filters: StoryFilters = {}): { left: StoryDigest[]; right: StoryDigest[] } {
  const order = (a: StoryDigest, b: StoryDigest) => b.blindspot.rated - a.blindspot.rated || b.last - a.last || a.id.localeCompare(b.id);
  const kept = stories.filter((s) => matchesFilters(s, filters));
  return {
    left: kept.filter((s) => s.blindspot.side === 'left' || s.blindspot.side === 'both').sort(order),
    right: kept.filter((s) => s.blindspot.side === 'right' || s.blindspot.side === 'both').sort(order),
  };
}

/**
 * Typo-tolerant search (fuse.js) over every headline of every story: each word of the query must
 * match some headline word closely, in any order, so "blinkn han" finds "Blinken meets China's VP Han".
 */
export function createStorySearch(stories: readonly StoryDigest[]) {
  const fuse = new Fuse(stories as StoryDigest[], {
    keys: ['headlines'],
    threshold: 0.3,
    ignoreLocation: true,
    useExtendedSearch: true,
  });
  return function search(query: string, filters: StoryFilters = {}): StoryDigest[] {
    // Extended search reads `'`, `=`, `!`, `^`, `$` and `|` as operators: plain words only.
    const words = query
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) return [];
    return fuse
      .search(words.join(' '))
      .map((r) => r.item)
      .filter((s) => matchesFilters(s, filters));
  };
}
