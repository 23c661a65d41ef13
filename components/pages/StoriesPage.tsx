import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../utils/format';
import type { StoryDigest } from '../../utils/story-lists/story-digest';
import { createStorySearch, listAnchor, rankStories, type StoryFilters } from '../../utils/story-lists/rank';
import { PAGE_SIZE, StoryCards } from './StoryCard';
import { StoryFilterBar, filterChoices } from './StoryFilters';
import { tn } from '../../utils/i18n/translate';

/** The time windows: a day, two, and every story held (a snapshot of older news has no "today"). */
const WINDOWS: [number, string][] = [
  [24, 'Last 24 hours'],
  [48, 'Last 48 hours'],
  [Infinity, 'Every story held'],
];

/** A query over 5,000 stories takes tens of milliseconds: run it once typing pauses, not per key. */
const SEARCH_DELAY_MS = 150;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface StoriesPageProps {
  stories: StoryDigest[];
  now: number;
}

/** Today's stories: the last 24 or 48 hours ranked by how many outlets covered them, filters, and search. */
export function StoriesPage({ stories, now }: StoriesPageProps) {
  const [hours, setHours] = useState<number>(24);
  const [filters, setFilters] = useState<StoryFilters>({});
  const [query, setQuery] = useState('');
  const searched = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const [shown, setShown] = useState(PAGE_SIZE);
  const anchor = useMemo(() => listAnchor(stories, now), [stories, now]);
  const choices = useMemo(() => filterChoices(stories), [stories]);
  // The search index is built on the first search, not on every page load.
  const search = useMemo(() => (searched ? createStorySearch(stories) : undefined), [stories, searched === '']);
  const list = useMemo(
    () => (search ? search(searched, filters) : rankStories(stories, { hours, anchor: anchor.at, ...filters })),
    [search, searched, filters, hours, anchor, stories],
  );
  const change = (apply: () => void) => {
    apply();
    setShown(PAGE_SIZE);
  };
  return (
    <>
      <h1>Today’s stories</h1>
      <p class="lead">The stories in your index, ranked by how many outlets covered them.</p>
      {anchor.fromNewest && (
        <p class="note" role="note">
          Your index holds no article from the last 48 hours, so these are the hours up to its newest article ({formatDate(anchor.at)}).
        </p>
      )}
      <div class="list-controls" role="search">
        <label>
          Search all stories
          <input type="search" value={query} placeholder="A few words of a headline" onInput={(e) => change(() => setQuery(e.currentTarget.value))} />
        </label>
        <div class="filters" role="group" aria-label="Time">
          {WINDOWS.map(([h, label]) => (
            <button key={h} type="button" aria-pressed={hours === h && !search} disabled={!!search} onClick={() => change(() => setHours(h))}>
              {label}
            </button>
          ))}
        </div>
        <StoryFilterBar filters={filters} {...choices} onChange={(f) => change(() => setFilters(f))} />
      </div>
      <p role="status" class="count">
        {search
          ? `${tn('common_stories', list.length)} match “${searched}”`
          : `${tn('common_stories', list.length)} ${hours === Infinity ? 'held' : `in the last ${hours} hours`}`}
      </p>
      {list.length === 0 ? (
        <p>{search ? 'No headline matches those words.' : 'No story in this window matches the filters.'}</p>
      ) : (
        <StoryCards stories={list} now={now} shown={shown} onMore={() => setShown(shown + PAGE_SIZE)} label={search ? 'Matching stories' : 'Top stories'} />
      )}
    </>
  );
}
