/**
 * Which hosts Parallax needs, as match patterns, computed from the outlets the reader keeps on,
 * and whether what the browser granted covers them. Pure: the catalog model in, patterns out, so
 * the first-run page, the options page and the worker ask and check the same list.
 */
import type { Outlet } from '../model';

/** The feed URLs of an outlet: the one place that reads them off the outlet model. */
export function feedUrlsOf(outlet: Outlet): string[] {
  return outlet.feeds;
}

/** The sites an outlet publishes on: the one place that reads them off the outlet model. */
function siteDomainsOf(outlet: Outlet): string[] {
  return outlet.domains;
}

/** `https://host/*` for a feed URL (its own scheme only), or undefined for a URL that is not http(s). */
export function feedOrigin(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** `*://*.domain/*`: the outlet's site and its subdomains, over http and https. */
const siteOrigin = (domain: string) => `*://*.${domain}/*`;

/** Match patterns for the feed hosts of these outlets, sorted, without repeats. */
export function feedOrigins(outlets: readonly Outlet[]): string[] {
  return [...new Set(outlets.flatMap((o) => feedUrlsOf(o).flatMap((f) => feedOrigin(f) ?? [])))].sort();
}

/**
 * Match patterns for the sites of these outlets (where the content script reads the article): one
 * per domain, leaving out a domain another one covers (`edition.cnn.com` is inside `*.cnn.com`).
 * Every pattern counts: the browser's start-up slows with each one it holds.
 */
export function siteOrigins(outlets: readonly Outlet[]): string[] {
  const domains = new Set(outlets.flatMap((o) => siteDomainsOf(o).map((d) => d.toLowerCase())));
  const covered = (d: string) => d.split('.').some((_, i, parts) => i > 0 && domains.has(parts.slice(i).join('.')));
  return [...domains]
    .filter((d) => !covered(d))
    .map(siteOrigin)
    .sort();
}

/**
 * Patterns that, when all granted, cover all `originsFor([outlet])` names: the site of each of its
 * domains, and the feed hosts outside them (a domain inside another, or a feed host inside a site,
 * is covered with it). Cheap to build: for a check that finds most outlets wholly granted.
 */
export function originsAtMost(outlet: Outlet): string[] {
  const domains = siteDomainsOf(outlet).map((d) => d.toLowerCase());
  const inSite = (host: string) => domains.some((d) => host === d || host.endsWith(`.${d}`));
  const feeds = feedUrlsOf(outlet).flatMap((f) => {
    const origin = feedOrigin(f);
    return origin && !inSite(origin.slice(origin.indexOf('//') + 2, -2)) ? [origin] : [];
  });
  return [...domains.map(siteOrigin), ...feeds];
}

/**
 * Everything these outlets need: their sites, then the feed hosts no site pattern already covers
 * (`rss.cnn.com` is inside `*.cnn.com`). This is exactly what the first-run page asks for.
 */
export function originsFor(outlets: readonly Outlet[]): string[] {
  const sites = siteOrigins(outlets);
  const parsedSites = sites.map(parsePattern);
  const feeds = feedOrigins(outlets).filter((f) => !covers(parsedSites, parsePattern(f)));
  return [...sites, ...feeds];
}

interface Pattern {
  schemes: ('http' | 'https')[];
  /** `*` for every host. */
  host: string;
  /** `*.host`: the host and its subdomains. */
  subdomains: boolean;
}

const BAD: Pattern = { schemes: [], host: '', subdomains: false };

/** A host match pattern as the permissions API reports it (`*://*.a.com/*`, `https://b.org/*`, `<all_urls>`). */
function parsePattern(pattern: string): Pattern {
  if (pattern === '<all_urls>') return { schemes: ['http', 'https'], host: '*', subdomains: true };
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return BAD;
  const schemes = m[1] === '*' ? (['http', 'https'] as const) : ([m[1]] as ['http' | 'https']);
  const raw = m[2].toLowerCase().replace(/:\d+$/, '');
  if (raw === '*') return { schemes: [...schemes], host: '*', subdomains: true };
  return raw.startsWith('*.') ? { schemes: [...schemes], host: raw.slice(2), subdomains: true } : { schemes: [...schemes], host: raw, subdomains: false };
}

/** Whether grant `g` lets the extension reach every host that `p` names, over `scheme`. */
function hostCovers(g: Pattern, p: Pattern): boolean {
  if (g.host === '*') return true;
  if (p.host === '*') return false;
  if (g.subdomains) return p.host === g.host || p.host.endsWith(`.${g.host}`);
  return !p.subdomains && p.host === g.host;
}

/** Whether the grants together cover pattern `p` on each of its schemes. */
function covers(grants: readonly Pattern[], p: Pattern): boolean {
  if (!p.host) return false;
  return p.schemes.every((s) => grants.some((g) => g.schemes.includes(s) && hostCovers(g, p)));
}

/** A checker for many patterns against one set of granted origins. */
export function grantChecker(granted: readonly string[]) {
  const exact = new Set(granted);
  // Thousands of grants are checked against thousands of patterns (a popup's access status):
  // each check looks only at the grants of every host, of the host itself and of the domains it
  // is under, the only ones that can cover it.
  const everyHost: Pattern[] = [];
  const byHost = new Map<string, Pattern[]>();
  for (const g of granted.map(parsePattern)) {
    if (g.host === '*') everyHost.push(g);
    else if (g.host) byHost.set(g.host, [...(byHost.get(g.host) ?? []), g]);
  }
  const coversOn = (scheme: 'http' | 'https', p: Pattern): boolean => {
    if (everyHost.some((g) => g.schemes.includes(scheme))) return true;
    if (p.host === '*') return false;
    for (let host = p.host; ; host = host.slice(host.indexOf('.') + 1)) {
      if (byHost.get(host)?.some((g) => g.schemes.includes(scheme) && hostCovers(g, p))) return true;
      if (!host.includes('.')) return false;
    }
  };
  const coversPattern = (p: Pattern) => !!p.host && p.schemes.every((s) => coversOn(s, p));
  return {
    /** The pattern is wholly granted. */
    covers: (pattern: string) => exact.has(pattern) || coversPattern(parsePattern(pattern)),
    /** The URL may be fetched (its host and scheme are granted). */
    allows(url: string): boolean {
      try {
        const u = new URL(url);
        const scheme = u.protocol.slice(0, -1);
        if (scheme !== 'http' && scheme !== 'https') return false;
        return coversPattern({ schemes: [scheme], host: u.hostname.toLowerCase(), subdomains: false });
      } catch {
        return false;
      }
    },
  };
}

/** Whether two patterns name at least one host and scheme in common. */
function overlaps(a: Pattern, b: Pattern): boolean {
  return a.schemes.some((s) => b.schemes.includes(s)) && (hostCovers(a, b) || hostCovers(b, a));
}

/**
 * The granted origins to give back: those no needed pattern touches. `required` (the manifest's
 * own host permissions) cannot be given back, and a grant of every host stays: the reader chose it
 * in the browser's settings.
 */
export function originsToRelease(granted: readonly string[], needed: readonly string[], required: readonly string[] = []): string[] {
  const keep = new Set(required);
  const wanted = needed.map(parsePattern);
  return granted.filter((g) => {
    if (keep.has(g)) return false;
    const p = parsePattern(g);
    return p.host !== '*' && p.host !== '' && !wanted.some((w) => overlaps(p, w));
  });
}
