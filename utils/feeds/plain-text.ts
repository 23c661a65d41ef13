/**
 * Feed HTML to plain text: what titles and summaries become before they are shown or indexed.
 * The output is never HTML (components render it as text), so stripping is about readability,
 * not safety; it is bounded in length so a hostile feed cannot bloat the index.
 */
import { decodeEntities } from './entities';

/** Longest title kept, in UTF-16 units. */
export const MAX_TITLE_LENGTH = 300;
/** Longest summary kept, in UTF-16 units. */
export const MAX_DESCRIPTION_LENGTH = 500;

/** Longest input looked at: enough for any summary, and it bounds the work a huge field costs. */
const MAX_INPUT_LENGTH = 100_000;
/** Elements whose content is never text a reader should see. */
const HIDDEN_OPEN = /<(script|style|noscript|template|iframe|object|svg|math)\b/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA_MARKERS = /<!\[CDATA\[|\]\]>/g;
/**
 * A tag, with quoted attribute values that may hold ">". An unquoted "<" ends the attempt, so
 * a run of unclosed tags costs linear time, not quadratic.
 */
const TAG = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>|<![A-Za-z][^<>]*>|<\?[^<>]*>/g;
/** Tags that separate words; the rest (b, i, a, span...) sit inside words. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Control and invisible characters that only break layout. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;
const LOOKS_LIKE_MARKUP = /<[A-Za-z/!?]/;

/**
 * Drops script, style and the like with their content. A loop with indexOf rather than a
 * lazy regex, which would rescan to the end for every unclosed opening tag.
 */
function removeHidden(html: string): string {
  if (!HIDDEN_OPEN.test(html)) return html;
  // ASCII-only lower case keeps every index the same in both strings.
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  let out = '';
  let last = 0;
  HIDDEN_OPEN.lastIndex = 0;
  for (let match = HIDDEN_OPEN.exec(html); match; match = HIDDEN_OPEN.exec(html)) {
    out += `${html.slice(last, match.index)} `;
    const close = lower.indexOf(`</${match[1].toLowerCase()}`, HIDDEN_OPEN.lastIndex);
    const end = close === -1 ? -1 : lower.indexOf('>', close);
    last = end === -1 ? html.length : end + 1;
    HIDDEN_OPEN.lastIndex = last;
  }
  return out + html.slice(last);
}

function stripTags(html: string): string {
  return removeHidden(html.replace(COMMENTS, ' '))
    .replace(CDATA_MARKERS, '')
    .replace(TAG, (_tag, name: string | undefined) => (name && !BLOCK_TAGS.has(name.toLowerCase()) ? '' : ' '));
}

/** Folds every run of whitespace (including no-break spaces) to one space, and trims. */
function foldWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` UTF-16 units, ending with "…": at a word boundary when one
 * is near the end, else mid-word (a 10,000-letter "word" must still be cut), never inside a
 * surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.7) cut = space;
  else if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * HTML (or text) to one line of plain text: hidden elements and tags removed, character
 * references decoded, whitespace folded, capped at `max`.
 *
 * Two rounds, because feed text is escaped twice: the raw element content is XML whose text
 * is HTML ("&amp;lt;p&amp;gt;" or "&amp;#39;"). The first round undoes the XML layer (and drops
 * inline XHTML tags), the second the HTML layer. CDATA content, HTML already, decodes the same.
 */
export function htmlToText(html: string | undefined, max = MAX_DESCRIPTION_LENGTH): string {
  if (!html) return '';
  let text = decodeEntities(stripTags(html.slice(0, MAX_INPUT_LENGTH)));
  if (LOOKS_LIKE_MARKUP.test(text) || text.includes('&')) text = decodeEntities(stripTags(text));
  return truncate(foldWhitespace(text), max);
}

/** A title as plain text: same cleaning as summaries, a shorter cap. */
export function cleanTitle(raw: string | undefined): string {
  return htmlToText(raw, MAX_TITLE_LENGTH);
}
