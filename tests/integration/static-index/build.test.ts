import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../utils/article/normalize-url';
import type { IndexedArticle } from '../../../utils/model';
import { parseSnapshot } from '../../../utils/snapshot';
import { parseDelta, parseManifest, sha256Hex, type IndexDelta, type StaticIndexManifest } from '../../../utils/static-index';
import { main } from '../../../scripts/index/cli';
import { startServer, type Served } from './feed-server';

/** Real feeds (tests/fixtures/feeds, see its README), served from 127.0.0.1. */
const FEEDS: [path: string, file: string, outletId: string, type: string][] = [
  ['/guardian.rss', 'guardian-us.rss', 'the-guardian', 'application/rss+xml'],
  ['/heise.atom', 'heise-developer.atom', 'heise', 'application/atom+xml'],
  ['/nbc.rss', 'nbc-new-york.rss', 'nbc-new-york', 'application/rss+xml'],
  ['/wapo.rss', 'washingtonpost-wellness.rss', 'the-washington-post', 'application/rss+xml'],
  ['/tpm.atom', 'talkingpointsmemo.atom', 'talking-points-memo', 'application/atom+xml'],
  ['/science.rdf', 'science-magazine.rdf', 'science', 'application/rdf+xml'],
];
const NOW = Date.UTC(2026, 10, 28, 12);
const H = 3_600_000;
const NEW_ITEMS = [
  ['https://www.theguardian.com/us-news/2018/feb/01/state-of-the-union-reaction-democrats', 'Democrats answer Trump State of the Union address on unity'],
  ['https://www.theguardian.com/world/2018/feb/01/new-story-on-a-distant-topic', 'Volcanic eruption forces evacuation of Pacific island villages'],
];
const withNewItems = (rss: string) =>
  rss.replace(
    '<item>',
    `${NEW_ITEMS.map(([link, title]) => `<item><title>${title}</title><link>${link}</link><pubDate>Thu, 01 Feb 2018 09:00:00 GMT</pubDate><description>${title}.</description></item>`).join('')}<item>`,
  );

