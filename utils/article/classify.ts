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
import { ARTICLE_TYPES } from './json-ld';
import { nonArticleHost, nonArticlePath } from './page-kinds';
import { readSources, type PageSources } from './sources';

/** The decision and what it rests on, for logs, tests and the popup's "why not" line. */
export interface PageClass {
  isArticle: boolean;
  reasons: string[];
}

/** Weight an article needs; see `weigh`. */
const THRESHOLD = 3;
/** Prose (characters in long paragraphs) that counts as an article body. */
const MIN_PROSE = 1000;

const OTHER_OG_TYPE = /^(?:product|profile|book|books\.|video\.|music\.|place|business|object)/i;
const OTHER_TYPES = new Set([
  'Product', 'ProfilePage', 'SearchResultsPage', 'VideoObject', 'SoftwareSourceCode', 'SoftwareApplication',
  'Book', 'Recipe', 'Event', 'JobPosting', 'Movie', 'MusicRecording', 'Course', 'SocialMediaPosting',
  'DiscussionForumPosting', 'QAPage', 'ScholarlyArticle', 'MedicalStudy',
]);
const MICRODATA_TYPE = /schema\.org\/(\w+)/i;

/** schema.org types of the page's outermost microdata scopes (first few only). */
function microdataTypes(doc: Document): string[] {
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  const types: string[] = [];
  for (let i = 0; i < Math.min(scopes.length, 100); i++) {
    if (scopes[i].parentElement?.closest('[itemscope]')) continue;
    const m = MICRODATA_TYPE.exec(scopes[i].getAttribute('itemtype') ?? '');
    if (m) types.push(m[1]);
  }
  return types;
}

/** Reasons the page cannot be an article, whatever else it says. */
function vetoes(src: PageSources, microdata: string[]): string[] {
  const found: string[] = [];
  const host = nonArticleHost(src.url.hostname);
  if (host) found.push(host);
  const path = nonArticlePath(src.url);
  if (path) found.push(path);
  if (isMediaWiki(src)) found.push('MediaWiki page');
  if (src.meta.has('citation_title') || src.meta.has('citation_doi')) found.push('scholarly paper (citation_* metadata)');
  if (src.meta.has('ncbi_db')) found.push('database record (ncbi_* metadata)');
  if (![...src.jsonLd.types, ...microdata].some((t) => ARTICLE_TYPES.has(t))) {
    const ogType = src.meta.get('og:type')?.trim() ?? '';
    if (OTHER_OG_TYPE.test(ogType)) found.push(`og:type ${ogType}`);
    const other = [...src.jsonLd.types, ...microdata].find((t) => OTHER_TYPES.has(t));
    if (other) found.push(`typed ${other}`);
  }
  return found;
}

/** Weighed evidence for an article: [weight, reason] pairs. */
function weigh(src: PageSources, microdata: string[]): [number, string][] {
  const found: [number, string][] = [];
  const ld = src.jsonLd.types.find((t) => ARTICLE_TYPES.has(t));
  if (ld) found.push([3, `JSON-LD ${ld}`]);
  const md = microdata.find((t) => ARTICLE_TYPES.has(t));
  if (md) found.push([2, `microdata ${md}`]);
  if (/^article\b/i.test(src.meta.get('og:type')?.trim() ?? '')) found.push([2, 'og:type article']);

  const headline = readHeadline(src)?.element;
  if (readPublished(src, false)) found.push([2, 'publication date']);
  else if (headline && datelineOf(headline)) found.push([2, 'date under the headline']);
  else if (leadDateline(src.doc)) found.push([2, 'dateline opening the lead paragraph']);
  else if (src.doc.querySelector('time[datetime]')) found.push([1, '<time> element']);

  if (readByline(src)) found.push([1, 'byline']);
  const canonical = new URL(readCanonical(src));
  const shape = storyUrlShape(src.url) ?? storyUrlShape(canonical);
  if (shape) found.push([1, shape]);
  if (proseLength(src.doc) >= MIN_PROSE) found.push([1, 'prose']);
  return found;
}

/** Classifies already-read sources (the extractor reads them once for both jobs). */
export function classifySources(src: PageSources): PageClass {
  const microdata = microdataTypes(src.doc);
  const against = vetoes(src, microdata);
  if (against.length) return { isArticle: false, reasons: against };
  const evidence = weigh(src, microdata);
  const claimed = evidence.some(([, why]) => /^(?:JSON-LD|microdata|og:type) /.test(why));
  // Without article metadata, a page needs a visible headline, or a dated body of prose.
  const datedProse = evidence.some(([, why]) => why === 'publication date') && evidence.some(([, why]) => why === 'prose');
  if (!claimed && !datedProse && !src.doc.querySelector('h1')) {
    return { isArticle: false, reasons: ['no article metadata and no <h1> headline'] };
  }
  const total = evidence.reduce((sum, [w]) => sum + w, 0);
  const reasons = evidence.map(([w, why]) => `${why} (+${w})`);
  if (total >= THRESHOLD) return { isArticle: true, reasons };
  return { isArticle: false, reasons: [...reasons, `weight ${total} < ${THRESHOLD}`] };
}

/** Article or not, with reasons. Never throws; a non-http(s) URL is not an article. */
export function classifyPage(doc: Document, url: string): PageClass {
  try {
    const src = readSources(doc, url);
    if (!src) return { isArticle: false, reasons: ['not an http(s) URL'] };
    return classifySources(src);
  } catch (error) {
    return { isArticle: false, reasons: [`unreadable page: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
