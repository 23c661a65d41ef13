/** Links between the extension's full-tab pages (all at the extension's root). */

/** The story page of one story; `from` is the reader's own article, marked on the page. */
export function storyHref(id: string, from?: string): string {
  return `story.html?id=${encodeURIComponent(id)}${from ? `&from=${encodeURIComponent(from)}` : ''}`;
}

export const PAGE_LINKS = [
  { key: 'stories', href: 'stories.html', label: 'Today’s stories' },
  { key: 'blindspots', href: 'blindspots.html', label: 'Blindspots' },
  { key: 'diet', href: 'diet.html', label: 'My news diet' },
] as const;

export type PageKey = (typeof PAGE_LINKS)[number]['key'] | 'story';
