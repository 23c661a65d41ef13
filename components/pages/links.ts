import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/translate';

/** Links between the extension's full-tab pages, as absolute extension URLs (the popup opens them in a tab). */
const pageUrl = (file: string) => browser.runtime.getURL(`/${file}` as '/popup.html');

/** The story page of one story; `from` is the reader's own article, marked on the page. */
export function storyHref(id: string, from?: string): string {
  return `${pageUrl('story.html')}?id=${encodeURIComponent(id)}${from ? `&from=${encodeURIComponent(from)}` : ''}`;
}

export const PAGE_LINKS = [
  {
    key: 'stories',
    file: 'stories.html',
    get label() {
      return t('pages_storiesTitle');
    },
  },
  {
    key: 'blindspots',
    file: 'blindspots.html',
    get label() {
      return t('pages_blindspotsTitle');
    },
  },
  {
    key: 'diet',
    file: 'diet.html',
    get label() {
      return t('pages_dietTitle');
    },
  },
] as const;

export const pageHref = (file: (typeof PAGE_LINKS)[number]['file']) => pageUrl(file);

export type PageKey = (typeof PAGE_LINKS)[number]['key'] | 'story';
