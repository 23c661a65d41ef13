/**
 * Signals for the article-or-not decision, each a cheap look at one part of the page.
 * None of them decides alone; classify.ts weighs them.
 */
import { headings, titleText } from './dom-sources';
import { similarity } from './title';
import type { PageSources } from './sources';

/** Dates as pages print them under a headline: ISO-ish, US, European, CJK and month names. */
const VISIBLE_DATE = new RegExp(
  // textContent runs blocks together ("2024The"), so digit lookarounds stand in for \b.
  [
    String.raw`(?<!\d)(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)`,
    String.raw`(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`,
    String.raw`(?<!\d)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)?\d\d(?!\d)`,
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)`,
    String.raw`(?<!\d)\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d\d(?!\d)`,
  ].join('|'),
  'iu',
);

/** How far below the headline (in characters of text) a dateline may sit. */
const DATELINE_WINDOW = 400;
/** Ancestors with more text than this are the whole page, not the article header. */
const MAX_HEADER_TEXT = 50_000;

/** The `<h1>` that the document title or og:title confirms as the headline, if any. */
export function headlineElement(src: PageSources): Element | undefined {
  const refs = [titleText(src.doc), src.meta.get('og:title'), src.meta.get('twitter:title')].filter((r): r is string => !!r);
  const texts = headings(src.doc);
  const elements = [...src.doc.querySelectorAll('article h1'), ...src.doc.querySelectorAll('h1')];
  for (const el of elements.slice(0, 8)) {
    const text = el.textContent ?? '';
    if (!texts.includes(text)) continue;
    if (refs.some((r) => similarity(text, r) >= 0.6 || (text.length > 8 && r.includes(text.trim())))) return el;
  }
  return undefined;
}

/** True when a date is printed just below (or in) the confirmed headline. */
export function hasDateline(headline: Element): boolean {
  const own = (headline.textContent ?? '').trim();
  let el: Element | null = headline;
  for (let depth = 0; depth < 4 && el; depth++) {
    const text = el.textContent ?? '';
    if (text.length > MAX_HEADER_TEXT) return false;
    const at = text.indexOf(own);
    const window = text.slice(Math.max(0, at), Math.max(0, at) + own.length + DATELINE_WINDOW);
    if (VISIBLE_DATE.test(window)) return true;
    el = el.parentElement;
  }
  return false;
}

/** A story-shaped URL: a date in the path, a long slug, a long numeric id or an article segment. */
export function storyUrlShape(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname).toLowerCase();
  if (/\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//.test(path) || /(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(path)) {
    return 'dated URL';
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length >= 4)) return 'slug URL';
  if (segments.some((s) => /(?:^|\D)\d{5,}(?:\D|$)/.test(s)) || /[?&](?:id|oid|p|a|story|article)=\d+/i.test(url.search)) {
    return 'story id URL';
  }
  if (segments.some((s) => /^(?:article|articles|story|stories|news|nouvelle|meldung|post|posts|entry)(?:\.\w+)?$/.test(s))) {
    return 'article URL segment';
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
  const paragraphs = doc.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, 300);
  let total = 0;
  for (let i = 0; i < count && total < 100_000; i++) {
    const length = weightedLength((paragraphs[i].textContent ?? '').trim().slice(0, 5000));
    if (length >= 80) total += length;
  }
  return total;
}

/** True for pages MediaWiki renders (Wikipedia and its mirrors), whatever their host. */
export function isMediaWiki(src: PageSources): boolean {
  if (/^mediawiki/i.test(src.meta.get('generator') ?? '')) return true;
  return /(?:^|\s)mediawiki(?:\s|$)/.test(src.doc.body?.getAttribute('class') ?? '');
}
