import { BIASES, type BiasOrUnrated, type Catalog, OWNERSHIP_KINDS, type OwnershipKind } from '../../utils/model';

/** Coverage figures of a catalog, as `npm run catalog:stats` prints them. */
export interface CatalogStats {
  outlets: number;
  countries: number;
  languages: number;
  byBias: Record<BiasOrUnrated, number>;
  byCountry: Record<string, number>;
  withFeed: number;
  withBiasSource: number;
  withFactualitySource: number;
  withOwnership: number;
  byOwnership: Record<OwnershipKind | 'none', number>;
  feedsTotal: number;
  /** Feeds found in at least one independent public list. */
  feedsConfirmed: number;
  /** Feeds each list carries (a feed two lists carry counts for both). */
  feedsByList: Record<string, number>;
}

/** Largest first, then alphabetical, so the printout reads as a ranking and stays stable. */
function ranked(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function catalogStats(catalog: Catalog): CatalogStats {
  const { outlets } = catalog;
  const listIds = new Set((catalog.feedLists ?? []).map((l) => l.id));
  const byBias = Object.fromEntries([...BIASES, 'unrated'].map((b) => [b, 0])) as Record<BiasOrUnrated, number>;
  const byOwnership = Object.fromEntries([...OWNERSHIP_KINDS, 'none'].map((k) => [k, 0])) as Record<OwnershipKind | 'none', number>;
  const countryCounts = new Map<string, number>();
  const listCounts = new Map<string, number>();
  let feedsConfirmed = 0;
  for (const outlet of outlets) {
    byBias[outlet.bias?.value ?? 'unrated']++;
    byOwnership[outlet.ownership?.kind ?? 'none']++;
    countryCounts.set(outlet.country, (countryCounts.get(outlet.country) ?? 0) + 1);
    for (const sources of outlet.feedSources ?? []) {
      const lists = sources.filter((s) => listIds.has(s));
      if (lists.length > 0) feedsConfirmed++;
      for (const list of lists) listCounts.set(list, (listCounts.get(list) ?? 0) + 1);
    }
  }
  return {
    outlets: outlets.length,
    countries: countryCounts.size,
    languages: new Set(outlets.map((o) => o.language)).size,
    byBias,
    byCountry: ranked(countryCounts),
    withFeed: outlets.filter((o) => o.feeds.length > 0).length,
    withBiasSource: outlets.filter((o) => o.bias).length,
    withFactualitySource: outlets.filter((o) => o.factuality).length,
    withOwnership: outlets.filter((o) => o.ownership).length,
    byOwnership,
    feedsTotal: outlets.reduce((sum, o) => sum + o.feeds.length, 0),
    feedsConfirmed,
    feedsByList: ranked(listCounts),
  };
}
