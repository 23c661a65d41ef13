import type { Catalog, DataSource } from '../utils/model';
import { safeHref } from '../utils/safe-url';

function Credit({ source, what }: { source: DataSource; what: string }) {
  return (
    <section class="panel" aria-label={source.name}>
      <h2>{source.name}</h2>
      <p>{source.attribution}</p>
      <p>
        Licence: <a href={safeHref(source.licenceUrl)}>{source.licence}</a> · Source: <a href={safeHref(source.url)}>{source.url}</a> (commit {source.commit},{' '}
        {source.date})
      </p>
      <p class="fine">{what}</p>
    </section>
  );
}

/** Credits the feed lists and the ownership data the catalog is built from, with their licences. */
export function AboutSources({ catalog }: { catalog: Catalog }) {
  const feeds = catalog.outlets.flatMap((o) => o.feedSources ?? []);
  const listed = (id: string) => feeds.filter((s) => s.includes(id)).length;
  const owned = (id: string) => catalog.outlets.filter((o) => o.ownership?.source === id).length;
  return (
    <>
      <h1>Where the feeds and ownership come from</h1>
      <p>
        Every feed in the catalog is carried by at least one public list below; a feed their authors' own check found broken, or one that mixes many outlets'
        items (Google News, Reddit), is left out.
      </p>
      {(catalog.feedLists ?? []).map((s) => (
        <Credit key={s.id} source={s} what={`Carries ${listed(s.id)} of the ${feeds.length} feeds in the catalog.`} />
      ))}
      {(catalog.ownershipSources ?? []).map((s) => (
        <Credit key={s.id} source={s} what={`Gives the owner and kind of ownership of ${owned(s.id)} of the ${catalog.outlets.length} outlets.`} />
      ))}
    </>
  );
}
