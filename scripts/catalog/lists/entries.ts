/**
 * The shape every public feed list is read into, and how two lists' spellings of one feed URL are
 * recognised as the same feed. Pure: read.ts does the file I/O.
 */
import { COUNTRY_NAMES, ISO3_TO_ISO2, bcp47Primary } from './countries';

/** Ids of the public feed lists the build reads (Catalog.feedLists). */
type ListId = 'kite' | 'yavuz' | 'plenary';

/**
 * How a list files an entry: by country, by a region or city inside one (`Germany | Bavaria`), by a
 * news topic, or by a special interest (hobby, tech brand).
 */
type Scope = 'geographic' | 'regional' | 'topical' | 'special-interest';

/** One feed as one list carries it. */
export interface ListEntry {
  list: ListId;
  feed: string;
  /** The list's own category (`Germany | Berlin`, `FRA`, `News`). */
  category: string;
  scope: Scope;
  /** ISO 3166-1 alpha-2, when the list files the feed under a country. */
  country?: string;
  /** BCP 47 primary subtag the list states for the feed (Kagi's categories do). */
  language?: string;
  /** Publication name, when the list gives one. */
  name?: string;
  /** Publication site, when the list gives one (yavuz does). */
  website?: string;
}

/** One organisation of Kagi's media data. */
export interface MediaRecord {
  country: string;
  organization: string;
  domains: string[];
  description: string;
  owner: string;
  typology: string;
}

/**
 * The same feed however a list spells it: no scheme, no `www.`, host lower-case, no trailing slash.
 * `http://www.x.com/feed/` and `https://x.com/feed` are one feed.
 */
export function feedKey(url: string): string {
  const trimmed = url.trim().replace(/^https?:\/\//i, '');
  const slash = trimmed.indexOf('/');
  const host = (slash < 0 ? trimmed : trimmed.slice(0, slash)).toLowerCase().replace(/^www\./, '');
  const rest = slash < 0 ? '' : trimmed.slice(slash);
  return `${host}${rest}`.replace(/\/+$/, '');
}

/** Kagi categories about news topics (not places): their publishers are topical news outlets. */
const KITE_NEWS_TOPICS = new Set([
  'Africa',
  'Asia',
  'Europe',
  'Middle East',
  'Caribbean',
  'Economy',
  'Diplomacy',
  'Defense',
  'Climate Change',
  'Energy',
  'Agriculture',
  'Medicine',
  'Mining',
  'Maritime',
  'Nuclear Power',
  'Aviation',
  'Space',
  'Cybersecurity',
  'Homelessness',
  'Ecology | France',
  'Healthcare | Germany',
  'Healthcare | USA',
]);

/** Country of a Kagi category (`USA | Texas` -> US), if it names one. */
function kiteCountry(category: string): string | undefined {
  return COUNTRY_NAMES[category] ?? COUNTRY_NAMES[category.split(' | ')[0]];
}

/** Reads Kagi's kite_feeds.json object into entries. */
export function kiteEntries(feeds: Record<string, { category_type: string; source_language: string; feeds: string[] }>): ListEntry[] {
  return Object.entries(feeds).flatMap(([category, c]) => {
    const country = KITE_NEWS_TOPICS.has(category) && !COUNTRY_NAMES[category] ? undefined : kiteCountry(category);
    const scope: Scope = KITE_NEWS_TOPICS.has(category) ? 'topical' : !country ? 'special-interest' : COUNTRY_NAMES[category] ? 'geographic' : 'regional';
    const language = bcp47Primary(c.source_language);
    return c.feeds.map((feed) => ({ list: 'kite' as const, feed, category, scope, language, ...(country ? { country } : {}) }));
  });
}

/** Reads the yavuz database (ISO3 -> publications) into entries; `GLOBAL` files no country. */
export function yavuzEntries(
  db: Record<string, { publication_name: string; publication_website_uri: string; publication_rss_feed_uri: string }[]>,
): ListEntry[] {
  return Object.entries(db).flatMap(([iso3, pubs]) => {
    const country = ISO3_TO_ISO2[iso3];
    return pubs.map((p) => ({
      list: 'yavuz' as const,
      feed: p.publication_rss_feed_uri.trim(),
      category: iso3,
      scope: 'geographic' as const,
      name: p.publication_name.trim(),
      website: p.publication_website_uri.trim(),
      ...(country ? { country } : {}),
    }));
  });
}

/** Reads one plenary OPML file's outlines; the file name carries the country (`countries_with_category_Spain`). */
export function plenaryEntries(fileName: string, xml: string): ListEntry[] {
  const country = COUNTRY_NAMES[fileName.replace(/^countries_with_category_|\.opml$/g, '').replace(/_/g, ' ')];
  const category = fileName.replace(/\.opml$/, '');
  const entries: ListEntry[] = [];
  for (const match of xml.matchAll(/<outline\b([^>]*?)\/?>/g)) {
    const attrs = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decodeXml(a[2])]));
    if (!attrs.xmlUrl) continue;
    entries.push({
      list: 'plenary',
      feed: attrs.xmlUrl.trim(),
      category,
      scope: country ? 'geographic' : 'topical',
      ...(country ? { country } : {}),
      // Some titles begin or end with a separator ("- The Manila Times"): the name is what is left.
      ...(attrs.title ? { name: attrs.title.replace(/^[\s\-|–—:]+|[\s\-|–—:]+$/g, '') } : {}),
    });
  }
  return entries;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}
