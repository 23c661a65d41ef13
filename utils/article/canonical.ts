/**
 * The article's canonical URL: the page's own claim (`<link rel=canonical>`, `og:url`, JSON-LD
 * `url`), spelled by `normalizePageUrl`, unless the claim points at a home or section page, which
 * CMSs emit by mistake on every article of a site. Then, and when there is no claim, the page URL
 * itself. AMP pages carry the plain page as their canonical, so they map to it here.
 */
import { canonicalHref } from './dom-metadata';
import { jsonString } from './json-ld';
import { normalizePageUrl } from './normalize-url';
import type { PageMetadata } from './page-metadata';

/** True when `candidate` is the site's home page or a strict ancestor path of `page`. */
function isHomeOrSection(candidate: string, page: string): boolean {
  const c = new URL(candidate);
  const p = new URL(page);
  if (c.pathname === '/' && !c.search) return p.pathname !== '/' || !!p.search;
  if (c.hostname !== p.hostname || c.search) return false;
  return p.pathname.startsWith(`${c.pathname}/`);
}

/** The canonical URL claims of the page, most trusted first. */
function claims(src: PageMetadata): (string | undefined)[] {
  const article = src.jsonLd.article;
  return [canonicalHref(src.doc), src.meta.get('og:url'), jsonString(article?.url, 'url'), jsonString(article?.mainEntityOfPage, 'url')];
}

/** The canonical URL of the page (never empty: falls back to the page URL). */
export function readCanonical(src: PageMetadata): string {
  const page = normalizePageUrl(src.url.href);
  for (const claim of claims(src)) {
    if (!claim) continue;
    const url = normalizePageUrl(claim, src.url.href);
    if (url && !isHomeOrSection(url, page)) return url;
  }
  return page;
}
