import { formatBytes, timeAgo } from '../utils/format';
import type { IndexStatus } from '../utils/views';
import { readingFeeds } from './RefreshProgress';
import { t, tn } from '../utils/i18n/translate';

export interface IndexHealthProps {
  status: IndexStatus | undefined;
  /** `navigator.storage.estimate()`'s answer, when it gave one. */
  storage?: { usage?: number; quota?: number };
  onRefresh: () => void;
  now?: number;
}

/** How big the local index is, what it takes on disk, when it was refreshed, and "Refresh now". */
export function IndexHealth({ status, storage, onRefresh, now = Date.now() }: IndexHealthProps) {
  if (!status) return <p role="status">{t('options_readingIndex')}</p>;
  return (
    <div class="index-health">
      <dl>
        <dt>{t('options_indexHeld')}</dt>
        <dd>{t('options_indexHeldValue', tn('common_articles', status.articles), tn('common_stories', status.stories))}</dd>
        <dt>{t('options_indexContents')}</dt>
        <dd dir="auto">{status.label ?? t('options_indexFromFeeds')}</dd>
        {status.source && (
          <>
            <dt>{t('options_indexComesFrom')}</dt>
            <dd class="index-source" dir="auto">
              {status.source.url}
            </dd>
            <dt>{t('options_indexPublished')}</dt>
            <dd>
              {t(
                'options_indexPublishedValue',
                status.source.createdAt ? timeAgo(Date.parse(status.source.createdAt), now) : t('options_unknown'),
                String(status.source.version),
                timeAgo(status.source.checkedAt, now),
              )}
            </dd>
          </>
        )}
        <dt>{t('options_storageUsed')}</dt>
        <dd>
          {storage?.usage === undefined
            ? t('options_unknown')
            : storage.quota
              ? t('options_storageOfQuota', formatBytes(storage.usage), formatBytes(storage.quota))
              : formatBytes(storage.usage)}
        </dd>
        <dt>{t('options_lastRefresh')}</dt>
        <dd>{status.lastRefresh ? timeAgo(status.lastRefresh, now) : t('options_never')}</dd>
      </dl>
      {status.sourceError && (
        <p role="alert" class="error" dir="auto">
          {status.sourceError}
        </p>
      )}
      {status.problem ? (
        <p role="alert" class="flag" dir="auto">
          {status.problem}
        </p>
      ) : null}
      <p role="status" class="progress">
        {status.refreshing ? readingFeeds(status.refreshing) : ''}
      </p>
      <button type="button" onClick={onRefresh} disabled={!!status.refreshing}>
        {status.refreshing ? t('options_refreshing') : t('options_refreshNow')}
      </button>
    </div>
  );
}
