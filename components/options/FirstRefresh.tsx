import { useEffect, useState } from 'preact/hooks';
import type { IndexStatus } from '../../utils/views';
import { readingFeeds } from '../RefreshProgress';
import { t, tn } from '../../utils/i18n/translate';

export interface FirstRefreshProps {
  /** The worker's index status (polled while this shows). */
  indexStatus: () => Promise<IndexStatus>;
  pollMs?: number;
}

/** The first refresh's progress on the first-run page, then what the index holds. */
export function FirstRefresh({ indexStatus, pollMs = 500 }: FirstRefreshProps) {
  const [status, setStatus] = useState<IndexStatus>();
  const done = !!status && !status.refreshing && !!status.lastRefresh;
  useEffect(() => {
    if (done) return;
    const poll = () => void indexStatus().then(setStatus, () => undefined);
    poll();
    const timer = setInterval(poll, pollMs);
    return () => clearInterval(timer);
  }, [indexStatus, pollMs, done]);

  if (!status) return null;
  return (
    // Busy while feeds are read, so a screen reader announces the outcome, not every feed.
    <div class="first-refresh" aria-live="polite" aria-busy={status.refreshing ? 'true' : 'false'}>
      {status.refreshing ? (
        <>
          <p class="progress">{readingFeeds(status.refreshing)}</p>
          <progress max={status.refreshing.total} value={status.refreshing.done} aria-label={t('options_feedsRead')} />
        </>
      ) : done ? (
        <p>{t('welcome_indexReady', tn('common_articles', status.articles), tn('common_stories', status.stories))}</p>
      ) : (
        <p class="progress">{t('welcome_refreshStarting')}</p>
      )}
    </div>
  );
}
