/**
 * Records every request a browser context makes, tells which extension context made it, and checks
 * the log against the privacy promise: the extension talks only to allowed hosts (the enabled
 * sources' feed hosts, a static index URL the reader set) and no request carries a page the reader
 * visited (its URL or headline), in its URL, headers or body.
 */
import type { BrowserContext, Request } from 'playwright-core';

/**
 * Who made a request. `browsing` is the reader's own navigation to a page (not the extension's);
 * `page` is anything else a web page's frame asked for, which includes the content scripts' fetches.
 */
type RequestContext = 'service worker' | 'popup' | 'options' | 'first-run' | 'about' | 'extension page' | 'page' | 'browsing';

export interface RecordedRequest {
  context: RequestContext;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PrivacyRule {
  /** Host names the extension may reach over the network. */
  allowedHosts: ReadonlySet<string>;
  /** URLs and headlines of the pages the reader visited: no request may carry them. */
  visited: readonly { url: string; headline: string }[];
}

export interface Violation {
  request: RecordedRequest;
  reason: string;
}

/** Schemes that never leave the browser: the extension's own package, inline data. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:']);
const PAGE_CONTEXTS: Record<string, RequestContext> = {
  'popup.html': 'popup',
  'options.html': 'options',
  'welcome.html': 'first-run',
  'about.html': 'about',
};

/** The forms a secret can travel in: as is, URL-encoded, form-encoded; compared lower-case. */
function forms(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  return [...new Set([secret, encoded, encoded.replace(/%20/g, '+')])].map((s) => s.toLowerCase());
}

/** What of a visited page may not be sent: its URL, the URL without scheme, its path, its headline. */
function secretsOf(visited: PrivacyRule['visited']): { label: string; forms: string[] }[] {
  return visited.flatMap(({ url, headline }) => {
    const u = new URL(url);
    const path = u.pathname + u.search;
    return [
      { label: `visited URL ${url}`, forms: forms(url) },
      { label: `visited URL ${url}`, forms: forms(`${u.host}${path}`) },
      ...(path.length >= 12 ? [{ label: `path of ${url}`, forms: forms(path) }] : []),
      { label: `headline "${headline}"`, forms: forms(headline) },
    ];
  });
}

/** Every request of the log that breaks the rule, with why. The reader's own navigations are not the extension's. */
export function checkRequests(log: readonly RecordedRequest[], rule: PrivacyRule): Violation[] {
  const secrets = secretsOf(rule.visited);
  const violations: Violation[] = [];
  for (const request of log) {
    if (request.context === 'browsing') continue;
    const url = new URL(request.url);
    if (LOCAL_SCHEMES.has(url.protocol)) continue;
    if (!rule.allowedHosts.has(url.hostname))
      violations.push({ request, reason: `host ${url.hostname} is not an enabled source's feed host or the reader's index URL` });
    const sent = [request.url, ...Object.values(request.headers), request.body ?? ''].join('\n').toLowerCase();
    const leaked = secrets.find((s) => s.forms.some((f) => sent.includes(f)));
    if (leaked) violations.push({ request, reason: `carries the ${leaked.label}` });
  }
  return violations;
}

/** Requests per context and host (the extension's own package files counted as `(package)`). */
export function countRequests(log: readonly RecordedRequest[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { context, url } of log) {
    const u = new URL(url);
    const host = LOCAL_SCHEMES.has(u.protocol) ? '(package)' : u.hostname;
    counts[context] ??= {};
    counts[context][host] = (counts[context][host] ?? 0) + 1;
  }
  return counts;
}

function contextOf(request: Request, extensionOrigin: () => string | undefined): RequestContext {
  if (request.serviceWorker()) return 'service worker';
  const page = request.frame().page();
  const pageUrl = page?.url() ?? request.frame().url();
  const origin = extensionOrigin();
  // A page's own navigation is asked before the page has its URL.
  if (origin && request.isNavigationRequest() && request.url().startsWith(origin))
    return PAGE_CONTEXTS[new URL(request.url()).pathname.slice(1)] ?? 'extension page';
  if (origin && pageUrl.startsWith(origin)) return PAGE_CONTEXTS[new URL(pageUrl).pathname.slice(1)] ?? 'extension page';
  return request.isNavigationRequest() && request.resourceType() === 'document' ? 'browsing' : 'page';
}

/**
 * Starts recording every request of `context` (pages, extension pages and the extension's service
 * worker). `extensionOrigin` is asked per request, so recording can start before the extension is
 * loaded.
 */
export function recordRequests(context: BrowserContext, extensionOrigin: () => string | undefined): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  context.on('request', (request) => {
    log.push({
      context: contextOf(request, extensionOrigin),
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
    });
  });
  return log;
}
