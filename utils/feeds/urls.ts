/**
 * Item links to absolute http(s) URLs. Anything else (javascript:, data:, mailto:, a relative
 * link with nothing to resolve it against) is not a story a reader can open, so it is dropped.
 */

/** Resolves `raw` against `base` (itself possibly relative to nothing); undefined unless http(s). */
export function resolveHttpUrl(raw: string | undefined, base?: string): string | undefined {
  // The URL parser itself drops tabs and newlines, which pretty-printed XML puts in links.
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  return url.href;
}

/** Resolves a chain of bases (feed URL, then feed xml:base, then item xml:base), outermost first. */
export function resolveBase(bases: Array<string | undefined>): string | undefined {
  let current: string | undefined;
  for (const base of bases) {
    if (!base) continue;
    try {
      current = current ? new URL(base.trim(), current).href : new URL(base.trim()).href;
    } catch {
      // A relative base with nothing above it, or junk: keep the base we had.
    }
  }
  return current;
}
