import { formatBytes, plural, timeAgo } from '../utils/format';
import type { IndexStatus } from '../utils/views';

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
          {plural(status.articles, 'article')} in {plural(status.stories, 'story', 'stories')}
        </dd>
        <dt>Contents</dt>
        <dd>{status.label ?? 'Built from your sources’ feeds'}</dd>
        <dt>Storage used</dt>
        <dd>
          {storage?.usage === undefined ? 'unknown' : formatBytes(storage.usage)}
          {storage?.quota ? <span class="fine"> of {formatBytes(storage.quota)} this browser allows</span> : null}
        </dd>
        <dt>Last refresh</dt>
        <dd>{status.lastRefresh ? timeAgo(status.lastRefresh, now) : 'never'}</dd>
      </dl>
      {status.problem ? (
        <p role="alert" class="flag">
          {status.problem}
        </p>
      ) : null}
      <p role="status" class="progress">
        {status.refreshing ? `Refreshing ${status.refreshing.done}/${status.refreshing.total} sources…` : ''}
      </p>
      <button type="button" onClick={onRefresh} disabled={!!status.refreshing}>
        {status.refreshing ? 'Refreshing…' : 'Refresh now'}
      </button>
    </div>
  );
}
