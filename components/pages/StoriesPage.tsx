import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../utils/format';
import type { StoryDigest } from '../../utils/story-lists/story-digest';
import { createStorySearch, listAnchor, rankStories, type StoryFilters } from '../../utils/story-lists/rank';
import { PAGE_SIZE, StoryCards } from './StoryCard';
import { StoryFilterBar, filterChoices } from './StoryFilters';
import { formatCount, type MessageKey, t, tn } from '../../utils/i18n/translate';

/** The time windows: a day, two, and every story held (a snapshot of older news has no "today"). */
const WINDOWS: [number, MessageKey][] = [
  [24, 'pages_windowDay'],
  [48, 'pages_windowTwoDays'],
  [Infinity, 'pages_windowAll'],
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
      <h1>{t('pages_storiesTitle')}</h1>
      <p class="lead">{t('pages_storiesLead')}</p>
      {anchor.fromNewest && (
        <p class="note" role="note">
          {t('pages_storiesFromNewest', formatDate(anchor.at))}
        </p>
      )}
      <div class="list-controls" role="search">
        <label>
          {t('pages_searchLabel')}
          <input
            type="search"
            value={query}
            placeholder={t('pages_searchPlaceholder')}
            dir="auto"
            onInput={(e) => change(() => setQuery(e.currentTarget.value))}
          />
        </label>
        <div class="filters" role="group" aria-label={t('pages_windowGroup')}>
          {WINDOWS.map(([h, label]) => (
            <button key={h} type="button" aria-pressed={hours === h && !search} disabled={!!search} onClick={() => change(() => setHours(h))}>
              {t(label)}
            </button>
          ))}
        </div>
        <StoryFilterBar filters={filters} {...choices} onChange={(f) => change(() => setFilters(f))} />
      </div>
      <p role="status" class="count">
        {search
          ? tn('pages_searchCount', list.length, `\u2068${searched}\u2069`)
          : hours === Infinity
            ? tn('pages_storiesHeld', list.length)
            : tn('pages_storiesInHours', list.length, formatCount(hours))}
      </p>
      {list.length === 0 ? (
        <p>{search ? t('pages_searchNone') : t('pages_windowNone')}</p>
      ) : (
        <StoryCards
          stories={list}
          now={now}
          shown={shown}
          onMore={() => setShown(shown + PAGE_SIZE)}
          label={search ? t('pages_searchResults') : t('pages_topStories')}
        />
      )}
    </>
  );
}
