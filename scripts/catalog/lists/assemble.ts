/**
 * Turns the grouped list entries into catalog outlets: each feed with the lists that carry it and
 * its own language, capped per outlet, and ownership from the media data. Curated outlets keep
 * their identity; their hand-written feeds stay only where a list confirms them. Pure.
 */
import type { Outlet } from '../../../utils/model';
import { createOutletLookup } from '../../../utils/sources/catalog';
import type { CuratedOutlet } from '../outlets';
import { COUNTRY_LANGUAGE, COUNTRY_NAMES } from './countries';
import { type ListEntry, type MediaRecord, feedKey } from './entries';
import { type EntryGroup, type Exclusion, groupEntries } from './group';
import { hostOf } from './hosts';
import { languageHint } from './language';
import { indexMediaData, isNewsPublisher, mediaRecordFor, nonPublisherReason, ownershipOf } from './media-data';
import { OWNERSHIP_SOURCES } from './catalog-sources';

/** Feeds per outlet: enough for its main desks; one more per further language, up to five. */
const FEEDS_PER_OUTLET = 3;
const MAX_FEEDS = 5;

/** An outlet as the ratings join receives it. */
export type AssembledOutlet = CuratedOutlet & Pick<Outlet, 'feedSources' | 'feedLanguages' | 'ownership'>;

export interface AssembleInput {
  curated: CuratedOutlet[];
  entries: ListEntry[];
  invalid: Set<string>;
  media: MediaRecord[];
  /** Registrable domains a rating source rates: a listed feed of theirs is always kept. */
  rated: Set<string>;
}

interface Candidate {
  url: string;
  key: string;
  lists: Set<string>;
  entries: ListEntry[];
  curatedRank: number;
}

export function assembleOutlets({ curated, entries, invalid, media, rated }: AssembleInput) {
  const { groups, excluded } = groupEntries(entries, curated, createOutletLookup(curated), invalid);
  const mediaIndex = indexMediaData(media);
  const outlets: AssembledOutlet[] = [];
  const byCurated = new Map(groups.filter((g) => g.curated).map((g) => [g.curated!.id, g]));

  for (const outlet of curated) {
    const group = byCurated.get(outlet.id);
    const listed = new Set(group?.entries.map((e) => feedKey(e.feed)));
    for (const feed of outlet.feeds.filter((f) => !listed.has(feedKey(f)))) {
      excluded.push({ domain: outlet.domains[0], reason: 'no-list-evidence', what: 'feed', feed, lists: [] });
    }
    const record = mediaRecordFor(mediaIndex, outlet.domains);
    outlets.push(withFeeds(outlet, group, record, excluded));
  }

  for (const group of groups.filter((g) => !g.curated)) {
    const record = mediaRecordFor(mediaIndex, [group.host]);
    const reason = outletExclusion(group, record, rated);
    // A rated outlet no list places is kept under ZZ (unknown region) rather than left out.
    const country = countryOf(group, record) ?? (rated.has(group.domain) ? 'ZZ' : undefined);
    if (reason || !country) {
      const lists = [...new Set(group.entries.map((e) => e.list))].sort();
      excluded.push({ domain: group.host, reason: reason ?? 'no-country', what: 'outlet', feed: group.entries[0].feed, lists });
      continue;
    }
    // Kagi states a language for its place categories; its topic categories are all `en`.
    const stated = group.entries
      .filter((e) => e.language && e.scope !== 'topical' && e.scope !== 'special-interest' && e.country === country)
      .map((e) => e.language!);
    const language = majority(stated) ?? COUNTRY_LANGUAGE[country] ?? 'und';
    const base: CuratedOutlet = {
      id: group.host.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      name: nameOf(group, record),
      homepage: homepageOf(group),
      domains: [group.host],
      feeds: [],
      country,
      language,
    };
    outlets.push(withFeeds(base, group, record, excluded));
  }
  return { outlets, excluded };
}

