import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../utils/format';
import { formatCount, type MessageKey, t, tn } from '../../utils/i18n/translate';
import type { StoryListPage, StoryQuery } from '../../utils/story-lists/list-query';
import type { StoryFilters } from '../../utils/story-lists/rank';
import { PAGE_SIZE, StoryCards } from './StoryCard';
import { StoryFilterBar } from './StoryFilters';
import { isolate } from '../options/display-names';

/** The time windows: a day, two, and every story held (a snapshot of older news has no "today"). */
const WINDOWS: [number, MessageKey][] = [
  [24, 'pages_windowDay'],
  [48, 'pages_windowTwoDays'],
  [Infinity, 'pages_windowAll'],
];

/** A query over 5,000 stories takes tens of milliseconds: ask it once typing pauses, not per key. */
const SEARCH_DELAY_MS = 150;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A page of today's stories as the worker answers it. */
type TodayList = StoryListPage & { now: number };

/** The query the page opens with: the last 24 hours, first screenful. */
export const FIRST_QUERY: StoryQuery = { hours: 24, limit: PAGE_SIZE };

export interface StoriesPageProps {
  /** The worker's answer to `FIRST_QUERY`. */
  first: TodayList;
  /** Asks the worker for the list under other controls: it ranks, filters and searches every story. */
  ask: (query: StoryQuery) => Promise<TodayList>;
}

/** Today's stories: the last 24 or 48 hours ranked by how many outlets covered them, filters, and search. */
export function StoriesPage({ first, ask }: StoriesPageProps) {
  const [hours, setHours] = useState<number>(24);
  const [filters, setFilters] = useState<StoryFilters>({});
  const [query, setQuery] = useState('');
  const searched = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const [shown, setShown] = useState(PAGE_SIZE);
  const request = useMemo<StoryQuery>(
    () => ({ ...(searched ? { search: searched } : hours === Infinity ? {} : { hours }), ...filters, limit: shown }),
    [searched, hours, filters, shown],
  );
  // What is drawn, with the query it answers: a slower earlier answer never replaces a later one.
  const [answer, setAnswer] = useState({ request: FIRST_QUERY, list: first });
  const asked = useRef(0);
  useEffect(() => {
    if (asked.current === 0 && JSON.stringify(request) === JSON.stringify(FIRST_QUERY)) return;
    const n = ++asked.current;
    ask(request).then(
      (list) => n === asked.current && setAnswer({ request, list }),
      () => undefined,
    );
  }, [request, ask]);
  const { list: page, request: answered } = answer;
  const search = answered.search;
  const { anchor, now } = page;
  const list = page.stories;
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
            <button key={h} type="button" aria-pressed={hours === h && !searched} disabled={!!searched} onClick={() => change(() => setHours(h))}>
              {t(label)}
            </button>
          ))}
        </div>
        <StoryFilterBar filters={filters} countries={page.countries} languages={page.languages} onChange={(f) => change(() => setFilters(f))} />
      </div>
      <p role="status" class="count">
        {search
          ? tn('pages_searchCount', page.total, isolate(search))
          : answered.hours === undefined
            ? tn('pages_storiesHeld', page.total)
            : tn('pages_storiesInHours', page.total, formatCount(answered.hours))}
      </p>
      {list.length === 0 ? (
        <p>{search ? t('pages_searchNone') : t('pages_windowNone')}</p>
      ) : (
        <StoryCards
          stories={list}
          total={page.total}
          now={now}
          shown={answered.limit}
          onMore={() => setShown(shown + PAGE_SIZE)}
          label={search ? t('pages_searchResults') : t('pages_topStories')}
        />
      )}
    </>
  );
}
