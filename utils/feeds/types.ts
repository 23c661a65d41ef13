/**
 * Shapes that come out of feed parsing. Plain data only, so the background worker can store
 * them and tests can compare them.
 */

/** One story a feed lists, cleaned for display and indexing. */
export interface FeedItem {
  /** Plain text, whitespace folded, at most ~300 characters. */
  title: string;
  /** Absolute http(s) URL of the story. */
  url: string;
  /** ISO 8601 (UTC) publication date, or null when missing, unreadable or implausible. */
  published: string | null;
  /** Plain text summary, at most ~500 characters (may be empty). */
  description: string;
  /** The feed's own identifier for the item (RSS guid, Atom id, JSON Feed id), when it has one. */
  guid?: string;
  /** The item's author or byline as plain text, when the feed names one: it can name a wire ("Reuters"). */
  author?: string;
}

/** A parsed feed: its title and its usable items, in feed order, without duplicates. */
export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

/** Options of `parseFeed`. */
export interface ParseFeedOptions {
  /** Where the feed was fetched from: relative item links are resolved against it. */
  url?: string;
  /** The HTTP Content-Type header, whose charset (if any) says how the bytes are encoded. */
  contentType?: string;
  /** Clock for the "not in the future" check on dates, in epoch ms. Defaults to Date.now(). */
  now?: number;
}

/**
 * What the format readers (RSS, Atom, JSON Feed) hand to the normaliser: raw strings, as the
 * feed wrote them, before any cleaning.
 */
export interface RawItem {
  title?: string;
  link?: string;
  guid?: string;
  /** True when the guid is declared (or, for RSS, assumed) to be the item's URL. */
  guidIsPermaLink?: boolean;
  date?: string;
  /** Summary as HTML (or text, which reads the same once tags are stripped). */
  description?: string;
  /** Base URL the item declares for its own relative links (Atom xml:base). */
  base?: string;
  /** dc:creator, RSS author, Atom author name, JSON Feed authors[0].name. */
  author?: string;
}

/** A feed as a format reader sees it. */
export interface RawFeed {
  title?: string;
  /** The site link the feed declares, used as a base when the feed URL is unknown. */
  link?: string;
  /** Base URL the feed declares (Atom xml:base). */
  base?: string;
  items: RawItem[];
}
