/**
 * One reader per ArticleMeta field. Each lists its sources in order of trust (keys as in
 * `sourceValue`): JSON-LD first (the most structured and the least often stale), then OpenGraph
 * and `article:*`, Twitter cards, other named metas (Parse.ly, Sailthru, Dublin Core), microdata,
 * and last the visible markup. A value a reader cannot use (a date that is no date) passes the
 * turn to the next source.
 */
import { toIsoInstant, zoneHint } from './page-dates';
import { itempropAuthor, itempropDate, relAuthorText, timeElement } from './dom-metadata';
import { datelineOf, leadDateline } from './evidence';
import { readHeadline } from './headline';
import { jsonString, resolve } from './json-ld';
import { parseHttp } from './normalize-url';
import { articleValue, firstValue, type PageMetadata } from './page-metadata';
import { cleanText } from './clean-value';

/** Where each field is stated, most trusted first (keys as in `sourceValue`). */
const PUBLISHED = [
  '@datePublished',
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'cxenseparse:recs:publishtime',
  'cxenseparse:publishtime',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'datepublished',
  'article:published',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'citation_publication_date',
];
const MODIFIED = [
  '@dateModified',
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'dc.date.modified',
  'dcterms.modified',
  'datemodified',
  'lastmod',
  '~dateModified',
];
const AUTHOR = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];
const DESCRIPTION = ['og:description', '@description', 'twitter:description', 'description', 'dc.description', 'dcterms.description'];
const LANG = ['og:locale', '@inLanguage', 'content-language', 'dc.language', 'language'];
const SECTION = ['@articleSection', 'article:section', 'parsely-section', 'sailthru.section', 'section'];
const IMAGE = ['og:image:secure_url', 'og:image', '@image', 'twitter:image', 'twitter:image:src', 'thumbnail', '~image'];

const instant = (raw: string | undefined) => toIsoInstant(cleanText(raw));

/**
 * The publication instant (or day). With `fromText`, a day printed under the headline is the
 * last resort; the classifier reads that signal itself, so it asks without.
 */
export function readPublished(src: PageMetadata, fromText = true): string | undefined {
  const { doc } = src;
  const stated = firstValue(src, PUBLISHED, instant);
  if (stated) return stated;
  for (const marked of [itempropDate(doc, 'datePublished'), timeElement(doc)]) {
    const iso = marked && toIsoInstant(cleanText(marked.datetime), zoneHint(marked.text));
    if (iso) return iso;
  }
  if (!fromText) return undefined;
  // A printed day under the headline; an unconfirmed <h1> will do here, as only the date is read.
  const headline = readHeadline(src)?.element ?? doc.querySelector('article h1') ?? doc.querySelector('h1');
  return (headline ? datelineOf(headline) : undefined) ?? leadDateline(doc);
}

export function readModified(src: PageMetadata): string | undefined {
  return firstValue(src, MODIFIED, instant);
}

/** A byline as people read it: `By` prefixes dropped; URLs (some CMSs put one in `author`) refused. */
function cleanByline(raw: string | undefined): string | undefined {
  const text = cleanText(raw)
    ?.replace(/^by\s+/i, '')
    .trim();
  return text && !/^https?:\/\//i.test(text) && text.length <= 200 ? text : undefined;
}

/** The JSON-LD authors' names, each once, joined with commas. */
function personNames(src: PageMetadata): string | undefined {
  const value = articleValue(src, 'author');
  const list = (Array.isArray(value) ? value : [value]).slice(0, 10);
  const names = list.map((v) => cleanText(jsonString(resolve(v, src.jsonLd)))).filter((n) => n);
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

export function readByline(src: PageMetadata): string | undefined {
  return cleanByline(personNames(src)) ?? firstValue(src, AUTHOR, cleanByline) ?? cleanByline(itempropAuthor(src.doc)) ?? cleanByline(relAuthorText(src.doc));
}

export function readDescription(src: PageMetadata): string | undefined {
  return firstValue(src, DESCRIPTION, cleanText);
}

/** A BCP 47 tag (`en`, `en-GB`; `en_GB` as OpenGraph spells it is accepted). */
function langTag(raw: string | null | undefined): string | undefined {
  const tag = cleanText(raw)?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}

export function readLang(src: PageMetadata): string | undefined {
  const html = src.doc.documentElement;
  return langTag(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) ?? firstValue(src, LANG, langTag);
}

export function readSection(src: PageMetadata): string | undefined {
  return firstValue(src, SECTION, cleanText);
}

/** Images keep their query (CDNs size and sign images with it); only http(s) is accepted. */
export function readImage(src: PageMetadata): string | undefined {
  return firstValue(src, IMAGE, (raw) => parseHttp(raw, src.url.href)?.href);
}
