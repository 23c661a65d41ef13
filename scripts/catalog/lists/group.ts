/**
 * Sorts every list entry to the outlet it belongs to, deduplicated by registrable domain: a feed a
 * curated outlet already names, else the curated outlet claiming its site, else the registrable
 * domain of its site. Entries that cannot stand for a publisher's own feed are set aside with why.
 */
import type { OutletLookup } from '../../../utils/sources/catalog';
import type { CuratedOutlet } from '../outlets';
import { type ListEntry, feedKey } from './entries';
import { type HostVerdict, hostOf, hostVerdict, registrableOf } from './hosts';

/** Why the build leaves a feed, or a whole would-be outlet, out of the catalog. */
export type ExclusionReason =
  | HostVerdict
  | 'invalid-in-scan'
  | 'malformed-url'
  | 'special-interest'
  | 'regional-only'
  | 'blog'
  | 'company'
  | 'no-country'
  | 'over-feed-cap'
  | 'no-list-evidence';

export interface Exclusion {
  /** Registrable domain of the site (or of the feed when the list names no site). */
  domain: string;
  reason: ExclusionReason;
  /** Whether the whole outlet was left out, or only this feed. */
  what: 'outlet' | 'feed';
  feed: string;
  lists: string[];
}

/** The entries of one outlet: a curated one (`curated`), or a new one keyed by `domain`. */
export interface EntryGroup {
  curated?: CuratedOutlet;
  domain: string;
  /** Host of the site when a curated outlet claims a subdomain of `domain` (`espn.go.com`). */
  host: string;
  entries: ListEntry[];
}

export function groupEntries(entries: ListEntry[], curated: CuratedOutlet[], lookup: OutletLookup, invalid: Set<string>) {
  const byCuratedFeed = new Map(curated.flatMap((o) => o.feeds.map((f) => [feedKey(f), o] as const)));
  // A curated outlet's feed host (`feeds.bbci.co.uk`) is its own, whatever its registrable domain.
  const byCuratedFeedHost = new Map(curated.flatMap((o) => o.feeds.map((f) => [hostOf(f) ?? '', o] as const)));
  const claimed = curated.flatMap((o) => o.domains);
  const groups = new Map<string, EntryGroup>();
  const excluded: Exclusion[] = [];

  for (const entry of entries) {
    const feedHost = hostOf(entry.feed);
    const siteHost = (entry.website && hostOf(entry.website)) || feedHost;
    const domain = (siteHost && registrableOf(siteHost)) ?? siteHost ?? entry.feed;
    const leaveOut = (reason: ExclusionReason) => excluded.push({ domain, reason, what: 'feed', feed: entry.feed, lists: [entry.list] });
    if (!feedHost || !siteHost) {
      leaveOut('malformed-url');
      continue;
    }
    const key = feedKey(entry.feed);
    if (invalid.has(key)) {
      leaveOut('invalid-in-scan');
      continue;
    }
    const feedVerdict = hostVerdict(feedHost);
    const siteVerdict = hostVerdict(siteHost);
    // A feed on a hosting service is fine when the list names the site; nothing else is.
    const verdict = (feedVerdict !== 'feed-service' && feedVerdict) || siteVerdict || (!entry.website ? feedVerdict : undefined);
    if (verdict) {
      leaveOut(verdict);
      continue;
    }
    const owner =
      byCuratedFeed.get(key) ??
      lookup.byDomain(siteHost) ??
      byCuratedFeedHost.get(siteHost) ??
      (entry.website ? undefined : (lookup.byDomain(feedHost) ?? byCuratedFeedHost.get(feedHost)));
    if (owner) {
      const group: EntryGroup = groups.get(`c:${owner.id}`) ?? { curated: owner, domain: owner.domains[0], host: owner.domains[0], entries: [] };
      group.entries.push(entry);
      groups.set(`c:${owner.id}`, group);
      continue;
    }
    // Under a registrable domain a curated outlet claims part of (`go.com`), the site's host is the key.
    const host = claimed.some((c) => c.endsWith(`.${domain}`)) ? siteHost : domain;
    const group: EntryGroup = groups.get(`d:${host}`) ?? { domain, host, entries: [] };
    group.entries.push(entry);
    groups.set(`d:${host}`, group);
  }
  return { groups: [...groups.values()], excluded };
}
