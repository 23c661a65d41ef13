import { useMemo, useState } from 'preact/hooks';
import type { StoryDigest } from '../../utils/story-lists/story-digest';
import { filterChoices } from '../../utils/story-lists/list-query';
import { blindspotLists, type StoryFilters } from '../../utils/story-lists/rank';
import { PAGE_SIZE, StoryCards } from './StoryCard';
import { StoryFilterBar } from './StoryFilters';
import { formatCount, t, tn } from '../../utils/i18n/translate';

export interface BlindspotsPageProps {
  stories: StoryDigest[];
  now: number;
  /** The rule in words, with the reader's threshold. */
  rule: string;
}

function Side({ id, title, stories, now }: { id: string; title: string; stories: StoryDigest[]; now: number }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <section class="blindspot-list" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="fine">({formatCount(stories.length)})</span>
      </h2>
      {stories.length === 0 ? (
        <p>{t('pages_blindspotsNone')}</p>
      ) : (
        <StoryCards
          stories={stories}
          now={now}
          shown={shown}
          onMore={() => setShown(shown + PAGE_SIZE)}
          label={title}
          extra={(s) => <p class="fine verdict">{s.blindspot.verdict}</p>}
        />
      )}
    </section>
  );
}

/** Stories one side of the spectrum barely covered, by the popup's rule, with the counts behind each. */
export function BlindspotsPage({ stories, now, rule }: BlindspotsPageProps) {
  const [filters, setFilters] = useState<StoryFilters>({});
  const lists = useMemo(() => blindspotLists(stories, filters), [stories, filters]);
  const choices = useMemo(() => filterChoices(stories), [stories]);
  const judged = stories.filter((s) => s.blindspot.judged).length;
  return (
    <>
      <h1>{t('pages_blindspotsTitle')}</h1>
      <p class="lead">{rule}</p>
      <p class="fine">{tn('pages_blindspotsJudged', stories.length, formatCount(judged))}</p>
      <div class="list-controls">
        <StoryFilterBar filters={filters} {...choices} onChange={setFilters} />
      </div>
      <div class="columns">
        <Side id="barely-left" title={t('pages_barelyLeft')} stories={lists.left} now={now} />
        <Side id="barely-right" title={t('pages_barelyRight')} stories={lists.right} now={now} />
      </div>
    </>
  );
}
