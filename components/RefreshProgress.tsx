import { formatCount, t, tn } from '../utils/i18n/translate';
import type { IndexStatus } from '../utils/views';

/** "Reading 84 of 212 feeds…": the words every page uses for a refresh under way. */
export const readingFeeds = (r: { done: number; total: number }) => tn('refresh_readingFeeds', r.total, formatCount(r.done));

/** A running refresh's progress, or the button that starts one. */
export function RefreshProgress({ index, onRefresh }: { index: IndexStatus; onRefresh: () => void }) {
  if (index.refreshing) {
    return (
      <p class="progress" role="status">
        {readingFeeds(index.refreshing)}
      </p>
    );
  }
  return (
    <button type="button" class="secondary" onClick={onRefresh}>
      {t('refresh_now')}
    </button>
  );
}
