/**
 * Signals for the article-or-not decision, each a cheap look at one part of the page.
 * None of them decides alone; classify.ts weighs them.
 */
import { printedDate } from './dateline';
import type { PageMetadata } from './page-metadata';

/** Trimmed texts of the page's first 300 paragraphs. */
function paragraphs(doc: Document): string[] {
  return [...doc.getElementsByTagName('p')].slice(0, 300).map((p) => (p.textContent ?? '').trim());
}

/** How far below the headline (in characters of text) a dateline may sit. */
const DATELINE_WINDOW = 400;
/** Ancestors with more text than this are the whole page, not the article header. */
const MAX_HEADER_TEXT = 50_000;

/** The day printed just below (or in) the confirmed headline, as `YYYY-MM-DD`. */
export function datelineOf(headline: Element): string | undefined {
  const own = (headline.textContent ?? '').trim();
  let el: Element | null = headline;
  for (let depth = 0; depth < 4 && el; depth++) {
    const text = el.textContent ?? '';
    if (text.length > MAX_HEADER_TEXT) return undefined;
    const at = Math.max(0, text.indexOf(own));
    const day = printedDate(text.slice(at, at + own.length + DATELINE_WINDOW));
    if (day) return day;
    el = el.parentElement;
  }
  return undefined;
}

/**
 * The day a wire-style lead paragraph opens with ("Feb. 23, 2015 -- Life-threatening..."). Menus
 * and teasers come first on many pages, so the first twenty prose paragraphs are looked at.
 */
export function leadDateline(doc: Document): string | undefined {
  return paragraphs(doc)
    .filter((text) => text.length >= 80)
    .slice(0, 20)
    .map((text) => printedDate(text.slice(0, 40)))
    .find((day) => day);
}

/** A story-shaped URL (a reason code): a date in the path, a long slug, a long numeric id or an article segment. */
export function storyUrlShape(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname).toLowerCase();
  if (/\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//.test(path) || /(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(path)) {
    return 'dated';
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length >= 4)) return 'slug';
  if (segments.some((s) => /(?:^|\D)\d{5,}(?:\D|$)/.test(s)) || /[?&](?:id|oid|p|a|story|article)=\d+/i.test(url.search)) {
    return 'id';
  }
  if (segments.some((s) => /^(?:article|articles|story|stories|news|nouvelle|meldung|post|posts|entry)(?:\.\w+)?$/.test(s))) {
    return 'segment';
  }
  return undefined;
}

/** Han, kana and hangul carry about three Latin letters' worth of text each. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Length of text in Latin-letter equivalents. */
function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

/** Text in paragraphs long enough to be prose (menus and captions are short), in Latin-letter equivalents. */
export function proseLength(doc: Document): number {
  const lengths = paragraphs(doc).map((text) => weightedLength(text.slice(0, 5000)));
  return lengths.filter((length) => length >= 80).reduce((sum, length) => sum + length, 0);
}

/** True for pages MediaWiki renders (Wikipedia and its mirrors), whatever their host. */
export function isMediaWiki(src: PageMetadata): boolean {
  if (/^mediawiki/i.test(src.meta.get('generator') ?? '')) return true;
  return /(?:^|\s)mediawiki(?:\s|$)/.test(src.doc.body?.getAttribute('class') ?? '');
}
