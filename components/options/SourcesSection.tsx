import { useMemo, useState } from 'preact/hooks';
import { createSourceSearch, type SourceFilters } from '../../utils/sources/search';
import { t } from '../../utils/i18n/translate';
import { SourceFiltersBar } from '../SourceFiltersBar';
import { SourceList, type SourceListProps } from '../SourceList';

/** Rows drawn at first and per "Show more": the full catalog is a long way to Tab through, and a
 * keystroke in the search redraws them all (scripts/bench/options-search.ts). */
const PAGE_SIZE = 50;

/** The reader's sources and the catalog's, with what the list needs to switch and rate them. */
export type SourcesSectionProps = Pick<SourceListProps, 'outlets' | 'disabled' | 'overrides' | 'onToggle' | 'onOverride' | 'customEditor' | 'feedLists'>;

/** Search, filter and switch sources; override their ratings. */
export function SourcesSection({ outlets, disabled, overrides, onToggle, onOverride, customEditor, feedLists }: SourcesSectionProps) {
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
      <h2 id="sources-heading">{t('options_sourcesHeading')}</h2>
      <p class="fine">{t('options_sourcesIntro')}</p>
      <SourceFiltersBar filters={filters} countries={countries} languages={languages} onChange={filter} />
      <SourceList
        outlets={shown}
        disabled={disabled}
        overrides={overrides}
        onToggle={onToggle}
        onOverride={onOverride}
        customEditor={customEditor}
        feedLists={feedLists}
        limit={limit}
        step={PAGE_SIZE}
        onShowMore={() => setLimit(limit + PAGE_SIZE)}
      />
    </section>
  );
}
