import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../utils/db';
import { fetchFeed } from '../../../utils/feeds/fetch-feed';
import { parseSnapshot } from '../../../utils/snapshot';
import { parseManifest, type StaticIndexManifest } from '../../../utils/static-index';
import { followIndex } from '../../../utils/worker/follow-index';
import { createIndexStore } from '../../../utils/worker/index-store';
import { main } from '../../../scripts/index/cli';
import { startServer, type Served } from './feed-server';

const NOW = Date.UTC(2026, 10, 28, 12);
const H = 3_600_000;
const FEEDS: [path: string, file: string, outletId: string][] = [
  ['/feeds/guardian.rss', 'guardian-us.rss', 'the-guardian'],
  ['/feeds/heise.atom', 'heise-developer.atom', 'heise'],
  ['/feeds/tpm.atom', 'talkingpointsmemo.atom', 'talking-points-memo'],
  ['/feeds/wapo.rss', 'washingtonpost-wellness.rss', 'the-washington-post'],
];
const files = new Map<string, Served>();
let server: Awaited<ReturnType<typeof startServer>>;
const work = mkdtempSync(join(tmpdir(), 'parallax-follow-'));
const site = join(work, 'site');
let clock = NOW;

/** Builds the next version from the feeds as served now, and serves the published folder. */
async function buildAndServe(without: string[] = []) {
  const list = join(work, 'feeds.txt');
  writeFileSync(
    list,
    FEEDS.filter(([p]) => !without.includes(p))
      .map(([p, , id]) => `${server.origin}${p} ${id}`)
      .join('\n'),
  );
  expect(await main(['build', '--sources', list, '--out', site, '--retention', '20000'], { now: () => clock, log: () => undefined })).toBe(0);
  for (const key of [...files.keys()]) if (key.startsWith('/index/')) files.delete(key);
  for (const name of readdirSync(site))
    if (name.endsWith('.json')) files.set(`/index/${name}`, { body: readFileSync(join(site, name)), contentType: 'application/json' });
  const m = parseManifest(readFileSync(join(site, 'latest.json'), 'utf8'));
  if (!m.ok) throw new Error(m.error);
  return m.value;
}
const snapshotOf = (m: StaticIndexManifest) => {
  const parsed = parseSnapshot(readFileSync(join(site, m.snapshot.path), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot.articles;
};

const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const store = createIndexStore(db, () => clock);
const follow = () => followIndex(`${server.origin}/index/latest.json`, { store, fetchFeed, now: () => clock });
/** A headline changed in place: the size stays, the bytes differ. */
const sameSizeEdit = (b: Buffer) => {
  const copy = Buffer.from(b);
  const at = copy.indexOf('"title":"') + 9;
  copy[at] = copy[at] === 0x58 ? 0x59 : 0x58;
  return copy;
};
const held = async () => (await db.articles.toArray()).map(({ added: _a, ...a }) => a);

beforeAll(async () => {
  for (const [path, file] of FEEDS) files.set(path, { body: readFileSync(`tests/fixtures/feeds/${file}`), contentType: 'application/xml' });
  server = await startServer(files);
});
afterAll(() => server.close());

describe('the extension following a static index', () => {
  let v1: StaticIndexManifest;
  let v2: StaticIndexManifest;

  it('takes the full snapshot when it holds nothing, then asks with a conditional GET', async () => {
    v1 = await buildAndServe();
    server.log.length = 0;
    expect(await follow()).toBe('snapshot');
    expect(await held()).toEqual(snapshotOf(v1));
    expect(await store.counts()).toEqual({ articles: v1.articles, stories: v1.stories });
    expect((await store.meta())?.follow).toMatchObject({ series: v1.series, sequence: 1 });

    clock += H / 2;
    expect(await follow()).toBe('current');
    expect(server.log.map((r) => [r.path, r.status])).toEqual([
      ['/index/latest.json', 200],
      [`/index/${v1.snapshot.path}`, 200],
      ['/index/latest.json', 304],
    ]);
    expect(server.log[2].ifNoneMatch).toBeTruthy();
  });

  it('downloads only the delta an hour later, and ends where a full import would', async () => {
    clock += H;
    files.set('/feeds/guardian.rss', {
      ...files.get('/feeds/guardian.rss')!,
      body: readFileSync('tests/fixtures/feeds/guardian-us.rss', 'utf8').replace(
        '<item>',
        '<item><title>Senate hearing on the State of the Union speech</title><link>https://www.theguardian.com/us-news/2018/feb/01/hearing</link><pubDate>Thu, 01 Feb 2018 09:00:00 GMT</pubDate></item><item>',
      ),
    });
    v2 = await buildAndServe(['/feeds/tpm.atom']);
    server.log.length = 0;
    expect(await follow()).toBe('delta');
    // Nothing but the manifest and the one file it names: what the reader reads is never asked about.
    expect(server.log.map((r) => r.path)).toEqual(['/index/latest.json', `/index/${v2.deltas[0].path}`]);
    expect(await held()).toEqual(snapshotOf(v2));

    const fresh = createDb({ name: 'full', indexedDB: new IDBFactory(), IDBKeyRange });
    const full = createIndexStore(fresh, () => clock);
    const parsed = parseSnapshot(readFileSync(join(site, v2.snapshot.path), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    await full.importSnapshot(parsed.snapshot, 'url');
    const byId = (rows: { id: string }[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await db.stories.toArray())).toEqual(byId(await fresh.stories.toArray()));
    expect(await store.counts()).toEqual({ articles: v2.articles, stories: v2.stories });
    expect((await store.meta())?.follow?.sequence).toBe(2);
  });

  it.each([
    ['tampered', (b: Buffer) => sameSizeEdit(b), /does not match the SHA-256/],
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 10), /cut short or altered/],
    ['grown', (b: Buffer) => Buffer.concat([b, Buffer.from(' ')]), /larger than/],
  ])('refuses a %s file and changes nothing, saying why', async (_name, spoil, why) => {
    clock += H;
    files.set('/feeds/heise.atom', {
      ...files.get('/feeds/heise.atom')!,
      body: readFileSync('tests/fixtures/feeds/heise-developer.atom', 'utf8').replace(
        '<entry>',
        `<entry><title>Neue Version ${clock}</title><link href="https://www.heise.de/developer/meldung/neu-${clock}.html"/><id>neu-${clock}</id><updated>2018-02-01T09:00:00Z</updated></entry><entry>`,
      ),
    });
    const before = await held();
    const beforeMeta = (await store.meta())?.follow;
    const next = await buildAndServe(['/feeds/tpm.atom']);
    const delta = next.deltas.find((d) => d.from === beforeMeta?.sequence)!;
    const path = `/index/${delta.path}`;
    const good = files.get(path)!;
    files.set(path, { ...good, body: spoil(Buffer.from(good.body)) });
    await expect(follow()).rejects.toThrow(why);
    expect(await held()).toEqual(before);
    expect((await store.meta())?.follow).toEqual(beforeMeta);
    expect((await store.meta())?.followError?.message).toMatch(why);

    // Once the host serves the right file again, the next check catches up and clears the error.
    files.set(path, good);
    expect(await follow()).toBe('delta');
    expect(await held()).toEqual(snapshotOf(next));
    expect((await store.meta())?.followError).toBeUndefined();
  });

  it('takes the snapshot instead when the local copy drifted from the version it claims', async () => {
    clock += H;
    files.set('/feeds/wapo.rss', {
      ...files.get('/feeds/wapo.rss')!,
      body: readFileSync('tests/fixtures/feeds/washingtonpost-wellness.rss', 'utf8').replace(
        '<item>',
        '<item><title>A new wellness column</title><link>https://www.washingtonpost.com/wellness/new-column</link><pubDate>Thu, 01 Feb 2018 09:00:00 GMT</pubDate></item><item>',
      ),
    });
    const [first] = await store.urls();
    await store.remove([first]);
    const next = await buildAndServe(['/feeds/tpm.atom']);
    expect(await follow()).toBe('snapshot');
    expect(await held()).toEqual(snapshotOf(next));
  });
});
