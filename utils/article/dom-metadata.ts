/**
 * Metadata the page states in its markup rather than in `<meta>` or JSON-LD: `<link rel>`,
 * microdata `itemprop`, `<time datetime>`, the headings and the document `<title>`.
 * Every reader returns raw strings (or undefined); clean-up happens in the caller.
 */

/** Caps how much of one element's text we read: a heading is never longer. */
const MAX_ELEMENT_TEXT = 4000;

function textOf(el: Element | null | undefined): string | undefined {
  const text = el?.textContent;
  return text ? text.slice(0, MAX_ELEMENT_TEXT) : undefined;
}

/** `href` of the page's `<link rel=canonical>`. */
export function canonicalHref(doc: Document): string | undefined {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? undefined;
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

/** A link to the site's home page: `/`, `https://host/`, `//host`. */
const HOME_HREF = /^(?:https?:)?(?:\/\/[^/]+)?\/?$/i;

/** True for an `<h1>` that is the site's logo: it links to the home page. */
function isLogo(h: Element): boolean {
  const link = h.closest('a[href]') ?? h.querySelector('a[href]');
  return !!link && HOME_HREF.test(link.getAttribute('href')?.trim() ?? '');
}

/**
 * Elements that may be the visible headline, most likely first: the `<h1>`s inside an `<article>`,
 * then the page's other `<h1>`s. Some CMSs mark the site logo as the `<h1>` and the headline as
 * an `<h2>`: when every `<h1>` is a logo, the first `<h2>`s stand in. Only a heading that another
 * source confirms is taken for the headline (see title.ts).
 */
export function headingElements(doc: Document): Element[] {
  const inArticle = [...doc.querySelectorAll('article h1')].slice(0, 3);
  const h1s = [...inArticle, ...[...doc.querySelectorAll('h1')].slice(0, 5).filter((h) => !inArticle.includes(h))].filter((h) => !isLogo(h));
  return h1s.length ? h1s : [...doc.querySelectorAll('h2')].slice(0, 3);
}

/** The text of `el` (capped), or the empty string. */
export function headingText(el: Element): string {
  return textOf(el) ?? '';
}

/** The document `<title>` (the one in `<head>`, not an SVG `<title>` in the body). */
export function titleText(doc: Document): string | undefined {
  return textOf(doc.querySelector('head > title') ?? doc.querySelector('title'));
}

/** Text of the first `rel=author` link: a byline many blogs and older CMSs give no other way. */
export function relAuthorText(doc: Document): string | undefined {
  return textOf(doc.querySelector('a[rel~="author"]'));
}
