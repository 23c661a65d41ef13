import type { Catalog } from '../model';

/** Match patterns for every domain of every catalog outlet (and its subdomains). */
export function contentScriptMatches(catalog: Catalog): string[] {
  const domains = new Set(catalog.outlets.flatMap((o) => o.domains));
  return [...domains].sort().flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** Host permissions for the feed hosts of the catalog, so the worker can fetch them. */
export function feedHostPermissions(catalog: Catalog): string[] {
  const hosts = new Set<string>();
  for (const outlet of catalog.outlets) {
    for (const feed of outlet.feeds) {
      try {
        hosts.add(new URL(feed).hostname);
      } catch {
        // An invalid feed URL is caught by the catalog meta-test; it grants nothing here.
      }
    }
  }
  return [...hosts].sort().map((h) => `*://${h}/*`);
}
