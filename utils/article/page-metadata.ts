/**
 * Everything the page says about itself, read once and shared by the classifier and the
 * field readers: `<meta>` tags, JSON-LD facts, and the page URL.
 */
import { itemprop } from './dom-metadata';
import { jsonString, readJsonLd, resolve, type JsonLdFacts } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { parseHttp } from './normalize-url';

/** The sources of one page. */
export interface PageMetadata {
  doc: Document;
  /** The URL the page was loaded from (already known to be http(s)). */
  url: URL;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
}

/** Reads the sources of `doc`; undefined when `url` is not an http(s) URL. */
export function readSources(doc: Document, url: string): PageMetadata | undefined {
  const parsed = parseHttp(url);
  return parsed && { doc, url: parsed, meta: readMetaTags(doc), jsonLd: readJsonLd(doc) };
}

/** A property of the page's JSON-LD article, `@id` references followed. */
export function articleValue(src: PageMetadata, key: string): unknown {
  return src.jsonLd.article ? resolve(src.jsonLd.article[key], src.jsonLd) : undefined;
}

/**
 * The raw value of one source, named by `key`: `@prop` is the JSON-LD article's property (`@image`
 * its URL), `~prop` the first microdata property, anything else a `<meta>` key.
 */
export function sourceValue(src: PageMetadata, key: string): string | undefined {
  const name = key.slice(1);
  if (key[0] === '@') return jsonString(articleValue(src, name), name === 'image' ? 'url' : 'name');
  return key[0] === '~' ? itemprop(src.doc, name) : src.meta.get(key);
}

/** The first of `keys` (see `sourceValue`) whose value `accept` takes, as it took it. */
export function firstValue<T>(src: PageMetadata, keys: readonly string[], accept: (raw: string) => T | undefined): T | undefined {
  for (const key of keys) {
    const raw = sourceValue(src, key);
    const value = raw === undefined ? undefined : accept(raw);
    if (value !== undefined) return value;
  }
  return undefined;
}
