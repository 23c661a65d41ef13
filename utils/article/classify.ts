/**
 * Article or not, with the reasons. Some things rule an article out whatever else the page says
 * (a platform or wiki host, a home, listing or search URL, scholarly-paper metadata, a page typed
 * as a product, book, video...). Otherwise the evidence is weighed: what the page calls itself
 * (schema.org article types, `og:type=article`, article microdata), whether it is dated (metadata,
 * `<time>`, a date printed under the headline, a dated URL), a byline, a story-shaped URL and
 * prose. CMSs set `og:type=article` on every page, so that claim alone is not enough.
 */
import { readCanonical } from './canonical';
import { datelineOf, isMediaWiki, leadDateline, proseLength, storyUrlShape } from './evidence';
import { readByline, readPublished } from './fields';
import { readHeadline } from './headline';
import { ARTICLE_TYPE } from './json-ld';
import { nonArticleHost, nonArticlePath } from './page-kinds';
import type { PageMetadata } from './page-metadata';

/** The decision and what it rests on, for logs, tests and the popup's "why not" line. */
export interface PageClass {
  isArticle: boolean;
  /** Short codes (`+2 og`, `home`); `explainReasons` (reasons.ts) spells them out. */
  reasons: string[];
}

/** Weight an article needs; see `weigh`. */
const THRESHOLD = 3;
/** Prose (characters in long paragraphs) that counts as an article body. */
const MIN_PROSE = 1000;

const OTHER_OG_TYPE = /^(?:product|profile|book|books\.|video\.|music\.|place|business|object)/i;
const OTHER_TYPES = new Set([
  'Product',
  'ProfilePage',
  'SearchResultsPage',
  'VideoObject',
  'SoftwareSourceCode',
  'SoftwareApplication',
  'Book',
  'Recipe',
  'Event',
  'JobPosting',
  'Movie',
  'MusicRecording',
  'Course',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'QAPage',
  'ScholarlyArticle',
  'MedicalStudy',
]);
const MICRODATA_TYPE = /schema\.org\/(\w+)/i;

/** schema.org types of the page's outermost microdata scopes (first few only). */
function microdataTypes(doc: Document): string[] {
  return [...doc.querySelectorAll('[itemscope][itemtype]')]
    .slice(0, 100)
    .filter((scope) => !scope.parentElement?.closest('[itemscope]'))
    .flatMap((scope) => MICRODATA_TYPE.exec(scope.getAttribute('itemtype') ?? '')?.[1] ?? []);
}

/** Reasons (codes, see reasons.ts) the page cannot be an article, whatever else it says. */
function vetoes(src: PageMetadata, microdata: string[]): string[] {
  const { meta, jsonLd, url } = src;
  const found = [nonArticleHost(url.hostname), nonArticlePath(url)];
  if (isMediaWiki(src)) found.push('mediawiki');
  if (meta.has('citation_title') || meta.has('citation_doi')) found.push('citation');
  if (meta.has('ncbi_db')) found.push('ncbi');
  const types = [...jsonLd.types, ...microdata];
  if (!types.some((t) => ARTICLE_TYPE.test(t))) {
    const ogType = meta.get('og:type')?.trim() ?? '';
    if (OTHER_OG_TYPE.test(ogType)) found.push(`ogtype:${ogType}`);
    const other = types.find((t) => OTHER_TYPES.has(t));
    if (other) found.push(`typed:${other}`);
  }
  return found.filter((r): r is string => !!r);
}

/** Weighed evidence for an article, as reason codes `+N code[:detail]` (one-digit N): `+3 ld:NewsArticle`. */
function weigh(src: PageMetadata, microdata: string[]): string[] {
  const found: string[] = [];
  const ld = src.jsonLd.types.find((t) => ARTICLE_TYPE.test(t));
  if (ld) found.push(`+3 ld:${ld}`);
  const md = microdata.find((t) => ARTICLE_TYPE.test(t));
  if (md) found.push(`+2 md:${md}`);
  if (/^article\b/i.test(src.meta.get('og:type')?.trim() ?? '')) found.push('+2 og');

  const headline = readHeadline(src)?.element;
  if (readPublished(src, false)) found.push('+2 date');
  else if (headline && datelineOf(headline)) found.push('+2 dateline');
  else if (leadDateline(src.doc)) found.push('+2 lead');
  else if (src.doc.querySelector('time[datetime]')) found.push('+1 time');

  if (readByline(src)) found.push('+1 byline');
  const shape = storyUrlShape(src.url) ?? storyUrlShape(new URL(readCanonical(src)));
  if (shape) found.push(`+1 ${shape}`);
  if (proseLength(src.doc) >= MIN_PROSE) found.push('+1 prose');
  return found;
}

/** Classifies already-read sources (the extractor reads them once for both jobs). */
export function classifySources(src: PageMetadata): PageClass {
  const microdata = microdataTypes(src.doc);
  const against = vetoes(src, microdata);
  if (against.length) return { isArticle: false, reasons: against };
  const reasons = weigh(src, microdata);
  const has = (code: string) => reasons.some((r) => r.slice(3).split(':')[0] === code);
  // Without article metadata, a page needs a visible headline, or a dated body of prose.
  if (!has('ld') && !has('md') && !has('og') && !(has('date') && has('prose')) && !src.doc.querySelector('h1')) {
    return { isArticle: false, reasons: ['headless'] };
  }
  const total = reasons.reduce((sum, r) => sum + +r[1], 0);
  return total >= THRESHOLD ? { isArticle: true, reasons } : { isArticle: false, reasons: [...reasons, `weight:${total} < ${THRESHOLD}`] };
}
