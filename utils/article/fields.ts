/**
 * One reader per ArticleMeta field. Each lists its sources in order of trust: JSON-LD first (the
 * most structured and the least often stale), then OpenGraph and `article:*`, Twitter cards,
 * other named metas (Parse.ly, Sailthru, Dublin Core), microdata, and last the visible markup.
 */
import { itemprop, itempropAuthor, itempropDate, relAuthorText, timeElement } from './dom-sources';
import { datelineOf, leadDateline } from './evidence';
import { readHeadline } from './headline';
import { jsonString, resolve } from './json-ld';
import { firstMeta } from './meta-tags';
import { articleValue, type PageSources } from './sources';
import { cleanText } from './text';
import { toIsoInstant, zoneHint } from './dates';

function first<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

/** Metadata keys of the publication date, in order of trust. */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time',
  'cxenseparse:recs:publishtime', 'cxenseparse:publishtime', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'datepublished', 'article:published',
  'pubdate', 'publishdate', 'publish-date', 'date', 'citation_publication_date',
];

/**
 * The publication instant (or day). With `fromText`, a day printed under the headline is the
 * last resort; the classifier reads that signal itself, so it asks without.
 */
export function readPublished(src: PageSources, fromText = true): string | undefined {
  const { meta, doc } = src;
  const fromMeta = [jsonString(articleValue(src, 'datePublished')), ...PUBLISHED_KEYS.map((k) => meta.get(k))];
  for (const c of fromMeta) {
    const iso = toIsoInstant(cleanText(c));
    if (iso) return iso;
  }
  for (const marked of [itempropDate(doc, 'datePublished'), timeElement(doc)]) {
    const iso = marked && toIsoInstant(cleanText(marked.datetime), zoneHint(marked.text));
    if (iso) return iso;
  }
  if (!fromText) return undefined;
  // A printed day under the headline; an unconfirmed <h1> will do here, as only the date is read.
  const headline = readHeadline(src)?.element ?? doc.querySelector('article h1') ?? doc.querySelector('h1');
  return (headline ? datelineOf(headline) : undefined) ?? leadDateline(doc);
}

export function readModified(src: PageSources): string | undefined {
  const { meta, doc } = src;
  const candidates = [
    jsonString(articleValue(src, 'dateModified')),
    firstMeta(meta, ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified', 'dc.date.modified', 'dcterms.modified', 'datemodified', 'lastmod']),
    itemprop(doc, 'dateModified'),
  ];
  for (const c of candidates) {
    const iso = toIsoInstant(cleanText(c));
    if (iso) return iso;
  }
  return undefined;
}

function personNames(value: unknown, src: PageSources): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 10);
  const names = list.map((v) => cleanText(jsonString(resolve(v, src.jsonLd)))).filter((n): n is string => !!n);
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

/** A byline as people read it: `By` prefixes dropped; URLs (some CMSs put one in `author`) refused. */
function cleanByline(raw: string | undefined): string | undefined {
  const text = cleanText(raw)?.replace(/^by\s+/i, '').trim();
  if (!text || /^https?:\/\//i.test(text) || text.length > 200) return undefined;
  return text;
}

export function readByline(src: PageSources): string | undefined {
  const { meta, doc } = src;
  return first(
    cleanByline(personNames(articleValue(src, 'author'), src)),
    cleanByline(firstMeta(meta, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'])),
    cleanByline(itempropAuthor(doc)),
    cleanByline(relAuthorText(doc)),
  );
}

export function readDescription(src: PageSources): string | undefined {
  const { meta } = src;
  return first(
    cleanText(meta.get('og:description')),
    cleanText(jsonString(articleValue(src, 'description'))),
    cleanText(firstMeta(meta, ['twitter:description', 'description', 'dc.description', 'dcterms.description'])),
  );
}

export function readLang(src: PageSources): string | undefined {
  const html = src.doc.documentElement;
  const raw = first(
    cleanText(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? undefined),
    cleanText(src.meta.get('og:locale')),
    cleanText(jsonString(articleValue(src, 'inLanguage'))),
    cleanText(firstMeta(src.meta, ['content-language', 'dc.language', 'language'])),
  );
  const tag = raw?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}

export function readSection(src: PageSources): string | undefined {
  return first(
    cleanText(jsonString(articleValue(src, 'articleSection'))),
    cleanText(firstMeta(src.meta, ['article:section', 'parsely-section', 'sailthru.section', 'section'])),
  );
}

export function readImage(src: PageSources): string | undefined {
  const { meta } = src;
  const candidates = [
    meta.get('og:image:secure_url'),
    meta.get('og:image'),
    jsonString(articleValue(src, 'image'), 'url'),
    firstMeta(meta, ['twitter:image', 'twitter:image:src', 'thumbnail']),
    itemprop(src.doc, 'image'),
  ];
  for (const c of candidates) {
    const url = c ? normalizeImage(c, src.url.href) : undefined;
    if (url) return url;
  }
  return undefined;
}

/** Images keep their query (CDNs size and sign images with it); only http(s) is accepted. */
function normalizeImage(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
