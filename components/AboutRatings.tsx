import { safeHref } from '../utils/safe-url';
import type { Catalog } from '../utils/model';
import { AboutSources } from './AboutSources';

/** Credits every rating source the catalog uses, with its licence and how many outlets it rates. */
export function AboutRatings({ catalog }: { catalog: Catalog }) {
  const count = (id: string) => catalog.outlets.filter((o) => o.bias?.source === id || o.factuality?.source === id).length;
  const unrated = catalog.outlets.filter((o) => !o.bias).length;
  return (
    <main>
      <h1>About the ratings</h1>
      <p>
        Every bias or factuality rating Parallax shows says where it comes from. We ship only ratings whose licence lets us, and an outlet without one is shown
        as <strong>unrated</strong>, never guessed. You can set your own rating for any outlet in the options page; it is shown as “your rating” beside the
        original.
      </p>
      {catalog.ratingSources.map((s) => (
        <section key={s.id} class="panel" aria-label={s.name}>
          <h2>{s.name}</h2>
          <p>{s.attribution}</p>
          <p>
            Licence: <a href={safeHref(s.licenceUrl)}>{s.licence}</a> · Source: <a href={safeHref(s.url)}>{s.url}</a>
          </p>
          <p class="fine">
            Rates {count(s.id)} of the {catalog.outlets.length} outlets in the catalog.
          </p>
        </section>
      ))}
      <p class="fine">{unrated} outlets have no bias rating we may ship and are shown as unrated.</p>
      <AboutSources catalog={catalog} />
    </main>
  );
}
