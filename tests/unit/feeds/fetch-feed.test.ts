import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import { fetchFeed } from '../../../utils/feeds/fetch-feed';
import { fakeFetch, hugeStream, neverEndingStream, responseOf } from './fake-fetch';

const URL_ = 'https://news.example/feed.xml';

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedError);
  return (error as Error).message;
}

describe('fetchFeed', () => {
  it('returns the body with its type, validators and final URL', async () => {
    const { fetch } = fakeFetch(() =>
      responseOf(
        '<rss/>',
        { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v2"', 'Last-Modified': 'Mon, 03 Jun 2024 10:00:00 GMT' } },
        'https://cdn.news.example/feed.xml',
      ),
    );
    const result = await fetchFeed(URL_, { fetch });
    expect(result).toEqual({
      status: 'ok',
      body: new TextEncoder().encode('<rss/>'),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v2"',
      lastModified: 'Mon, 03 Jun 2024 10:00:00 GMT',
      finalUrl: 'https://cdn.news.example/feed.xml',
    });
  });

  it('asks conditionally, without cookies, referrer or HTTP cache', async () => {
    const { fetch, calls } = fakeFetch(() => responseOf(null, { status: 304 }));
    const result = await fetchFeed(URL_, { fetch, etag: '"v1"', lastModified: 'Sun, 02 Jun 2024 10:00:00 GMT' });
    expect(result).toEqual({ status: 'not-modified' });
    const { init } = calls[0];
    const headers = new Headers(init.headers);
    expect(headers.get('If-None-Match')).toBe('"v1"');
    expect(headers.get('If-Modified-Since')).toBe('Sun, 02 Jun 2024 10:00:00 GMT');
    expect(headers.get('Accept')).toContain('application/rss+xml');
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends no validators it does not have', async () => {
    const { fetch, calls } = fakeFetch(() => responseOf('<rss/>'));
    await fetchFeed(URL_, { fetch });
    const headers = new Headers(calls[0].init.headers);
    expect(headers.has('If-None-Match')).toBe(false);
    expect(headers.has('If-Modified-Since')).toBe(false);
  });

  it.each([
    [500, 'The server answered 500 (server error)'],
    [404, 'The server answered 404 (not found)'],
    [418, 'The server answered 418'],
  ])('reports a %i in plain words', async (status, message) => {
    const { fetch } = fakeFetch(() => responseOf('oops', { status }));
    expect(await failure(fetchFeed(URL_, { fetch }))).toBe(message);
  });

  it.each([
    ["Node's redirect loop", new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }), 'Too many redirects'],
    ["a browser's network failure", new TypeError('Failed to fetch'), 'Could not reach the server'],
    ["Node's DNS failure", new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND news.example') }), 'Could not reach the server'],
  ])('turns %s into words', async (_name, thrown, message) => {
    const { fetch } = fakeFetch(() => Promise.reject(thrown));
    expect(await failure(fetchFeed(URL_, { fetch }))).toBe(message);
  });

  it('stops reading a 50 MB body soon after the 5 MB cap, and cancels the download', async () => {
    const huge = hugeStream(50 * 1024 * 1024);
    const { fetch } = fakeFetch(() => responseOf(huge.stream));
    expect(await failure(fetchFeed(URL_, { fetch }))).toBe('The feed is larger than 5 MB');
    expect(huge.pulled()).toBeLessThan(6 * 1024 * 1024);
    expect(huge.cancelled()).toBe(true);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const huge = hugeStream(50 * 1024 * 1024);
    const { fetch } = fakeFetch(() => responseOf(huge.stream, { headers: { 'Content-Length': String(50 * 1024 * 1024) } }));
    expect(await failure(fetchFeed(URL_, { fetch, maxBytes: 1024 * 1024 }))).toBe('The feed is larger than 1 MB');
    expect(huge.pulled()).toBeLessThanOrEqual(64 * 1024); // at most what the stream queued on its own
  });

  it('accepts a body exactly at the cap', async () => {
    const { fetch } = fakeFetch(() => responseOf(hugeStream(4 * 1024, 1024).stream));
    const result = await fetchFeed(URL_, { fetch, maxBytes: 4 * 1024 });
    expect(result.status === 'ok' && result.body.byteLength).toBe(4 * 1024);
  });

  it('times out on a body that never finishes', async () => {
    const { fetch } = fakeFetch(() => responseOf(neverEndingStream()));
    expect(await failure(fetchFeed(URL_, { fetch, timeoutMs: 50 }))).toBe('Timed out after 0.05 sec');
  });

  it('times out on a server that never answers, even if fetch ignores the signal', async () => {
    const { fetch } = fakeFetch(() => new Promise<Response>(() => undefined));
    expect(await failure(fetchFeed(URL_, { fetch, timeoutMs: 30 }))).toBe('Timed out after 0.03 sec');
  });

  it('times out through the signal, as a real fetch aborts', async () => {
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    );
    expect(await failure(fetchFeed(URL_, { fetch, timeoutMs: 30 }))).toBe('Timed out after 0.03 sec');
  });

  it('reports a connection that breaks off mid-body', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<rss>'));
        controller.error(new TypeError('terminated'));
      },
    });
    const { fetch } = fakeFetch(() => responseOf(stream));
    expect(await failure(fetchFeed(URL_, { fetch }))).toBe('The connection broke off while downloading the feed');
  });

  it('refuses addresses that are not http(s), without fetching', async () => {
    const { fetch, calls } = fakeFetch(() => responseOf('<rss/>'));
    expect(await failure(fetchFeed('file:///etc/passwd', { fetch }))).toBe('The feed address must start with http:// or https://');
    expect(calls).toHaveLength(0);
  });
});
