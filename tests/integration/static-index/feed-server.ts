import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string | Uint8Array;
  contentType: string;
  status?: number;
}

/**
 * A plain HTTP server on 127.0.0.1 serving what `files` holds at each path (change the map to
 * change the site), with an ETag per body and 304 answers to a matching If-None-Match, as feed
 * servers and static hosts do. Every request is logged with its conditional header.
 */
export async function startServer(files: Map<string, Served>) {
  const log: { path: string; ifNoneMatch?: string; status: number }[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = files.get(path);
    const ifNoneMatch = req.headers['if-none-match'];
    const done = (status: number) => log.push({ path, ifNoneMatch, status });
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone', () => done(404));
    const etag = `"${createHash('sha1').update(file.body).digest('hex').slice(0, 16)}"`;
    if ((file.status ?? 200) === 200 && ifNoneMatch === etag) return void res.writeHead(304, { etag }).end(() => done(304));
    res.writeHead(file.status ?? 200, { 'content-type': file.contentType, etag }).end(file.body, () => done(file.status ?? 200));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
