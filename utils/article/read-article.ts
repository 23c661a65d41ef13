/**
 * The light article reader the content script runs: DOM and strings only, no public-suffix
 * list, and reasons as short codes. It leaves `outletDomain` as the canonical host without
 * `www.`; `extractArticle` (in the background, where bundle size does not matter) replaces it
 * with the registrable domain and spells the reasons out.
 */
import type { ArticleMeta } from '../model';
import { readCanonical } from './canonical';
import { classifySources, type PageClass } from './classify';
import * as field from './fields';
import { readHeadline, siteNames } from './headline';
import { readSources, type PageSources } from './sources';

/** A page's classification and, for an article, its metadata. */
export interface ArticleReading extends PageClass {
  article?: ArticleMeta;
}

/** Reads every field of an article page (without deciding whether it is one). */
export function readFields(src: PageSources): ArticleMeta | undefined {
  const headline = readHeadline(src);
  if (!headline) return undefined;
  const canonicalUrl = readCanonical(src);
  return {
    title: headline.title,
    canonicalUrl,
    siteName: siteNames(src).slice(0, 4).find((n) => !!n) ?? headline.site,
    outletDomain: new URL(canonicalUrl).hostname,
    publishedTime: field.readPublished(src),
    modifiedTime: field.readModified(src),
    description: field.readDescription(src),
    byline: field.readByline(src),
    lang: field.readLang(src),
    section: field.readSection(src),
    image: field.readImage(src),
  };
}

/**
 * Classifies the page and, when it is an article and `fields` is true, reads it. Never throws.
 * Reasons are codes (see reasons.ts).
 */
export function readPage(doc: Document, url: string, fields = true): ArticleReading {
  try {
    const src = readSources(doc, url);
    if (!src) return { isArticle: false, reasons: ['http'] };
    const verdict = classifySources(src);
    if (!verdict.isArticle || !fields) return verdict;
    const article = readFields(src);
    return article ? { ...verdict, article } : { isArticle: false, reasons: [...verdict.reasons, 'untitled'] };
  } catch (error) {
    return { isArticle: false, reasons: [`unreadable:${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * The article metadata of `doc` loaded from `url`, or null for a non-article.
 * `outletDomain` is the canonical host without `www.` (not public-suffix aware).
 */
export function readArticle(doc: Document, url: string): ArticleMeta | null {
  return readPage(doc, url).article ?? null;
}
