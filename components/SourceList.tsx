import type { ComponentChildren } from 'preact';
import type { DataSource, Outlet } from '../utils/model';
import type { RatingOverride } from '../utils/settings';
import { formatCount, t, tn } from '../utils/i18n/translate';
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
    <section aria-label={t('options_sourceList')}>
      <div class="list-head">
        <span role="status">{tn('options_sourcesMatch', outlets.length, formatCount(on))}</span>
        <button type="button" onClick={() => onToggle(ids, true)} disabled={on === ids.length}>
          {t('options_turnAllOn', formatCount(outlets.length))}
        </button>
        <button type="button" onClick={() => onToggle(ids, false)} disabled={on === 0}>
          {t('options_turnAllOff', formatCount(outlets.length))}
        </button>
      </div>
      {outlets.length === 0 ? (
        <p class="empty">{t('options_noSourceMatches')}</p>
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
          {t('options_showMore', formatCount(Math.min(step, outlets.length - shown.length)), formatCount(outlets.length - shown.length))}
        </button>
      )}
    </section>
  );
}
