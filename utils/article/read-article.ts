/**
 * The light article reader the content script runs: DOM and strings only, no public-suffix
 * list, reasons as short codes, and only the fields the extension uses. It leaves two things to
 * the background, which does them on receipt: `outletDomain` is the canonical host without
 * `www.` (not the registrable domain), and `canonicalUrl` keeps tracking parameters (see
 * `normalizePageUrl`). `extractArticle` (Node and the CLI, where size does not matter) does
 * both, spells the reasons out and adds the fields nothing in the extension reads
 * (modification time, section, image).
 */
import type { ArticleMeta } from '../model';
import { readCanonical } from './canonical';
import { classifySources, type PageClass } from './classify';
import * as field from './fields';
import { readHeadline, siteNames } from './headline';
import { readSources, type PageMetadata } from './page-metadata';

/** A page's classification and, for an article, its metadata. */
export interface ArticleReading extends PageClass {
  article?: ArticleMeta;
}

/** Reads the fields the extension uses (without deciding whether the page is an article). */
export function readFields(src: PageMetadata): ArticleMeta | undefined {
  const headline = readHeadline(src);
  if (!headline) return undefined;
  const canonicalUrl = readCanonical(src);
  return {
    title: headline.title,
    canonicalUrl,
    siteName:
      siteNames(src)
        .slice(0, 4)
        .find((n) => !!n) ?? headline.site,
    outletDomain: new URL(canonicalUrl).hostname,
    publishedTime: field.readPublished(src),
    description: field.readDescription(src),
    byline: field.readByline(src),
    lang: field.readLang(src),
  };
}

/**
 * Classifies the page and, when it is an article, reads it with `fields` (none when null).
 * Never throws. Reasons are codes (see reasons.ts).
 */
export function readPage(doc: Document, url: string, fields: typeof readFields | null = readFields): ArticleReading {
  try {
    const src = readSources(doc, url);
    if (!src) return { isArticle: false, reasons: ['http'] };
    const verdict = classifySources(src);
    if (!verdict.isArticle || !fields) return verdict;
    const article = fields(src);
    return article ? { ...verdict, article } : { isArticle: false, reasons: [...verdict.reasons, 'untitled'] };
  } catch (error) {
    return { isArticle: false, reasons: [`unreadable:${describeError(error)}`] };
  }
}

/** Words for anything thrown, even where a page has broken `toString` or thrown a Symbol. */
function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'unprintable error';
  }
}

/**
 * The article metadata of `doc` loaded from `url`, or null for a non-article. `outletDomain` is
 * the canonical host without `www.` and `canonicalUrl` keeps tracking parameters (see above).
 */
export function readArticle(doc: Document, url: string): ArticleMeta | null {
  return readPage(doc, url).article ?? null;
}
