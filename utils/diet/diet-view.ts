/**
 * The diet page's view, built by the worker from the stored entries, the catalog, the reader's
 * ratings and today's stories.
 */
import type { StoryDigest } from '../story-lists/digest';
import { listAnchor, rankStories } from '../story-lists/rank';
import { dietMix, leastReadSide, suggestStories, type DietEntry, type DietMix, type OutletRatings, type Side } from './diet';

export interface DietView {
  enabled: boolean;
  /** Entries kept (at most 90 days' worth). */
  entries: number;
  week: DietMix;
  month: DietMix;
  /** The side read least over the last 30 days, and stories of today's list that side covered. */
  least: Side | null;
  suggestions: StoryDigest[];
  /** `today`: from the last 48 hours' list; `recent`: that list had none, so the index's most recent. */
  suggestionsFrom: 'today' | 'recent';
}

export function buildDietView(input: {
  enabled: boolean;
  entries: readonly DietEntry[];
  stories: readonly StoryDigest[];
  ratings: (outletId: string) => OutletRatings;
  now: number;
}): DietView {
  const { entries, now, ratings } = input;
  const week = dietMix(entries, 7, now, ratings);
  const month = dietMix(entries, 30, now, ratings);
  const least = leastReadSide(month);
  const anchor = listAnchor(input.stories, now);
  const today = rankStories(input.stories, { hours: 48, anchor: anchor.at });
  const read = new Set(entries.map((e) => e.storyId).filter(Boolean));
  const fromToday = least ? suggestStories(today, least, read) : [];
  if (!least || fromToday.length)
    return { enabled: input.enabled, entries: entries.length, week, month, least, suggestions: fromToday, suggestionsFrom: 'today' };
  // Nothing of the day from that side: its most recent stories in the index instead, said as such.
  const recent = [...input.stories].sort((a, b) => b.last - a.last || a.id.localeCompare(b.id)).slice(0, 200);
  const suggestions = suggestStories(recent, least, read).sort((a, b) => b.last - a.last);
  return { enabled: input.enabled, entries: entries.length, week, month, least, suggestions, suggestionsFrom: 'recent' };
}
