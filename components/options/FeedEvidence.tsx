import type { DataSource, Outlet } from '../../utils/model';
import { safeHref } from '../../utils/safe-url';
import { t } from '../../utils/i18n/translate';
import { languageName } from './display-names';

/** Where each of a catalog outlet's feeds came from: the public lists that carry it, or its own page. */
export function FeedEvidence({ outlet, lists }: { outlet: Outlet; lists: readonly DataSource[] }) {
  if (outlet.custom) return null;
  if (outlet.feeds.length === 0) return <p class="fine feed-evidence">{t('options_noFeedListed', outlet.name)}</p>;
  const name = (id: string) => lists.find((l) => l.id === id);
  return (
    <section class="feed-evidence" aria-label={t('options_feedsOf', outlet.name)}>
      <h3>{t('options_feedsHeading')}</h3>
      <ul>
        {outlet.feeds.map((feed, i) => {
          const language = outlet.feedLanguages?.[feed];
          return (
            <li key={feed}>
              <span class="feed-url">{feed}</span>
              {language && <span class="fine"> · {t('options_feedLanguage', languageName(language))}</span>}
              <span class="fine">
                {' '}
                · {t('options_feedListedBy')}{' '}
                {(outlet.feedSources?.[i] ?? []).map((source, j) => {
                  const list = name(source);
                  const href = safeHref(list ? `${list.url}/tree/${list.commit}` : source);
                  return (
                    <>
                      {j > 0 && ', '}
                      {href ? (
                        <a href={href} target="_blank" rel="noreferrer">
                          {list ? `${list.name} (${list.commit}, ${list.licence})` : t('options_feedOwnPage')}
                        </a>
                      ) : (
                        source
                      )}
                    </>
                  );
                })}
                {(outlet.feedSources?.[i] ?? []).length === 0 && t('options_feedNoList')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
