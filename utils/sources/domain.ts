import { getDomain, getHostname } from 'tldts';

/**
 * The registrable domain of a URL or host name, public-suffix aware:
 * `https://edition.cnn.com/x` -> `cnn.com`, `news.bbc.co.uk` -> `bbc.co.uk`.
 * Returns undefined for IPs, `localhost`-like hosts and junk.
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = getHostname(urlOrHost);
  if (!host) return undefined;
  return getDomain(host, { allowPrivateDomains: false }) ?? undefined;
}
