/**
 * One spelling per article URL, so the story index can key on it: the URL a reader has open, the
 * page's canonical link and a feed item's link all normalise to the same string.
 *
 * Decisions (others key on them, so they are part of the contract):
 * - only http(s) URLs survive; anything else (or junk) gives the empty string;
 * - scheme and host lower-cased, default port dropped, a leading `www.` dropped (outlets serve the
 *   same article on both and the catalog lists domains without it);
 * - fragment dropped; tracking parameters dropped (utm_*, fbclid, gclid and the list below);
 *   the remaining parameters sorted, so their order on a shared link does not matter;
 * - one trailing slash dropped from a non-root path (`/a/b/` and `/a/b` are the same page on
 *   every news CMS we know of, and feeds and canonicals disagree about it);
 * - AMP spellings mapped to the plain page: Google's AMP cache and viewer are unwrapped,
 *   `amp.` hosts, a final `/amp` path segment and `amp=1`/`outputType=amp` parameters removed.
 */

/**
 * Query parameters that only say who shared or which campaign brought the reader: campaign
 * families (`utm_*`, `pk_*`, `hsa_*`), click ids (`fbclid`, `gclid`, `msclkid`...), and the
 * named ones of mail, social and analytics tools.
 */
const TRACKING =
  /^(?:(?:utm|pk|hsa)_.*|(?:fb|g|d|y|tw|tt)clid|msclkid|gclsrc|igsh(?:id)?|mc_[ce]id|_g[al]|_hs(?:enc|mi)|mkt_tok|oly_(?:anon|enc)_id|[on]cid|cmp(?:id)?|sm(?:id|typ)|sr_share|ref_(?:src|url)|rss|at_(?:medium|campaign|custom[1-4])|wt\.mc_id|fb_(?:ref|source)|__twitter_impression|guccounter|guce_referrer(?:_sig)?|soc_(?:src|trk))$/;

/** AMP switches (`amp`, `amp=1`, `outputType=amp`); other values of these keys are kept. */
function isAmpSwitch(key: string, value: string): boolean {
  const k = key.toLowerCase();
  if (k === 'outputtype') return value.toLowerCase() === 'amp';
  return k === 'amp' && (value === '' || value === '1' || value === 'true');
}

function isDroppedParam(key: string, value: string): boolean {
  return isAmpSwitch(key, value) || TRACKING.test(key.toLowerCase());
}

/** Parses `url` against `base`; undefined for junk and for anything but http(s). */
export function parseHttp(url: string, base?: string): URL | undefined {
  try {
    const parsed = new URL(url.trim(), base);
    return /^https?:$/.test(parsed.protocol) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True for a URL (absolute, or relative to `base`) with an http or https scheme. */
export function isHttpUrl(url: string, base?: string): boolean {
  return parseHttp(url, base) !== undefined;
}

/**
 * Google's AMP viewer (`google.com/amp/s/host/path`) and AMP cache
 * (`host-name.cdn.ampproject.org/c/s/host/path`) wrap the publisher's URL in their own.
 */
function unwrapAmpCache(u: URL): URL {
  const host = u.hostname;
  let m: RegExpExecArray | null = null;
  if (host.endsWith('.cdn.ampproject.org')) m = /^\/(?:c|v|i|ii|r|wp)\/(s\/)?(.+)$/.exec(u.pathname);
  else if (/(^|\.)google\.[a-z.]+$/.test(host)) m = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
  if (!m) return u;
  return parseHttp(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`) ?? u;
}

/**
 * Normalises `url` (resolved against `base` when relative) to the spelling described above.
 * Returns the empty string for anything that is not an http(s) URL.
 */
export function normalizeUrl(url: string, base?: string): string {
  const u = parseHttp(url, base);
  return u ? spell(unwrapAmpCache(u), isDroppedParam) : '';
}

/**
 * The spelling above without the two rules the content script leaves to the worker, for the
 * addresses a publisher's page gives of itself (its URL and canonical claims). AMP caches are
 * not unwrapped: Google's viewer is a search-engine page, and an AMP page must name its
 * canonical (the AMP spec requires it). Tracking parameters are kept: every use the worker makes
 * of the page's canonical URL goes through `normalizeUrl`. For a URL with neither, the two agree.
 */
export function normalizePageUrl(url: string, base?: string): string {
  const u = parseHttp(url, base);
  return u ? spell(u, isAmpSwitch) : '';
}

/** `u` spelled as described above, without the query parameters `dropped` names. */
function spell(u: URL, dropped: (key: string, value: string) => boolean): string {
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = u.hostname
    .toLowerCase()
    .replace(/^(?:www\d?|amp)\./, '')
    .replace(/\.$/, '');

  const kept: [string, string][] = [];
  for (const [key, value] of u.searchParams) {
    if (!dropped(key, value)) kept.push([key, value]);
  }
  // Stable sort on the key only: repeated keys keep their relative order.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';

  let path = u.pathname.replace(/\/amp\/?$/i, '/').replace(/\.amp(\.html?)$/i, '$1');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  u.pathname = path || '/';
  return u.toString();
}
