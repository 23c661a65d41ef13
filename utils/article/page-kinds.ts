/**
 * Pages that are never news articles, known from the URL alone: wiki pages, code and paste
 * hosts, video, social and shopping platforms, and the home, section, tag, author and search
 * pages of any site. Plain suffix checks, so the content script needs no public-suffix list.
 */

/** Hosts (and their subdomains) whose pages are not news articles, with what they are (a reason code). */
const HOSTS: [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitch\.tv|tiktok\.com)$/, 'video'],
  [/^(?:www\.|gist\.)?(?:github\.com|gitlab\.com|bitbucket\.org|pastebin\.com|stackoverflow\.com)$|\.stackexchange\.com$/, 'code'],
  [/(^|\.)(reddit\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|threads\.net|bsky\.app)$/, 'social'],
  [/(^|\.)(amazon|ebay|etsy|aliexpress|walmart)\.[a-z.]+$/, 'shop'],
  [/(^|\.)google\.[a-z.]+$/, 'engine'],
];

/** Why `host` never serves news articles (`kind:host`, see reasons.ts), or undefined. */
export function nonArticleHost(host: string): string | undefined {
  const h = host.toLowerCase();
  for (const [pattern, kind] of HOSTS) if (pattern.test(h)) return `${kind}:${h}`;
  return undefined;
}

/** Path segments of listing pages: a URL that ends in one of these (plus a slug) lists stories. */
const LISTING = /^\/(?:.+\/)?(?:tag|tags|topic|topics|category|categories|author|authors|search|section|sections)(?:\/[^/]+)?\/?$/i;
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keyword', 'keywords'];

/** Why `url` is a home, listing or search page (a reason code), or undefined. */
export function nonArticlePath(url: URL): string | undefined {
  const path = url.pathname.replace(/\/(?:index|default|home)(?:\.\w+)?$/i, '/');
  if (path === '/' || path === '') return 'home';
  if (/\/search(?:\/|$)/i.test(path) || SEARCH_PARAMS.some((p) => url.searchParams.has(p) && /search|find/i.test(path))) {
    return 'search';
  }
  if (LISTING.test(path)) return 'listing';
  // MediaWiki's address for its pages (Wikipedia and its sister projects, Fandom and other wikis).
  if (/^\/wiki\//.test(path)) return 'wiki';
  if (/\/(?:fiction|works)\/[^/]+\/.*chapters?\//i.test(path)) return 'chapter';
  if (/^\/(?:watch|shorts|videos?\/?$|playlist)/i.test(path)) return 'hub';
  if (/^\/(?:dp|gp\/product|products?|shop|store)\//i.test(path)) return 'product';
  return undefined;
}
