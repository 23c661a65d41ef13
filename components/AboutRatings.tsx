import { safeHref } from '../utils/safe-url';
import type { Catalog } from '../utils/model';
import { formatCount, t, tn } from '../utils/i18n/translate';
import { AboutSources } from './AboutSources';

/** Marks where the emphasised word goes in the introduction, so the sentence stays one message (a private-use character: no bundle writes it, and the browser passes it through). */
const SLOT = '\uE000';

/** Credits every rating source the catalog uses, with its licence and how many outlets it rates. */
export function AboutRatings({ catalog }: { catalog: Catalog }) {
  const count = (id: string) => catalog.outlets.filter((o) => o.bias?.source === id || o.factuality?.source === id).length;
  const unrated = catalog.outlets.filter((o) => !o.bias).length;
  const [before, after] = t('about_ratingsIntro', SLOT).split(SLOT);
  return (
    <main>
      <h1>{t('about_ratingsTitle')}</h1>
      <p>
        {before}
        <strong>{t('about_unratedWord')}</strong>
        {after}
      </p>
      {catalog.ratingSources.map((s) => (
        <section key={s.id} class="panel" aria-label={s.name}>
          <h2 dir="auto">{s.name}</h2>
          <p>{s.attribution}</p>
          <p>
            {t('about_licence')} <a href={safeHref(s.licenceUrl)}>{s.licence}</a> · {t('about_source')} <a href={safeHref(s.url)}>{s.url}</a>
          </p>
          <p class="fine">{t('about_ratesCount', formatCount(count(s.id)), formatCount(catalog.outlets.length))}</p>
        </section>
      ))}
      <p class="fine">{tn('about_unratedCount', unrated)}</p>
      <AboutSources catalog={catalog} />
    </main>
  );
}
