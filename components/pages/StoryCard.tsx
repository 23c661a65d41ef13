import type { ComponentChildren } from 'preact';
import { timeAgo } from '../../utils/format';
import type { StoryDigest } from '../../utils/story-lists/story-digest';
import { BiasStrip } from './BiasStrip';
import { storyHref } from './links';
import { formatCount, t, tn } from '../../utils/i18n/translate';

/** One story in a list: its headline (a link to its page), bias bar, outlet count and age. */
export function StoryCard({ story, now, children }: { story: StoryDigest; now: number; children?: ComponentChildren }) {
  return (
    <li class="story-card">
      <a class="story-link" href={storyHref(story.id)} dir="auto">
        {story.title}
      </a>
      <div class="story-meta">
        <BiasStrip shares={story.bias} />
        <span class="outlet-count">{tn('common_outlets', story.outlets)}</span>
        <span class="fine">{t('pages_cardUpdated', tn('common_articles', story.articles), timeAgo(story.last, now))}</span>
      </div>
      {children}
    </li>
  );
}

/** A list of story cards, fifty at a time, with a button for the next fifty (of `total`: the
 * list's length, when the worker sent only the first of them). */
export function StoryCards({
  stories,
  total = stories.length,
  now,
  shown,
  onMore,
  label,
  extra,
}: {
  stories: StoryDigest[];
  total?: number;
  now: number;
  shown: number;
  onMore: () => void;
  label: string;
  extra?: (s: StoryDigest) => ComponentChildren;
}) {
  return (
    <>
      <ol class="story-cards" aria-label={label}>
        {stories.slice(0, shown).map((s) => (
          <StoryCard key={s.id} story={s} now={now}>
            {extra?.(s)}
          </StoryCard>
        ))}
      </ol>
      {total > shown && (
        <button type="button" class="secondary" onClick={onMore}>
          {t('pages_showMore', formatCount(Math.min(PAGE_SIZE, total - shown)), formatCount(total))}
        </button>
      )}
    </>
  );
}

export const PAGE_SIZE = 50;
