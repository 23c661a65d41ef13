import { formatBytes, timeAgo } from '../utils/format';
import type { IndexStatus } from '../utils/views';
import { readingFeeds } from './RefreshProgress';
import { tn } from '../utils/i18n/translate';

export interface IndexHealthProps {
  status: IndexStatus | undefined;
  /** `navigator.storage.estimate()`'s answer, when it gave one. */
  storage?: { usage?: number; quota?: number };
  onRefresh: () => void;
  now?: number;
}

/** How big the local index is, what it takes on disk, when it was refreshed, and "Refresh now". */
export function IndexHealth({ status, storage, onRefresh, now = Date.now() }: IndexHealthProps) {
  if (!status) return <p role="status">Reading the index…</p>;
  return (
    <div class="index-health">
      <dl>
        <dt>Held</dt>
        <dd>
          {tn('common_articles', status.articles)} in {tn('common_stories', status.stories)}
        </dd>
        <dt>Contents</dt>
        <dd>{status.label ?? 'Built from your sources’ feeds'}</dd>
        {status.source && (
          <>
            <dt>Comes from</dt>
            <dd class="index-source">{status.source.url}</dd>
            <dt>Published</dt>
            <dd>
              {status.source.createdAt ? timeAgo(Date.parse(status.source.createdAt), now) : 'unknown'} (version {status.source.version}), checked{' '}
              {timeAgo(status.source.checkedAt, now)}
            </dd>
          </>
        )}
        <dt>Storage used</dt>
        <dd>
          {storage?.usage === undefined ? 'unknown' : formatBytes(storage.usage)}
          {storage?.quota ? <span class="fine"> of {formatBytes(storage.quota)} this browser allows</span> : null}
        </dd>
        <dt>Last refresh</dt>
        <dd>{status.lastRefresh ? timeAgo(status.lastRefresh, now) : 'never'}</dd>
      </dl>
      {status.sourceError && (
        <p role="alert" class="error">
          {status.sourceError}
        </p>
      )}
      {status.problem ? (
        <p role="alert" class="flag">
          {status.problem}
        </p>
      ) : null}
      <p role="status" class="progress">
        {status.refreshing ? readingFeeds(status.refreshing) : ''}
      </p>
      <button type="button" onClick={onRefresh} disabled={!!status.refreshing}>
        {status.refreshing ? 'Refreshing…' : 'Refresh now'}
      </button>
    </div>
  );
}
