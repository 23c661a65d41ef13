/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to a RawFeed.
 */
import { FeedError } from './feed-error';
import type { RawFeed, RawItem } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field; JSON Feed says readers coerce numeric ids to strings. */
function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** JSON Feed 1.1 `authors[0].name`, or 1.0's `author.name`. */
function authorName(item: Json): string | undefined {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const first = authors[0];
  return typeof first === 'object' && first !== null ? str((first as Json).name) : undefined;
}

function readItem(item: Json): RawItem {
  return {
    title: str(item.title),
    // url is the item's permalink; external_url is what a link-blog post points at.
    link: str(item.url) ?? str(item.external_url),
    guid: str(item.id),
    // Some feeds use the URL as id and omit url; only an absolute http(s) id is used.
    guidIsPermaLink: true,
    date: str(item.date_published) ?? str(item.date_modified),
    description: str(item.summary) ?? str(item.content_html) ?? str(item.content_text),
    author: authorName(item),
  };
}

/** Reads a JSON Feed document; throws a FeedError for broken JSON or JSON that is not a feed. */
export function readJsonFeed(json: string): RawFeed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new FeedError('feedError_brokenJson', [], { cause: error });
  }
  if (!isObject(data)) throw new FeedError('feedError_notJsonFeed');
  const version = str(data.version);
  const looksLikeFeed = version?.startsWith('https://jsonfeed.org/version/') || Array.isArray(data.items);
  if (!looksLikeFeed) throw new FeedError('feedError_notJsonFeed');
  if (!Array.isArray(data.items)) throw new FeedError('feedError_noItems');
  return {
    title: str(data.title),
    link: str(data.home_page_url),
    items: data.items.filter(isObject).map(readItem),
  };
}
