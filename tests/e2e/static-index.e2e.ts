/// <reference types="chrome" />
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexSnapshot } from '../../utils/snapshot';
import { parseManifest, type StaticIndexManifest } from '../../utils/static-index';
import type { IndexStatus } from '../../utils/views';
import { main } from '../../scripts/index/cli';
import type { ServedFile } from '../../scripts/demo/site';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

/**
 * The extension follows a static index built by `npm run index` from real feeds: the published
 * folder is served by the demo site at a catalog feed host (a host the extension may already
 * fetch), so no permission prompt is needed.
 */
const INDEX = 'https://www.theguardian.com/parallax-index/';
const SHOTS = 'test-results/screenshots';
const FEEDS: [path: string, file: string, outletId: string][] = [
  ['/guardian.rss', 'guardian-us.rss', 'the-guardian'],
  ['/heise.atom', 'heise-developer.atom', 'heise'],
  ['/tpm.atom', 'talkingpointsmemo.atom', 'talking-points-memo'],
];
const NOW = Date.UTC(2026, 10, 28, 12);
const H = 3_600_000;

/** The demo site's files, noting every request the extension makes for one of them. */
class Requests extends Map<string, ServedFile> {
  readonly asked: string[] = [];
  override get(url: string) {
    if (url.startsWith(INDEX)) this.asked.push(url.slice(INDEX.length));
    return super.get(url);
  }
}
const files = new Requests();
const feeds = new Map<string, string | Buffer>();
let feedServer: Server;
let demo: DemoSession;
const work = mkdtempSync(join(tmpdir(), 'parallax-e2e-index-'));
const site = join(work, 'site');

async function publishVersion(at: number): Promise<StaticIndexManifest> {
  const port = (feedServer.address() as AddressInfo).port;
  writeFileSync(join(work, 'feeds.txt'), FEEDS.map(([p, , id]) => `http://127.0.0.1:${port}${p} ${id}`).join('\n'));
  expect(await main(['build', '--sources', join(work, 'feeds.txt'), '--out', site, '--retention', '20000'], { now: () => at, log: () => undefined })).toBe(0);
  for (const name of readdirSync(site))
    if (name.endsWith('.json')) files.set(INDEX + name, { body: readFileSync(join(site, name)), contentType: 'application/json' });
  const m = parseManifest(readFileSync(join(site, 'latest.json'), 'utf8'));
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

async function refreshed(until: (s: IndexStatus) => boolean): Promise<IndexStatus> {
  files.asked.length = 0;
  expect(await demo.send('refreshNow', {})).toEqual({ started: true });
  for (let i = 0; i < 300; i++) {
    const status = (await demo.send('indexStatus', {})) as IndexStatus;
    if (!status.refreshing && until(status)) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The index did not follow in 30 s');
}
const held = async () =>
  ((await demo.send('exportIndex', {})) as IndexSnapshot).articles.map(({ added: _a, ...a }) => a).sort((a, b) => (a.url < b.url ? -1 : 1));
const published = (m: StaticIndexManifest) => (JSON.parse(readFileSync(join(site, m.snapshot.path), 'utf8')) as IndexSnapshot).articles;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [path, file] of FEEDS) feeds.set(path, readFileSync(`tests/fixtures/feeds/${file}`));
  feedServer = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(feeds.get(req.url ?? '')));
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  await publishVersion(NOW);
  demo = await startDemo({ headless: true, files });
  const page = await demo.context.newPage();
  await page.goto(`chrome-extension://${demo.extensionId}/about.html`);
  await page.evaluate(
    (url) => chrome.storage.local.set({ indexSettings: { refreshMinutes: 60, retentionDays: 7, blindspotThreshold: 0.2, indexUrl: url } }),
    `${INDEX}latest.json`,
  );
  await page.close();
});
afterAll(async () => {
  await demo?.close();
  feedServer?.close();
});

describe('following a static index in Chromium', () => {
  it('takes the full snapshot, then only the hour’s delta, then refuses a tampered file', async () => {
    const v1 = parseManifest(readFileSync(join(site, 'latest.json'), 'utf8'));
    if (!v1.ok) throw new Error(v1.error);
    const first = await refreshed((s) => s.source?.version === 1);
    expect(files.asked).toEqual(['latest.json', v1.value.snapshot.path]);
    expect(first).toMatchObject({ articles: v1.value.articles, stories: v1.value.stories, label: v1.value.label, source: { url: `${INDEX}latest.json` } });
    expect(await held()).toEqual(published(v1.value));

    // An hour later TPM is dropped and the Guardian has a new item.
    FEEDS.splice(2, 1);
    feeds.set(
      '/guardian.rss',
      readFileSync('tests/fixtures/feeds/guardian-us.rss', 'utf8').replace(
        '<item>',
        '<item><title>Senate hearing on the State of the Union speech</title><link>https://www.theguardian.com/us-news/2018/feb/01/hearing</link><pubDate>Thu, 01 Feb 2018 09:00:00 GMT</pubDate></item><item>',
      ),
    );
    const v2 = await publishVersion(NOW + H);
    const second = await refreshed((s) => s.source?.version === 2);
    expect(files.asked).toEqual(['latest.json', v2.deltas[0].path]);
    expect(second).toMatchObject({ articles: v2.articles, stories: v2.stories });
    expect(await held()).toEqual(published(v2));

    // The next delta is altered on the host: nothing changes, and the options page says why.
    feeds.set(
      '/heise.atom',
      readFileSync('tests/fixtures/feeds/heise-developer.atom', 'utf8').replace(
        '<entry>',
        '<entry><title>Neue Version</title><link href="https://www.heise.de/developer/meldung/neu.html"/><id>neu</id><updated>2018-02-01T09:00:00Z</updated></entry><entry>',
      ),
    );
    const v3 = await publishVersion(NOW + 2 * H);
    const delta = v3.deltas.find((d) => d.from === 2)!;
    const good = files.get(INDEX + delta.path)!;
    files.set(INDEX + delta.path, { ...good, body: Buffer.from(good.body.toString().replace('Neue Version', 'Neue Fassung')) });
    const refused = await refreshed((s) => !!s.sourceError);
    expect(files.asked).toEqual(['latest.json', delta.path]);
    expect(refused.sourceError).toMatch(/does not match the SHA-256 latest.json gives it/);
    expect(refused).toMatchObject({ articles: v2.articles, source: { version: 2 } });
    expect(await held()).toEqual(published(v2));

    const options = await demo.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    const health = options.locator('#index-heading').locator('..');
    await health.getByRole('alert').filter({ hasText: 'SHA-256' }).waitFor();
    expect(await health.locator('dl').textContent()).toContain(`Comes from${INDEX}latest.json`);
    expect(await health.locator('dl').textContent()).toMatch(/Published.*\(version 2\), checked just now/);
    await health.screenshot({ path: `${SHOTS}/options-static-index-refused.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await health.screenshot({ path: `${SHOTS}/options-static-index-refused-dark.png` });
    await options.close();
  });
});
