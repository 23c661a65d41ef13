/**
 * Metadata the page states in its markup rather than in `<meta>` or JSON-LD: `<link rel>`,
 * microdata `itemprop`, `<time datetime>`, the first `<h1>` and the document `<title>`.
 * Every reader returns raw strings (or undefined); clean-up happens in the caller.
 */

/** Caps how much of one element's text we read: a heading is never longer. */
const MAX_ELEMENT_TEXT = 4000;

function textOf(el: Element | null | undefined): string | undefined {
  const text = el?.textContent;
  return text ? text.slice(0, MAX_ELEMENT_TEXT) : undefined;
}

/** `href` of the first `<link>` whose rel list holds `rel` (e.g. `canonical`, `amphtml`). */
export function linkHref(doc: Document, rel: string): string | undefined {
  const links = doc.getElementsByTagName('link');
  const count = Math.min(links.length, 500);
  for (let i = 0; i < count; i++) {
    const rels = (links[i].getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = links[i].getAttribute('href');
    if (href && rels.includes(rel)) return href;
  }
  return undefined;
}

/** Value of the first element with microdata property `prop`: its content, datetime or text. */
export function itemprop(doc: Document, prop: string): string | undefined {
  const el = doc.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return undefined;
  return el.getAttribute('content') ?? el.getAttribute('datetime') ?? textOf(el);
}

/** Name of the first microdata `author`: its `name` property, or its own text. */
export function itempropAuthor(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop~="author"]');
  if (!el) return undefined;
  const name = el.querySelector('[itemprop~="name"]');
  return (name && (name.getAttribute('content') ?? textOf(name))) ?? el.getAttribute('content') ?? textOf(el);
}

/** A machine-readable date with the text shown beside it (whose `EDT` says what a zone-less date means). */
export interface MarkedDate {
  datetime: string;
  text?: string;
}

function markedDate(el: Element | null): MarkedDate | undefined {
  const datetime = el && (el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el));
  return datetime ? { datetime, text: textOf(el)?.slice(0, 200) } : undefined;
}

/** The first element with microdata property `prop` (e.g. `datePublished`), as a date. */
export function itempropDate(doc: Document, prop: string): MarkedDate | undefined {
  return markedDate(doc.querySelector(`[itemprop~="${prop}"]`));
}

/**
 * The publication `<time>` (or other element with `datetime`): one marked `pubdate`, else the
 * first in an `<article>`, else the first in the page.
 */
export function timeElement(doc: Document): MarkedDate | undefined {
  return markedDate(
    doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime], [itemprop][datetime]'),
  );
}

/** Texts of the page's first `<h1>`s, those inside an `<article>` first. */
export function headings(doc: Document): string[] {
  const inArticle = [...doc.querySelectorAll('article h1')].slice(0, 3);
  const all = [...doc.querySelectorAll('h1')].slice(0, 5).filter((h) => !inArticle.includes(h));
  return [...inArticle, ...all].map(textOf).filter((t): t is string => !!t);
}

/** The document `<title>` (the one in `<head>`, not an SVG `<title>` in the body). */
export function titleText(doc: Document): string | undefined {
  return textOf(doc.querySelector('head > title') ?? doc.querySelector('title'));
}

/** Text of the first `rel=author` link: a byline many blogs and older CMSs give no other way. */
export function relAuthorText(doc: Document): string | undefined {
  return textOf(doc.querySelector('a[rel~="author"]'));
}