const files = new Map<string, Served>();
let server: Awaited<ReturnType<typeof startServer>>;
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `parallax-${name}-`));
const sourcesFile = (dir: string, without: string[] = []) => {
  const path = join(dir, 'feeds.txt');
  writeFileSync(
    path,
    ['# feeds of the test index', ...FEEDS.filter(([p]) => !without.includes(p)).map(([p, , id]) => `${server.origin}${p} ${id}`)].join('\n'),
  );
  return path;
};
const build = (sources: string, out: string, at: number) =>
  main(['build', '--sources', sources, '--out', out, '--retention', '20000', '--keep', '3'], { now: () => at, log: () => undefined });
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const manifestOf = (dir: string): StaticIndexManifest => {
  const parsed = parseManifest(read(dir, 'latest.json'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const snapshotOf = (dir: string, m: StaticIndexManifest): IndexedArticle[] => {
  const parsed = parseSnapshot(read(dir, m.snapshot.path));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot.articles;
};
/** What a reader does with a delta, on plain arrays. */
function applyDelta(articles: IndexedArticle[], delta: IndexDelta): IndexedArticle[] {
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  for (const url of delta.removed) byUrl.delete(url);
  for (const [url, storyId] of delta.moved) byUrl.set(url, { ...byUrl.get(url)!, storyId });
  for (const a of delta.added) byUrl.set(a.url, a);
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
}

beforeAll(async () => {
  for (const [path, file, , contentType] of FEEDS) files.set(path, { body: readFileSync(`tests/fixtures/feeds/${file}`), contentType });
  server = await startServer(files);
});
afterAll(() => server.close());

describe('npm run index -- build, run twice against local feed servers', () => {
  it('publishes a snapshot, then a delta with the new items and without the feed that was dropped', async () => {
    const work = tmp('work');
    const out = join(work, 'site');
    expect(await build(sourcesFile(work), out, NOW)).toBe(0);
    const first = manifestOf(out);
    expect(first).toMatchObject({ sequence: 1, deltas: [] });
    const v1 = snapshotOf(out, first);
    expect(first.articles).toBe(v1.length);
    expect(new Set(v1.map((a) => a.outletId))).toEqual(new Set(FEEDS.map(([, , id]) => id)));
    const tpm = v1.filter((a) => a.outletId === 'talking-points-memo').map((a) => a.url);
    const science = v1.filter((a) => a.outletId === 'science');
    expect(tpm.length).toBeGreaterThan(0);

    // An hour later: the Guardian has two new items, TPM left the sources, Science's feed is gone (404).
    files.set('/guardian.rss', { ...files.get('/guardian.rss')!, body: withNewItems(read('tests/fixtures/feeds', 'guardian-us.rss')) });
    const scienceFile = files.get('/science.rdf')!;
    files.delete('/science.rdf');
    server.log.length = 0;
    expect(await build(sourcesFile(work, ['/tpm.atom']), out, NOW + H)).toBe(0);
    files.set('/science.rdf', scienceFile);

    // Conditional GETs: unchanged feeds answered 304 to the ETag of the first run.
    expect(
      server.log
        .filter((r) => r.status === 304)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/heise.atom', '/nbc.rss', '/wapo.rss']);
    expect(server.log.every((r) => r.ifNoneMatch)).toBe(true);

    const second = manifestOf(out);
    expect(second.sequence).toBe(2);
    expect(second.deltas.map((d) => d.from)).toEqual([1]);
    const v2 = snapshotOf(out, second);
    const deltaText = read(out, second.deltas[0].path);
    const parsed = parseDelta(deltaText, { series: first.series, from: 1, to: 2 });
    if (!parsed.ok) throw new Error(parsed.error);
    const delta = parsed.value;
    expect(delta.added.map((a) => a.url).sort()).toEqual(NEW_ITEMS.map(([u]) => normalizeUrl(u)).sort());
    expect(delta.removed.sort()).toEqual(tpm.sort());
    // A feed that failed keeps its articles: a server's bad hour does not empty the index.
    expect(v2.filter((a) => a.outletId === 'science')).toEqual(science);
    expect(applyDelta(v1, delta)).toEqual(v2);
    expect(delta).toMatchObject({ articles: v2.length, stories: second.stories });

    // Every file is what latest.json says, and a reader one hour behind downloads far less.
    for (const f of [second.snapshot, ...second.deltas]) {
      const bytes = readFileSync(join(out, f.path));
      expect(bytes.byteLength).toBe(f.bytes);
      expect(await sha256Hex(bytes)).toBe(f.sha256);
    }
    expect(second.deltas[0].bytes * 10).toBeLessThan(second.snapshot.bytes);
    expect(gunzipSync(gzipSync(deltaText)).toString()).toBe(deltaText);

    // A third run with nothing new writes no new version.
    expect(await build(sourcesFile(work, ['/tpm.atom']), out, NOW + 2 * H)).toBe(0);
    expect(manifestOf(out).sequence).toBe(2);
  });

  it('gives byte-identical files for the same feeds and clock', async () => {
    files.set('/guardian.rss', { ...files.get('/guardian.rss')!, body: readFileSync('tests/fixtures/feeds/guardian-us.rss') });
    const a = tmp('a');
    const b = tmp('b');
    const sources = sourcesFile(a);
    for (const out of [a, b]) {
      await build(sources, join(out, 'site'), NOW);
      await build(sources, join(out, 'site'), NOW + H);
    }
    const names = readdirSync(join(a, 'site'))
      .filter((n) => n.endsWith('.json'))
      .sort();
    expect(names).toEqual(
      readdirSync(join(b, 'site'))
        .filter((n) => n.endsWith('.json'))
        .sort(),
    );
    expect(names).toContain('latest.json');
    for (const name of names) expect(read(join(a, 'site'), name), name).toBe(read(join(b, 'site'), name));
  });

  it('runs as the publishing workflow runs it, from the command line', async () => {
    const dir = tmp('cli');
    const args = [
      'tsx',
      'scripts/index/cli.ts',
      'build',
      '--sources',
      sourcesFile(dir),
      '--out',
      join(dir, 'site'),
      '--state',
      join(dir, 'state'),
      '--retention',
      '20000',
      '--progress',
    ];
    // Asynchronously: the feed server answers from this process.
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile('npx', args, { encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error ? (child.exitCode ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^6 feeds: \d read/m);
    expect(result.stdout).toMatch(/version 1: \d+ articles in \d+ stories/);
    expect(manifestOf(join(dir, 'site')).sequence).toBe(1);
    expect(readdirSync(join(dir, 'state'))).toEqual(['state.json']);
  }, 60_000);

  it('accepts the options of the command the publishing workflow runs, and publishes the folder it uploads', async () => {
    const workflow = read('.github/workflows', 'publish-index.yml');
    const line = /run: npm run index -- (.+)/.exec(workflow)?.[1] ?? '';
    const args = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
    const value = (flag: string) => args[args.indexOf(flag) + 1];
    expect(args[0]).toBe('build');
    expect(value('--sources')).toBe('catalog');
    expect(workflow).toContain(`path: ${value('--out')}\n`);
    // Run with the same options, the catalog's feeds swapped for the local ones.
    const dir = tmp('workflow');
    const local = args.map((a, i) =>
      args[i - 1] === '--sources' ? sourcesFile(dir) : args[i - 1] === '--out' || args[i - 1] === '--state' ? join(dir, a) : a,
    );
    expect(await main([...local, '--retention', '20000'], { now: () => NOW, log: () => undefined })).toBe(0);
    expect(manifestOf(join(dir, value('--out'))).label).toBe(value('--label'));
    expect(readdirSync(join(dir, value('--state')))).toEqual(['state.json']);
  });
});
