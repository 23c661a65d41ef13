import { t, uiLocale } from '../../utils/i18n/translate';

/** The tab's title and the document's language, from the bundle in use (the HTML names only the brand). */
export function titleDocument(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = t('pages_documentTitle', title);
}
