/**
 * Ownership from Kagi's media data: its typology mapped onto six kinds, and the owner shortened
 * to its first clause. Matched to outlets by domain; an outlet the data does not cover has none.
 */
import type { Ownership, OwnershipKind } from '../../../utils/model';
import type { MediaRecord } from './entries';
import { hostOf, registrableOf } from './hosts';

const KINDS: Record<string, OwnershipKind> = {
  'State Funded Media': 'state-funded',
  'State Media / Digital': 'state-funded',
  'Public Media': 'public',
  'Public Broadcaster': 'public',
  'Public agency (statutory, editorially independent)': 'public',
  'Private Media': 'private',
  'Private Enterprise': 'private',
  'Print Media': 'private',
  'Independent Media': 'independent',
  'Private Independent Media': 'independent',
  'Non-Profit': 'non-profit',
};

/** The six-kind scale for a media-data typology; anything it does not know is `unknown`. */
function ownershipKind(typology: string): OwnershipKind {
  return KINDS[typology.trim()] ?? 'unknown';
}

const MAX_OWNER = 90;

/** The owner in a few words: the first sentence or clause, cut at a word under 90 characters. */
function shortOwner(owner: string): string | undefined {
  const first = owner
    .trim()
    .split(/(?<=[a-z)])\. |; /)[0]
    .replace(/\.$/, '')
    .trim();
  if (first === '') return undefined;
  if (first.length <= MAX_OWNER) return first;
  const cut = first.slice(0, MAX_OWNER);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Media records by every host and registrable domain they list (the first record listing one wins). */
export function indexMediaData(records: MediaRecord[]): Map<string, MediaRecord> {
  const index = new Map<string, MediaRecord>();
  for (const record of records) {
    for (const raw of record.domains) {
      const host = hostOf(`https://${raw.trim()}/`);
      if (!host) continue;
      if (!index.has(host)) index.set(host, record);
      const root = registrableOf(host);
      if (root && !index.has(root)) index.set(root, record);
    }
  }
  return index;
}

/** The media record of an outlet: an exact host first, then its registrable domain. */
export function mediaRecordFor(index: Map<string, MediaRecord>, domains: readonly string[]): MediaRecord | undefined {
  for (const d of domains) if (index.has(d)) return index.get(d);
  for (const d of domains) {
    const root = registrableOf(d);
    if (root && index.has(root)) return index.get(root);
  }
  return undefined;
}

/** Kagi files public-service broadcasters (BBC, NOS, Yle) as state-funded; their descriptions say which they are. */
const PUBLIC_SERVICE = /\bpublic(ly funded)?[- ](service )?(broadcaster|broadcasting|service media|radio|television|media)\b/i;

export function ownershipOf(record: MediaRecord, source: string): Ownership {
  const owner = shortOwner(record.owner);
  let kind = ownershipKind(record.typology);
  if (kind === 'state-funded' && PUBLIC_SERVICE.test(record.description)) kind = 'public';
  return { kind, ...(owner ? { owner } : {}), source };
}

const NEWS_WORDS =
  /\b(news|newspaper|broadcaster|broadcasting|broadcasts|magazine|journal|journalism|journalists|television|TV|radio|agency|daily|weekly|reporting|press|portal|media (group|outlet|organi[sz]ation)|médias)\b/i;

/** Media data describing a blog or a company, not a news publisher. */
export function nonPublisherReason(record: MediaRecord): 'blog' | 'company' | undefined {
  const text = record.description;
  if (/\bblog\b/i.test(text) && !/\b(newspaper|broadcaster|news (site|website|outlet|portal|organi[sz]ation))\b/i.test(text)) return 'blog';
  if (ownershipKind(record.typology) === 'unknown' || !NEWS_WORDS.test(`${text} ${record.organization}`)) return 'company';
  return undefined;
}

/** Media data that describes a news publisher: a media typology and news in its description. */
export function isNewsPublisher(record: MediaRecord): boolean {
  return nonPublisherReason(record) === undefined && NEWS_WORDS.test(record.description);
}
