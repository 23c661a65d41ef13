import { useMemo, useState } from 'preact/hooks';
import type { Outlet } from '../../utils/model';
import { compareNames, regionName } from './display-names';
import { formatCount, t, tn } from '../../utils/i18n/translate';

/** Feeds a refresh fetches per country: what each choice costs. */
function feedsByCountry(outlets: readonly Outlet[]): Map<string, number> {
  const byCountry = new Map<string, number>();
  for (const o of outlets) byCountry.set(o.country, (byCountry.get(o.country) ?? 0) + o.feeds.length);
  return byCountry;
}

export interface RegionPickerProps {
  outlets: readonly Outlet[];
  /** Ticked at first, e.g. the browser's own region. */
  initial: string[];
  /** The chosen countries, or null for "keep every source on". */
  onChoose: (countries: string[] | null) => void | Promise<void>;
}

/** Countries with how many sources each has, most first; the reader ticks the ones they want. */
export function RegionPicker({ outlets, initial, onChoose }: RegionPickerProps) {
  const counts = useMemo(() => {
    const byCountry = new Map<string, number>();
    for (const o of outlets) byCountry.set(o.country, (byCountry.get(o.country) ?? 0) + 1);
    return [...byCountry].sort((a, b) => b[1] - a[1] || compareNames(regionName(a[0]), regionName(b[0])));
  }, [outlets]);
  const feeds = useMemo(() => feedsByCountry(outlets), [outlets]);
  const [chosen, setChosen] = useState(() => new Set(initial.filter((c) => counts.some(([k]) => k === c))));
  const flip = (country: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(country);
    else next.delete(country);
    setChosen(next);
  };
  const sources = counts.filter(([c]) => chosen.has(c)).reduce((sum, [, n]) => sum + n, 0);
  const chosenFeeds = [...chosen].reduce((sum, c) => sum + (feeds.get(c) ?? 0), 0);
  const allFeeds = [...feeds.values()].reduce((sum, n) => sum + n, 0);
  return (
    <form
      class="region-picker"
      onSubmit={(e) => {
        e.preventDefault();
        void onChoose([...chosen].sort());
      }}
    >
      <fieldset>
        <legend>{t('welcome_regionsLegend')}</legend>
        <div class="regions">
          {counts.map(([country, n]) => (
            <label class="inline" key={country}>
              <input type="checkbox" checked={chosen.has(country)} onChange={(e) => flip(country, e.currentTarget.checked)} />
              {regionName(country)} <span class="fine">{t('welcome_regionCounts', formatCount(n), tn('common_feeds', feeds.get(country) ?? 0))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={chosen.size === 0}>
          {t('welcome_onlyThese', formatCount(sources), tn('common_feeds', chosenFeeds))}
        </button>
        <button type="button" onClick={() => void onChoose(null)}>
          {t('welcome_keepAll', formatCount(outlets.length), tn('common_feeds', allFeeds))}
        </button>
      </div>
    </form>
  );
}
