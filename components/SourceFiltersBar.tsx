import { BIASES, BIAS_LABELS } from '../utils/model';
import type { SourceFilters } from '../utils/sources/search';

export interface SourceFiltersBarProps {
  filters: SourceFilters;
  countries: string[];
  languages: string[];
  onChange: (filters: SourceFilters) => void;
}

/** Search box and the bias, country and language filters of the source list. */
export function SourceFiltersBar({ filters, countries, languages, onChange }: SourceFiltersBarProps) {
  const set = (patch: Partial<SourceFilters>) => onChange({ ...filters, ...patch });
  return (
    <div class="filters-bar" role="search">
      <label>
        Search sources
        <input type="search" value={filters.query ?? ''} placeholder="Name or domain, e.g. reuters" onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <label>
        Bias
        <select value={filters.bias ?? ''} onChange={(e) => set({ bias: (e.currentTarget.value || undefined) as SourceFilters['bias'] })}>
          <option value="">Any</option>
          {[...BIASES, 'unrated' as const].map((b) => (
            <option key={b} value={b}>
              {BIAS_LABELS[b]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Country
        <select value={filters.country ?? ''} onChange={(e) => set({ country: e.currentTarget.value || undefined })}>
          <option value="">Any</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select value={filters.language ?? ''} onChange={(e) => set({ language: e.currentTarget.value || undefined })}>
          <option value="">Any</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
