import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n/translate';
import { PAGE_LINKS, pageHref, type PageKey } from './links';

/** The frame of every full-tab page: a banner with the pages' navigation, then the page's main landmark. */
export function PageShell({ current, busy, children }: { current: PageKey; busy?: boolean; children: ComponentChildren }) {
  return (
    <>
      <header class="page-header">
        <span class="brand">{t('extName')}</span>
        <nav aria-label={t('pages_navLabel')}>
          <ul>
            {PAGE_LINKS.map((p) => (
              <li key={p.key}>
                <a href={pageHref(p.file)} aria-current={p.key === current ? 'page' : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="page" aria-busy={busy ? 'true' : undefined}>
        {children}
      </main>
    </>
  );
}

/** What a page shows before the worker answers, or when it cannot. */
export function PageState({ error }: { error?: string }) {
  if (error) {
    return (
      <div class="state state-error" role="alert">
        <h1>{t('pages_errorTitle')}</h1>
        <p>{error}</p>
        <p>{t('pages_errorAdvice')}</p>
      </div>
    );
  }
  return (
    <p class="state" role="status">
      {t('pages_loading')}
    </p>
  );
}
