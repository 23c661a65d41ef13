import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Outlet } from '../../utils/model';
import type { RatingOverride } from '../../utils/settings';
import { createSourceSearch, type SourceFilters } from '../../utils/sources/search';
import { SourceFiltersBar } from '../SourceFiltersBar';
import { SourceList } from '../SourceList';

/** Rows drawn at first and per "Show more": the full catalog is a long way to Tab through. */
export const PAGE_SIZE = 100;

export interface SourcesSectionProps {
  /** The reader's sources and the catalog's. */
  outlets: Outlet[];
  disabled: ReadonlySet<string>;
  overrides: Readonly<Record<string, RatingOverride>>;
  onToggle: (ids: string[], enabled: boolean) => void;
  onOverride: (id: string, override: RatingOverride | undefined) => void;
  customEditor?: (outlet: Outlet, close: () => void) => ComponentChildren;
}

/** Search, filter and switch sources; override their ratings. */
export function SourcesSection({ outlets, disabled, overrides, onToggle, onOverride, customEditor }: SourcesSectionProps) {
  const [filters, setFilters] = useState<SourceFilters>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const search = useMemo(() => createSourceSearch(outlets), [outlets]);
  const shown = useMemo(() => search(filters), [search, filters]);
  const countries = useMemo(() => [...new Set(outlets.map((o) => o.country))].sort(), [outlets]);
  const languages = useMemo(() => [...new Set(outlets.map((o) => o.language))].sort(), [outlets]);
  const filter = (next: SourceFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
  };
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <p class="fine">
        Parallax reads the feeds of the sources you keep on. Turning one off or rating it yourself changes the popup at once. An outlet we
        add to the catalog later starts on.
      </p>
      <SourceFiltersBar filters={filters} countries={countries} languages={languages} onChange={filter} />
      <SourceList
        outlets={shown}
        disabled={disabled}
        overrides={overrides}
        onToggle={onToggle}
        onOverride={onOverride}
        customEditor={customEditor}
        limit={limit}
        onShowMore={() => setLimit(limit + PAGE_SIZE)}
      />
    </section>
  );
}
