import { languageName, regionName } from '../options/display-names';
import { Choice } from '../SourceFiltersBar';
import type { StoryFilters } from '../../utils/story-lists/rank';

const byName = (pairs: [string, string][]) => pairs.sort((a, b) => a[1].localeCompare(b[1]));

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
        label="Region"
        value={filters.country}
        options={byName(countries.map((c) => [c, regionName(c)]))}
        onChange={(country) => onChange({ ...filters, country })}
      />
      <Choice
        label="Language"
        value={filters.language}
        options={byName(languages.map((l) => [l, languageName(l)]))}
        onChange={(language) => onChange({ ...filters, language })}
      />
    </>
  );
}
