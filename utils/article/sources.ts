/**
 * Everything the page says about itself, read once and shared by the classifier and the
 * field readers: `<meta>` tags, JSON-LD facts, and the page URL.
 */
import { readJsonLd, resolve, type JsonLdFacts } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';

/** The sources of one page. */
export interface PageSources {
  doc: Document;
  /** The URL the page was loaded from (already known to be http(s)). */
  url: URL;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
}

/** Reads the sources of `doc`; undefined when `url` is not an http(s) URL. */
export function readSources(doc: Document, url: string): PageSources | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return { doc, url: parsed, meta: readMetaTags(doc), jsonLd: readJsonLd(doc) };
}

/** A property of the page's JSON-LD article, `@id` references followed. */
export function articleValue(src: PageSources, key: string): unknown {
  return src.jsonLd.article ? resolve(src.jsonLd.article[key], src.jsonLd) : undefined;
}
