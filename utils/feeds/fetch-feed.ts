/**
 * The network side of feeds: one conditional GET with a deadline and a size cap. Parsing is
 * elsewhere (parse.ts), so this file is the only one that touches the network, and tests give
 * it a fake `fetch`.
 */
import { formatBytes } from '../format';
import { type MessageKey, uiLocale } from '../i18n/translate';
import { FeedError } from './feed-error';

/** Default deadline for the whole exchange, headers and body. */
const DEFAULT_TIMEOUT_MS = 20_000;
/** Default cap on the body: news feeds weigh tens of kilobytes, rarely a few megabytes. */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options of `fetchFeed`. */
export interface FetchFeedOptions {
  /** The fetch to use (tests pass a fake); defaults to the global one. */
  fetch?: typeof fetch;
  /** ETag of the copy we have: sent as If-None-Match. */
  etag?: string;
  /** Last-Modified of the copy we have: sent as If-Modified-Since. */
  lastModified?: string;
  /** Deadline for headers and body together, in ms. Defaults to 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Defaults to 5 MB. */
  maxBytes?: number;
}

/** What a fetch gives: a body to parse, or word that our copy is still current. */
export type FetchResult =
  | { status: 'ok'; body: Uint8Array; contentType?: string; etag?: string; lastModified?: string; finalUrl: string }
  | { status: 'not-modified' };

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/** Plain words for the statuses feeds fail with most. */
const STATUS_WORDS: Record<number, MessageKey> = {
  400: 'feedError_http400',
  401: 'feedError_http401',
  403: 'feedError_http403',
  404: 'feedError_http404',
  410: 'feedError_http410',
  429: 'feedError_http429',
  500: 'feedError_http500',
  502: 'feedError_http502',
  503: 'feedError_http503',
  504: 'feedError_http504',
};

function httpError(status: number): FeedError {
  return new FeedError(STATUS_WORDS[status] ?? 'feedError_http', [status]);
}

/** "20 s", "0.25 s" in the UI language. */
function seconds(ms: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 2 }).format(ms / 1000);
}

/**
 * What a failed fetch() means. Browsers and Node throw a bare TypeError for every network
 * failure; Node's says "redirect count exceeded" in its cause, browsers say nothing more.
 */
function networkError(error: unknown): FeedError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const message = error instanceof Error ? error.message : '';
  if (/redirect/i.test(`${message} ${cause}`)) return new FeedError('feedError_redirects', [], { cause: error });
  return new FeedError('feedError_unreachable', [], { cause: error });
}

/** Reads the body chunk by chunk, stopping (and cancelling the download) past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, aborted: Promise<never>): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      // Racing each read against the deadline: a stream that never ends must not hang us,
      // even when it ignores the abort signal (as a fake or a service worker's stream may).
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new FeedError('feedError_tooLarge', [formatBytes(maxBytes)]);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function requestHeaders(opts: FetchFeedOptions): Headers {
  const headers = new Headers({ Accept: ACCEPT });
  if (opts.etag) headers.set('If-None-Match', opts.etag);
  if (opts.lastModified) headers.set('If-Modified-Since', opts.lastModified);
  return headers;
}

/**
 * Fetches a feed: a GET without cookies, referrer or HTTP cache (we do our own conditional
 * requests), within `timeoutMs` for headers and body together, reading at most `maxBytes`.
 *
 * @returns the body and its validators, or `not-modified` on a 304.
 * @throws FeedError in plain words: "The server answered 500 (server error)", "Timed out after
 *   20 s", "The feed is larger than 5 MB", "Too many redirects", "Could not reach the server",
 *   "The connection broke off while downloading the feed".
 */
export async function fetchFeed(url: string, opts: FetchFeedOptions = {}): Promise<FetchResult> {
  if (!/^https?:\/\//i.test(url)) throw new FeedError('feedError_scheme');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = opts.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const timedOut = new FeedError('feedError_timeout', [seconds(timeoutMs)]);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(timedOut), { once: true });
  });
  aborted.catch(() => undefined); // only ever awaited through Promise.race
  const timer = setTimeout(() => controller.abort(timedOut), timeoutMs);
  try {
    const request = doFetch(url, {
      method: 'GET',
      headers: requestHeaders(opts),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
    });
    const response = await Promise.race([request, aborted]).catch((error: unknown) => {
      throw controller.signal.aborted ? timedOut : networkError(error);
    });
    if (response.status === 304) {
      response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw httpError(response.status);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      response.body?.cancel().catch(() => undefined);
      throw new FeedError('feedError_tooLarge', [formatBytes(maxBytes)]);
    }
    const body = await readCapped(response, maxBytes, aborted).catch((error: unknown) => {
      if (error instanceof FeedError) throw error;
      if (controller.signal.aborted) throw timedOut;
      throw new FeedError('feedError_brokeOff', [], { cause: error });
    });
    const header = (name: string) => response.headers.get(name) ?? undefined;
    return {
      status: 'ok',
      body,
      contentType: header('Content-Type'),
      etag: header('ETag'),
      lastModified: header('Last-Modified'),
      finalUrl: response.url || url,
    };
  } finally {
    clearTimeout(timer);
  }
}
