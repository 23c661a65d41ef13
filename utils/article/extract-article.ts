/**
 * The full extractor for Node and the CLI: `readArticle` plus what the content script leaves to
 * the background (the public-suffix-aware outlet domain, tldts being too large for it, and the
 * canonical URL without tracking parameters), the reasons spelled out for people, and the
 * fields only people see.
 */
import type { ArticleMeta } from '../model';
import { registrableDomain } from '../sources/domain';
import type { PageClass } from './classify';
import { readImage, readModified, readSection } from './fields';
import { normalizeUrl } from './normalize-url';
import { readFields, readPage, type ArticleReading } from './read-article';
import { explainReasons } from './reasons';
import type { PageMetadata } from './page-metadata';

/**
 * What the light reader leaves to the background: the canonical URL in the index's spelling
 * (tracking parameters dropped) and the outlet as the registrable domain (kept as is when there
 * is none).
 */
export function withFullSpelling(article: ArticleMeta): ArticleMeta {
  const canonicalUrl = normalizeUrl(article.canonicalUrl) || article.canonicalUrl;
  return { ...article, canonicalUrl, outletDomain: registrableDomain(canonicalUrl) ?? article.outletDomain };
}

/** The light reader's fields and those only people see (in the CLI and logs). */
function readAllFields(src: PageMetadata): ArticleMeta | undefined {
  const article = readFields(src);
  return article && { ...article, modifiedTime: readModified(src), section: readSection(src), image: readImage(src) };
}

/** Classification and every field of `doc`, with the registrable outlet domain. Never throws. */
export function extractPage(doc: Document, url: string): ArticleReading {
  const reading = explainReasons(readPage(doc, url, readAllFields));
  return reading.article ? { ...reading, article: withFullSpelling(reading.article) } : reading;
}

/** The article metadata of `doc` loaded from `url`, or null for a non-article. */
export function extractArticle(doc: Document, url: string): ArticleMeta | null {
  return extractPage(doc, url).article ?? null;
}

/** Article or not, with the reasons spelled out; the fields are not read. Never throws. */
export function classifyPage(doc: Document, url: string): PageClass {
  return explainReasons(readPage(doc, url, null));
}
