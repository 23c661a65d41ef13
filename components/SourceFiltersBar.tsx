import { BIASES } from '../utils/model';
import { BIAS_LABELS } from '../utils/i18n/labels';
import { t } from '../utils/i18n/translate';
import type { SourceFilters } from '../utils/sources/search';
import { byName, languageName, regionName } from './options/display-names';
import { LabeledSelect } from './options/LabeledSelect';

export interface SourceFiltersBarProps {
  filters: SourceFilters;
  countries: string[];
  languages: string[];
  onChange: (filters: SourceFilters) => void;
}

/** A filter: "Any" (undefined) or one of the options (also used by the story pages). */
export function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: [string, string][];
  onChange: (value: string | undefined) => void;
}) {
  return <LabeledSelect label={label} value={value ?? ''} options={[['', t('options_filterAny')], ...options]} onChange={(v) => onChange(v || undefined)} />;
}

/** Search box (typo-tolerant) and the bias, country and language filters of the source list. */
export function SourceFiltersBar({ filters, countries, languages, onChange }: SourceFiltersBarProps) {
  const set = (patch: Partial<SourceFilters>) => onChange({ ...filters, ...patch });
  const any = !!(filters.query || filters.bias || filters.country || filters.language);
  return (
    <div class="filters-bar" role="search" aria-label={t('options_findSources')}>
      <label>
        {t('options_searchSources')}
        <input type="search" value={filters.query ?? ''} placeholder={t('options_searchPlaceholder')} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      <Choice
        label={t('options_filterBias')}
        value={filters.bias}
        options={[...BIASES, 'unrated' as const].map((b) => [b, BIAS_LABELS[b]])}
        onChange={(bias) => set({ bias: bias as SourceFilters['bias'] })}
      />
      <Choice
        label={t('options_country')}
        value={filters.country}
        options={byName(countries.map((c) => [c, `${regionName(c)} (${c})`]))}
        onChange={(country) => set({ country })}
      />
      <Choice
        label={t('options_language')}
        value={filters.language}
        options={byName(languages.map((l) => [l, languageName(l)]))}
        onChange={(language) => set({ language })}
      />
      <button type="button" class="link" onClick={() => onChange({})} disabled={!any}>
        {t('options_clearFilters')}
      </button>
    </div>
  );
}
