import type { ComponentChildren } from 'preact';
import type { DataSource, Outlet } from '../utils/model';
import type { RatingOverride } from '../utils/settings';
import { SourceRow } from './options/SourceRow';

export interface SourceListProps {
  outlets: Outlet[];
  disabled: ReadonlySet<string>;
  overrides: Readonly<Record<string, RatingOverride>>;
  onToggle: (ids: string[], enabled: boolean) => void;
  /** Sets (or, with undefined, resets) the reader's rating of an outlet. */
  onOverride: (id: string, override: RatingOverride | undefined) => void;
  /** The editor of a source the reader added. */
  customEditor?: (outlet: Outlet, close: () => void) => ComponentChildren;
  /** Rows drawn at once; "Show more" draws the next batch. */
  limit?: number;
  onShowMore?: () => void;
  /** Rows "Show more" adds. */
  step?: number;
  /** The public feed lists a catalog feed's evidence names. */
  feedLists?: readonly DataSource[];
}

/** The outlets of the current filter, each with its switch, and "all on/off" for the filter. */
export function SourceList({ outlets, disabled, overrides, onToggle, onOverride, customEditor, limit, onShowMore, feedLists, step = 100 }: SourceListProps) {
  const ids = outlets.map((o) => o.id);
  const on = ids.filter((id) => !disabled.has(id)).length;
  const shown = limit === undefined ? outlets : outlets.slice(0, limit);
  return (
    <section aria-label="Source list">
      <div class="list-head">
        <span role="status">
          {outlets.length} {outlets.length === 1 ? 'source' : 'sources'} match, {on} on
        </span>
        <button type="button" onClick={() => onToggle(ids, true)} disabled={on === ids.length}>
          Turn all {outlets.length} on
        </button>
        <button type="button" onClick={() => onToggle(ids, false)} disabled={on === 0}>
          Turn all {outlets.length} off
        </button>
      </div>
      {outlets.length === 0 ? (
        <p class="empty">No source matches. Try fewer filters or another spelling.</p>
      ) : (
        <ul class="sources">
          {shown.map((o) => (
            <SourceRow
              key={o.id}
              outlet={o}
              enabled={!disabled.has(o.id)}
              override={overrides[o.id]}
              onToggle={onToggle}
              onOverride={onOverride}
              customEditor={customEditor}
              feedLists={feedLists}
            />
          ))}
        </ul>
      )}
      {shown.length < outlets.length && onShowMore && (
        <button type="button" onClick={onShowMore}>
          Show {Math.min(step, outlets.length - shown.length)} more of {outlets.length - shown.length}
        </button>
      )}
    </section>
  );
}
