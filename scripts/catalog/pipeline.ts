/**
 * The whole catalog build from the files in the repository: curated outlets, the public feed
 * lists, the validity scan, the media data, the State Media Matrix and the ratings. build.ts
 * writes what this returns; the meta-test compares it with public/catalog.json.
 */
import { readAllSidesRows, readRspRows } from './inputs';
import { buildCatalog, ratedDomains } from './join';
import { assembleOutlets } from './lists/assemble';
import type { Exclusion } from './lists/group';
import { readInvalidFeeds, readListEntries, readMediaData, readStateMedia } from './lists/read';
import { OWNERSHIP_SOURCES } from './lists/catalog-sources';
import { withStateMediaOwnership } from './lists/state-media';
import { CATALOG_REVISION, OUTLETS } from './outlets';

export function runCatalogBuild() {
  const allsides = readAllSidesRows();
  const rsp = readRspRows();
  const assembled = assembleOutlets({
    curated: OUTLETS,
    entries: readListEntries(),
    invalid: readInvalidFeeds(),
    media: readMediaData(),
    rated: ratedDomains(allsides, rsp),
  });
  const outlets = withStateMediaOwnership(assembled.outlets, readStateMedia(), OWNERSHIP_SOURCES[1].id);
  const { excluded } = assembled;
  const { catalog, problems } = buildCatalog(outlets, allsides, rsp, CATALOG_REVISION);
  return { catalog, problems, excluded };
}

/** What the build left out and why, one line per feed or outlet, sorted: `scripts/catalog/excluded.tsv`. */
export function formatExclusions(excluded: Exclusion[]): string {
  const rows = excluded.map((e) => [e.reason, e.what, e.domain, e.lists.join(' '), e.feed].join('\t'));
  const unique = [...new Set(rows)].sort();
  return `${['reason', 'what', 'domain', 'lists', 'feed'].join('\t')}\n${unique.join('\n')}\n`;
}

/** Counts of exclusions by reason, outlets and feeds apart. */
export function exclusionCounts(excluded: Exclusion[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const seen = new Set<string>();
  for (const e of excluded) {
    const id = e.what === 'outlet' ? `${e.reason} outlet ${e.domain}` : `${e.reason} feed ${e.feed}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const key = `${e.what}s ${e.reason}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort());
}
