import { BIASES, type BiasOrUnrated, type Catalog } from '../../utils/model';

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
}

export function catalogStats(catalog: Catalog): CatalogStats {
  const { outlets } = catalog;
  const byBias = Object.fromEntries([...BIASES, 'unrated'].map((b) => [b, 0])) as Record<BiasOrUnrated, number>;
  const countryCounts = new Map<string, number>();
  for (const outlet of outlets) {
    byBias[outlet.bias?.value ?? 'unrated']++;
    countryCounts.set(outlet.country, (countryCounts.get(outlet.country) ?? 0) + 1);
  }
  // Largest first, then alphabetical, so the printout reads as a ranking and stays stable.
  const byCountry = Object.fromEntries([...countryCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return {
    outlets: outlets.length,
    countries: countryCounts.size,
    languages: new Set(outlets.map((o) => o.language)).size,
    byBias,
    byCountry,
    withFeed: outlets.filter((o) => o.feeds.length > 0).length,
    withBiasSource: outlets.filter((o) => o.bias).length,
    withFactualitySource: outlets.filter((o) => o.factuality).length,
  };
}
