/**
 * The full extractor for the background and Node: `readArticle` plus the public-suffix-aware
 * outlet domain (tldts), which is too large for the content-script bundle, and the reasons
 * spelled out for people.
 */
import type { ArticleMeta } from '../model';
import { registrableDomain } from '../sources/domain';
import type { PageClass } from './classify';
import { readPage, type ArticleReading } from './read-article';
import { explainReasons } from './reasons';

/** Sets `outletDomain` to the registrable domain of the canonical URL (kept as is when there is none). */
export function withOutletDomain(article: ArticleMeta): ArticleMeta {
  return { ...article, outletDomain: registrableDomain(article.canonicalUrl) ?? article.outletDomain };
}

/** Classification and metadata of `doc`, with the registrable outlet domain. Never throws. */
export function extractPage(doc: Document, url: string): ArticleReading {
  const reading = explainReasons(readPage(doc, url));
  return reading.article ? { ...reading, article: withOutletDomain(reading.article) } : reading;
}

/** The article metadata of `doc` loaded from `url`, or null for a non-article. */
export function extractArticle(doc: Document, url: string): ArticleMeta | null {
  return extractPage(doc, url).article ?? null;
}

/** Article or not, with the reasons spelled out; the fields are not read. Never throws. */
export function classifyPage(doc: Document, url: string): PageClass {
  return explainReasons(readPage(doc, url, false));
}
