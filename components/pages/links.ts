import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../../utils/i18n/translate';

/** Links between the extension's full-tab pages, as absolute extension URLs (the popup opens them in a tab). */
const pageUrl = (file: string) => browser.runtime.getURL(`/${file}` as '/popup.html');

/** The story page of one story; `from` is the reader's own article, marked on the page. */
export function storyHref(id: string, from?: string): string {
  return `${pageUrl('story.html')}?id=${encodeURIComponent(id)}${from ? `&from=${encodeURIComponent(from)}` : ''}`;
}

/** One full-tab page: its name is read from the bundle each time, so it follows the UI language. */
const page = <K extends string, F extends string>(key: K, file: F, title: MessageKey) => ({
  key,
  file,
  get label() {
    return t(title);
  },
});

export const PAGE_LINKS = [
  page('stories', 'stories.html', 'pages_storiesTitle'),
  page('blindspots', 'blindspots.html', 'pages_blindspotsTitle'),
  page('diet', 'diet.html', 'pages_dietTitle'),
] as const;

export const pageHref = (file: (typeof PAGE_LINKS)[number]['file']) => pageUrl(file);

export type PageKey = (typeof PAGE_LINKS)[number]['key'] | 'story';
