/**
 * `<meta>` tags keyed by their `property`, `name` or `itemprop` (lower-cased; a space-separated
 * `property="og:title dc:title"` gives both keys). The first non-empty value of a key wins.
 *
 * The value is read from `content`, or from `value` when `content` is absent: some archived
 * copies of pages (and a few CMSs) spell it that way, and reading it costs nothing.
 */

/** Pages with more meta tags than this are hostile; the first ones carry the metadata. */
const MAX_META = 1000;

export type MetaTags = Map<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META);
  for (let i = 0; i < count; i++) {
    const meta = metas[i];
    const value = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (!value?.trim()) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}
