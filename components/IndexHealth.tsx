import { plural, timeAgo } from '../utils/format';
import type { IndexStatus } from '../utils/views';

/** How big the local index is, when it was refreshed, and a "Refresh now" button. */
export function IndexHealth({ status, onRefresh }: { status: IndexStatus | undefined; onRefresh: () => void }) {
  if (!status) return <p role="status">Reading the index…</p>;
  return (
    <section aria-label="Index health">
      <h2>Your story index</h2>
      <dl>
        <dt>Held</dt>
        <dd>
          {plural(status.articles, 'article')} in {plural(status.stories, 'story', 'stories')}
        </dd>
        <dt>Contents</dt>
        <dd>{status.label ?? 'Built from your sources’ feeds'}</dd>
        <dt>Last refresh</dt>
        <dd>{status.lastRefresh ? timeAgo(status.lastRefresh) : 'never'}</dd>
      </dl>
      {status.refreshing ? (
        <p role="status" class="progress">
          Refreshing {status.refreshing.done}/{status.refreshing.total} sources…
        </p>
      ) : (
        <button type="button" onClick={onRefresh}>
          Refresh now
        </button>
      )}
    </section>
  );
}
