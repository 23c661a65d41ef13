/**
 * Text from feeds and pages never chooses a URL scheme: only absolute http(s) URLs become links.
 * Returns the URL to put in `href`, or undefined when it must not be a link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
