import { t } from '../../utils/i18n/translate';
import { byName, languageName, regionName } from '../options/display-names';
import { Choice } from '../SourceFiltersBar';
import type { StoryFilters } from '../../utils/story-lists/rank';

/** Region and language filters of a story list. */
export function StoryFilterBar({
  filters,
  countries,
  languages,
  onChange,
}: {
  filters: StoryFilters;
  countries: string[];
  languages: string[];
  onChange: (f: StoryFilters) => void;
}) {
  return (
    <>
      <Choice
        label={t('pages_filterRegion')}
        value={filters.country}
        options={byName(countries.map((c) => [c, regionName(c)]))}
        onChange={(country) => onChange({ ...filters, country })}
      />
      <Choice
        label={t('pages_filterLanguage')}
        value={filters.language}
        options={byName(languages.map((l) => [l, languageName(l)]))}
        onChange={(language) => onChange({ ...filters, language })}
      />
    </>
  );
}
