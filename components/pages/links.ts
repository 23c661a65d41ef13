import { browser } from 'wxt/browser';

/** Links between the extension's full-tab pages, as absolute extension URLs (the popup opens them in a tab). */
const pageUrl = (file: string) => browser.runtime.getURL(`/${file}` as '/popup.html');

/** The story page of one story; `from` is the reader's own article, marked on the page. */
export function storyHref(id: string, from?: string): string {
  return `${pageUrl('story.html')}?id=${encodeURIComponent(id)}${from ? `&from=${encodeURIComponent(from)}` : ''}`;
}

export const PAGE_LINKS = [
  { key: 'stories', file: 'stories.html', label: 'Today’s stories' },
  { key: 'blindspots', file: 'blindspots.html', label: 'Blindspots' },
  { key: 'diet', file: 'diet.html', label: 'My news diet' },
] as const;

export const pageHref = (file: (typeof PAGE_LINKS)[number]['file']) => pageUrl(file);

export type PageKey = (typeof PAGE_LINKS)[number]['key'] | 'story';
