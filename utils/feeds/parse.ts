/**
 * The feed parser: bytes or text in, a clean ParsedFeed out, or a FeedError whose message a
 * reader understands. Pure and DOM-free, so it runs in the MV3 service worker and in Node.
 */
import { parseFeedDate } from './feed-dates';
import { decodeFeedBytes } from './decode';
import { FeedError } from './feed-error';
import { readJsonFeed } from './json-feed';
import { cleanTitle, htmlToText, MAX_TITLE_LENGTH, truncate } from './plain-text';
import type { FeedItem, ParsedFeed, ParseFeedOptions, RawFeed, RawItem } from './types';
import { resolveBase, resolveHttpUrl } from './urls';
import { readXmlFeed } from './xml-feed';

export { FeedError } from './feed-error';
export type { ParsedFeed, ParseFeedOptions } from './types';

/** Most items kept from one feed: news feeds list tens; thousands means something is wrong. */
const MAX_ITEMS = 1000;
/** Longest guid kept (it becomes part of a database key). */
const MAX_GUID_LENGTH = 500;

type Kind = 'xml' | 'json' | 'html' | 'unknown';

/** What the text is, from its first characters (and the Content-Type for JSON). */
function sniff(text: string, contentType?: string): Kind {
  const start = text.trimStart();
  if (start.startsWith('{') || (/json/i.test(contentType ?? '') && start.startsWith('['))) return 'json';
  if (!start.startsWith('<')) return 'unknown';
  // Skip the XML declaration, comments and processing instructions before the first element.
  const head = start
    .slice(0, 4096)
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '')
    .trimStart();
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return 'html';
  return 'xml';
}

function readRaw(text: string, contentType?: string): RawFeed {
  switch (sniff(text, contentType)) {
    case 'json':
      return readJsonFeed(text);
    case 'xml':
      return readXmlFeed(text);
    case 'html':
      throw new FeedError('feedError_html');
    default:
      throw new FeedError('feedError_notFeed');
  }
}

/** The item's URL: its link, else its guid when that is an absolute permalink. */
function itemUrl(item: RawItem, base: string | undefined): string | undefined {
  const fromLink = resolveHttpUrl(item.link, base);
  if (fromLink) return fromLink;
  // A guid is only trusted as a URL when absolute: "4956764" is not a page of the site.
  return item.guidIsPermaLink ? resolveHttpUrl(item.guid) : undefined;
}

const MAX_AUTHOR_LENGTH = 200;

function cleanItem(item: RawItem, feedBase: string | undefined, now: number): FeedItem | undefined {
  const url = itemUrl(item, resolveBase([feedBase, item.base]));
  if (!url) return undefined;
  const description = htmlToText(item.description);
  // RSS allows an item with a description and no title; a title is needed to match stories.
  const title = cleanTitle(item.title) || truncate(description, MAX_TITLE_LENGTH);
  if (!title) return undefined;
  const result: FeedItem = { title, url, published: parseFeedDate(item.date, now), description };
  const guid = item.guid?.trim();
  if (guid) result.guid = guid.slice(0, MAX_GUID_LENGTH);
  // RSS <author> is "email (Name)": the name in brackets when there is one.
  const author = cleanTitle(item.author?.replace(/^\S+@\S+\s*\((.+)\)\s*$/, '$1'));
  if (author) result.author = truncate(author, MAX_AUTHOR_LENGTH);
  return result;
}

/** Keeps the first of items that share a guid or a URL (feeds repeat items when republishing). */
function withoutDuplicates(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const keys = [`url:${item.url}`, ...(item.guid ? [`guid:${item.guid}`] : [])];
    if (keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

function feedTitle(raw: RawFeed, base: string | undefined): string {
  const title = cleanTitle(raw.title);
  if (title) return title;
  try {
    return base ? new URL(base).hostname : '';
  } catch {
    return '';
  }
}

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.x document.
 *
 * Items without an http(s) URL, or with neither title nor description, are dropped; titles
 * and descriptions become plain text; dates become ISO strings or null; relative links are
 * resolved against `opts.url` (else the feed's own base or site link); duplicates collapse.
 *
 * @throws FeedError for anything that is not a usable feed (HTML page, broken XML, unsafe
 *   entities, JSON that is not a JSON Feed, empty body).
 */
export function parseFeed(body: Uint8Array | string, opts: ParseFeedOptions = {}): ParsedFeed {
  const text = typeof body === 'string' ? body.replace(/^\ufeff/, '') : decodeFeedBytes(body, opts.contentType);
  if (text.trim() === '') throw new FeedError('feedError_empty');
  const raw = readRaw(text, opts.contentType);
  const now = opts.now ?? Date.now();
  const siteLink = resolveHttpUrl(raw.link);
  const base = resolveBase([opts.url ?? siteLink, raw.base]);
  const items: FeedItem[] = [];
  for (const rawItem of raw.items.slice(0, MAX_ITEMS * 2)) {
    const item = cleanItem(rawItem, base, now);
    if (item) items.push(item);
  }
  return { title: feedTitle(raw, opts.url ?? siteLink), items: withoutDuplicates(items).slice(0, MAX_ITEMS) };
}
