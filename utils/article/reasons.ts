/**
 * The classifier's reasons spelled out for people (the CLI, logs and tests). The content script
 * carries only the short codes it decides with (`+2 og`, `home`, `wiki:en.wikipedia.org`): the
 * sentences would cost it bytes and it never shows them.
 */

/** Each code's sentence; `$` stands for the detail after the code's colon. */
const TEXT: Record<string, string> = {
  video: 'video platform ($)',
  code: 'code or paste host ($)',
  social: 'social platform ($)',
  shop: 'shop ($)',
  engine: 'search engine ($)',
  home: 'home page URL',
  search: 'search results URL',
  listing: 'tag, section or author listing URL',
  wiki: 'wiki page URL',
  chapter: 'serial fiction chapter URL',
  hub: 'video hub URL',
  product: 'product page URL',
  mediawiki: 'MediaWiki page',
  citation: 'scholarly paper (citation_* metadata)',
  ncbi: 'database record (ncbi_* metadata)',
  ogtype: 'og:type $',
  typed: 'typed $',
  ld: 'JSON-LD $',
  md: 'microdata $',
  og: 'og:type article',
  date: 'publication date',
  dateline: 'date under the headline',
  lead: 'dateline opening the lead paragraph',
  time: '<time> element',
  byline: 'byline',
  dated: 'dated URL',
  slug: 'slug URL',
  id: 'story id URL',
  segment: 'article URL segment',
  prose: 'prose',
  headless: 'no article metadata and no <h1> headline',
  weight: 'weight $',
  http: 'not an http(s) URL',
  untitled: 'but no title',
  unreadable: 'unreadable page: $',
};

/** `+2 og` -> `og:type article (+2)`; an unknown code is returned as it is. */
export function explainReason(reason: string): string {
  const m = /^(?:\+(\d+) )?(\w+)(?::(.*))?$/s.exec(reason);
  const text = m && TEXT[m[2]];
  if (!m || !text) return reason;
  return text.replace('$', m[3] ?? '') + (m[1] ? ` (+${m[1]})` : '');
}

/** `reading` with its reasons spelled out. */
export function explainReasons<T extends { reasons: string[] }>(reading: T): T {
  return { ...reading, reasons: reading.reasons.map(explainReason) };
}
