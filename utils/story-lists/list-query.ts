/**
 * Today's stories as the worker answers them: ranked, filtered or searched over every digest,
 * but only the screenful the page shows is sent. Pure; the page asks again when the reader
 * changes a control or wants more.
 */
import { createStorySearch, listAnchor, rankStories, type StoryFilters } from './rank';
import type { StoryDigest } from './story-digest';

/** What the page asks for: a time window (absent: every story held) or a search, filters, how many. */
export interface StoryQuery extends StoryFilters {
  hours?: number;
  /** Words of a headline: the search replaces the time window. */
  search?: string;
  /** How many of the list to send (the page shows them fifty at a time). */
  limit: number;
}

export interface StoryListPage {
  /** The first `limit` stories of the list. */
  stories: StoryDigest[];
  /** How many the whole list holds. */
  total: number;
  /** Where the time window ends (see `listAnchor`). */
  anchor: { at: number; fromNewest: boolean };
  /** Countries and languages of every story held, for the filters. */
  countries: string[];
  languages: string[];
}

/** The most a page may ask for at once. */
const MAX_LIMIT = 1_000;

/** Countries and languages that occur among the stories' outlets. */
export function filterChoices(stories: readonly StoryDigest[]): { countries: string[]; languages: string[] } {
  const countries = new Set<string>();
  const languages = new Set<string>();
  for (const s of stories) {
    for (const c of s.countries) countries.add(c);
    for (const l of s.languages) languages.add(l);
  }
  return { countries: [...countries], languages: [...languages] };
}

/**
 * Answers queries over one set of digests; the filter choices are worked out once, and the
 * search index on the first search.
 */
export function createStoryQuery(stories: readonly StoryDigest[]) {
  const choices = filterChoices(stories);
  let search: ReturnType<typeof createStorySearch> | undefined;
  return function query(q: StoryQuery, now: number): StoryListPage {
    const anchor = listAnchor(stories, now);
    const filters = { country: q.country, language: q.language };
    const words = q.search?.trim();
    let list: StoryDigest[];
    if (words) {
      search ??= createStorySearch(stories);
      list = search(words, filters);
    } else list = rankStories(stories, { hours: q.hours ?? Infinity, anchor: anchor.at, ...filters });
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(q.limit)));
    return { stories: list.slice(0, limit), total: list.length, anchor, ...choices };
  };
}
