import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IndexHealth } from '../../components/IndexHealth';
import { SourceFiltersBar } from '../../components/SourceFiltersBar';
import { SourceList } from '../../components/SourceList';
import { send } from '../../utils/messages';
import type { Catalog } from '../../utils/model';
import { createSourceSearch, type SourceFilters } from '../../utils/sources/search';
import { disabledSources, ratingOverrides, type RatingOverride } from '../../utils/settings';
import type { IndexStatus } from '../../utils/views';

/** A storage item's value, kept current when any page changes it. */
function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

export function App() {
  const [catalog, setCatalog] = useState<Catalog>();
  const [filters, setFilters] = useState<SourceFilters>({});
  const [status, setStatus] = useState<IndexStatus>();
  const disabled = useStored(disabledSources, [] as string[]);
  const overrides = useStored(ratingOverrides, {} as Record<string, RatingOverride>);

  useEffect(() => {
    void fetch(browser.runtime.getURL('/catalog.json')).then(async (r) => setCatalog((await r.json()) as Catalog));
  }, []);
  useEffect(() => {
    const poll = () => void send('indexStatus', {}).then(setStatus).catch(() => undefined);
    poll();
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, []);

  const outlets = catalog?.outlets ?? [];
  const search = useMemo(() => createSourceSearch(outlets), [outlets]);
  const shown = useMemo(() => search(filters), [search, filters]);
  const countries = useMemo(() => [...new Set(outlets.map((o) => o.country))].sort(), [outlets]);
  const languages = useMemo(() => [...new Set(outlets.map((o) => o.language))].sort(), [outlets]);
  const disabledSet = useMemo(() => new Set(disabled), [disabled]);

  const toggle = (ids: string[], enabled: boolean) => {
    const next = new Set(disabled);
    for (const id of ids) enabled ? next.delete(id) : next.add(id);
    void disabledSources.setValue([...next].sort());
  };

  return (
    <main>
      <h1>Parallax: sources and settings</h1>
      <p class="fine">
        Parallax builds its story index on this device from the feeds of the sources you keep on. The pages you read never leave it.
      </p>
      <div class="panel">
        <IndexHealth status={status} onRefresh={() => void send('refreshNow', {})} />
      </div>
      <h2>Sources</h2>
      <SourceFiltersBar filters={filters} countries={countries} languages={languages} onChange={setFilters} />
      {catalog ? <SourceList outlets={shown} disabled={disabledSet} overrides={overrides} onToggle={toggle} /> : <p role="status">Loading sources…</p>}
    </main>
  );
}
