import type { Catalog } from '../model';

/** Whether `host` is `domain` or one of its subdomains. */
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The outlets' domains, without those another claimed domain already covers (`edition.cnn.com`). */
function outletDomains(catalog: Catalog): string[] {
  const domains = [...new Set(catalog.outlets.flatMap((o) => o.domains.map((d) => d.toLowerCase())))].sort();
  const claimed = new Set(domains);
  return domains.filter((d) => {
    for (let parent = d.slice(d.indexOf('.') + 1); parent.includes('.'); parent = parent.slice(parent.indexOf('.') + 1)) {
      if (claimed.has(parent)) return false;
    }
    return true;
  });
}

/**
 * Match patterns for every domain of every catalog outlet and its subdomains: one pattern each,
 * since `*.d` matches `d` itself. Chromium's start-up time grows faster than linearly with the
 * number of patterns, so every redundant one costs.
 */
export function contentScriptMatches(catalog: Catalog): string[] {
  return outletDomains(catalog).map((d) => `*://*.${d}/*`);
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

/** Every host the extension needs: the outlets' sites, and the feed hosts outside them. */
export function catalogHostPermissions(catalog: Catalog): string[] {
  const domains = outletDomains(catalog);
  const feedHosts = feedHostPermissions(catalog).filter((p) => {
    const host = p.slice('*://'.length, -'/*'.length);
    return !domains.some((d) => under(host, d));
  });
  return [...feedHosts, ...contentScriptMatches(catalog)];
}