function outletExclusion(group: EntryGroup, record: MediaRecord | undefined, rated: Set<string>) {
  if (rated.has(group.domain) || rated.has(group.host)) return undefined;
  const fromRecord = record && nonPublisherReason(record);
  if (fromRecord) return fromRecord;
  // A special-interest list (tech brands, hobbies) holds news sites only where the media data says so.
  if (record && isNewsPublisher(record)) return undefined;
  if (group.entries.every((e) => e.scope === 'special-interest')) return 'special-interest';
  // The catalog holds national outlets: one only Kagi's region, city or topic lists carry stays out.
  if (group.entries.every((e) => e.scope !== 'geographic')) return 'regional-only';
  return undefined;
}

function withFeeds(outlet: CuratedOutlet, group: EntryGroup | undefined, record: MediaRecord | undefined, excluded: Exclusion[]): AssembledOutlet {
  const candidates = new Map<string, Candidate>();
  for (const entry of group?.entries ?? []) {
    const key = feedKey(entry.feed);
    const rank = outlet.feeds.findIndex((f) => feedKey(f) === key);
    const c = candidates.get(key) ?? {
      url: rank >= 0 ? outlet.feeds[rank] : entry.feed.trim(),
      key,
      lists: new Set(),
      entries: [],
      curatedRank: rank < 0 ? Infinity : rank,
    };
    c.lists.add(entry.list);
    c.entries.push(entry);
    candidates.set(key, c);
  }
  const sorted = [...candidates.values()].sort(
    (a, b) => a.curatedRank - b.curatedRank || b.lists.size - a.lists.size || a.key.length - b.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  // Lists file feeds by topic or place, not by language: only the URL itself names another language.
  const languageOf = (c: Candidate) => languageHint(c.url) ?? outlet.language;
  // One feed per language first (France 24 and RFI publish in several), then the best of the rest.
  const picked: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    if (seen.has(languageOf(c)) || picked.length >= MAX_FEEDS) continue;
    seen.add(languageOf(c));
    picked.push(c);
  }
  for (const c of sorted) if (picked.length < FEEDS_PER_OUTLET && !picked.includes(c)) picked.push(c);
  picked.sort((a, b) => sorted.indexOf(a) - sorted.indexOf(b));
  for (const c of sorted.filter((c) => !picked.includes(c))) {
    excluded.push({ domain: outlet.domains[0], reason: 'over-feed-cap', what: 'feed', feed: c.url, lists: [...c.lists].sort() });
  }
  const feedLanguages = Object.fromEntries(picked.filter((c) => languageOf(c) !== outlet.language).map((c) => [c.url, languageOf(c)]));
  return {
    ...outlet,
    feeds: picked.map((c) => c.url),
    feedSources: picked.map((c) => [...c.lists].sort()),
    ...(Object.keys(feedLanguages).length > 0 ? { feedLanguages } : {}),
    ...(record ? { ownership: ownershipOf(record, OWNERSHIP_SOURCES[0].id) } : {}),
  };
}

/** The most frequent value; ties go to the alphabetically first, so builds are reproducible. */
function majority(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Where the media data places it, else where most lists file it. */
function countryOf(group: EntryGroup, record: MediaRecord | undefined): string | undefined {
  return (record && COUNTRY_NAMES[record.country.trim()]) ?? majority(group.entries.filter((e) => e.country).map((e) => e.country!));
}

function nameOf(group: EntryGroup, record: MediaRecord | undefined): string {
  if (record?.organization.trim()) return record.organization.trim();
  const yavuz = group.entries.find((e) => e.list === 'yavuz' && e.name);
  if (yavuz?.name) return yavuz.name;
  const titled = group.entries.find((e) => e.name && e.name.length <= 40 && !/ [-|–:] /.test(e.name) && !e.name.includes('/'));
  return titled?.name ?? group.host;
}

function homepageOf(group: EntryGroup): string {
  const site = group.entries.map((e) => e.website && hostOf(e.website)).find((h) => h && (h === group.host || h.endsWith(`.${group.host}`)));
  return `https://${site ?? group.host}/`;
}
