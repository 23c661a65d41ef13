/**
 * Fake fetch and stream builders for feed tests: no network, and no large buffers (a "50 MB"
 * body is one shared 64 KB chunk enqueued again and again, counted as it is pulled).
 */

/** A Response whose `url` is set, as a real redirected response's would be. */
export function responseOf(body: BodyInit | null, init: ResponseInit = {}, url = ''): Response {
  const response = new Response(body, init);
  if (url) Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** An endless-looking stream of `total` bytes; `pulled()` tells how many were produced. */
export function hugeStream(total: number, chunkSize = 64 * 1024) {
  const chunk = new Uint8Array(chunkSize).fill(0x20);
  let produced = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => produced, cancelled: () => cancelled };
}

/** A stream that sends `first` and then never ends (nor errors). */
export function neverEndingStream(first = '<rss><channel>') {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
  });
}

/** A fake fetch answering from a handler, recording each request it was given. */
export function fakeFetch(handler: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof fetch;
  return { fetch: fn, calls };
}
