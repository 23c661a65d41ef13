import type { Catalog, DataSource } from '../utils/model';
import { safeHref } from '../utils/safe-url';
import { formatCount, t } from '../utils/i18n/translate';

function Credit({ source, what }: { source: DataSource; what: string }) {
  return (
    <section class="panel" aria-label={source.name}>
      <h2 dir="auto">{source.name}</h2>
      <p>{source.attribution}</p>
      <p>
        {t('about_licence')} <a href={safeHref(source.licenceUrl)}>{source.licence}</a> · {t('about_source')} <a href={safeHref(source.url)}>{source.url}</a>{' '}
        {t('about_commit', source.commit, source.date)}
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
      <h1>{t('about_sourcesTitle')}</h1>
      <p>{t('about_sourcesIntro')}</p>
      {(catalog.feedLists ?? []).map((s) => (
        <Credit key={s.id} source={s} what={t('about_feedListCount', formatCount(listed(s.id)), formatCount(feeds.length))} />
      ))}
      {(catalog.ownershipSources ?? []).map((s) => (
        <Credit key={s.id} source={s} what={t('about_ownershipCount', formatCount(owned(s.id)), formatCount(catalog.outlets.length))} />
      ))}
    </>
  );
}
