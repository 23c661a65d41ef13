/// <reference types="chrome" />
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originsFor, type AccessStatus } from '../../utils/access';
import type { Catalog } from '../../utils/model';
import type { IndexStatus } from '../../utils/views';
import { EXTENSION_DIR, PRODUCTION_DIR, readBuilt, startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('the production and test manifests', () => {
  it('production asks for no host at install and declares no content script; every host is optional', () => {
    const m = manifest(PRODUCTION_DIR);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.permissions).toEqual(['storage', 'alarms', 'activeTab', 'scripting']);
  });

  it('the test build differs only in holding, from install, the hosts of every catalog source', () => {
    const production = manifest(PRODUCTION_DIR);
    const { host_permissions: granted, ...rest } = manifest(EXTENSION_DIR);
    expect(rest).toEqual(production);
    expect(granted).toEqual(originsFor(readBuilt<Catalog>('catalog.json').outlets));
    // Every other file of the two builds is the same, byte for byte.
    const mine = files(PRODUCTION_DIR)
      .map((f) => relative(PRODUCTION_DIR, f))
      .sort();
    expect(
      files(EXTENSION_DIR)
        .map((f) => relative(EXTENSION_DIR, f))
        .sort(),
    ).toEqual(mine);
    const differing = mine.filter((f) => !readFileSync(join(PRODUCTION_DIR, f)).equals(readFileSync(join(EXTENSION_DIR, f))));
    expect(differing).toEqual(['manifest.json']);
  });
});

let demo: DemoSession;
const shot = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};
const status = () => demo.send('indexStatus', {}) as Promise<IndexStatus>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Every host name goes to the local site, which logs each request: nothing can leave unseen.
  demo = await startDemo({ headless: true, extensionDir: PRODUCTION_DIR, demoIndex: false, catchAll: true });
});
afterAll(() => demo?.close());

describe('a fresh install of the production build', () => {
  it('opens the first-run page, holds an empty index, no host and no content script, and fetches nothing', async () => {
    let welcome: Page | undefined;
    for (let i = 0; i < 50 && !welcome; i++) {
      welcome = demo.context.pages().find((p) => p.url().endsWith('/welcome.html'));
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    expect(welcome?.url()).toBe(`chrome-extension://${demo.extensionId}/welcome.html`);
    await welcome!.getByRole('button', { name: /^Turn on only these countries’ sources/ }).waitFor();
    await shot(welcome!, 'first-run-choice');

    const s = await status();
    expect(s).toMatchObject({ articles: 0, stories: 0 });
    expect(s.label).toBeUndefined();
    expect(s.access).toMatchObject({ chosen: false, missing: s.access!.sources });
    expect(await demo.worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
    expect(await demo.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    // Even a refresh asked for by hand reads nothing without a grant.
    expect(await demo.send('refreshNow', {})).toEqual({ started: true });
    for (let i = 0; i < 50 && !(await status()).lastRefresh; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await status()).lastRefresh).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2000));
    expect(demo.site.requests).toEqual([]);
    expect((await status()).articles).toBe(0);
  });

  it('the popup points to the first-run page before the reader chose, then says what access is missing', async () => {
    // An article the reader clicked the icon on (activeTab read it): the worker holds its report.
    const article = demo.articles.find((a) => a.url.startsWith('https://apnews.com/'))!;
    const page = await demo.context.newPage();
    await page.goto(article.url);
    const tabId = await demo.tabIdOf(page);
    await demo.worker.evaluate(
      ([id, url, title]) =>
        chrome.storage.session.set({
          [`tab-${id}`]: { url, article: { title, canonicalUrl: url, outletDomain: 'apnews.com' }, storyId: null, at: Date.now() },
        }),
      [tabId, article.url, article.title] as const,
    );
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('index-empty');
    expect(await popup.getByRole('region', { name: 'Access' }).textContent()).toContain('Parallax reads no feeds until you choose your sources.');
    await shot(popup, 'popup-access-choose');

    // The reader chose their country's sources and declined the browser's prompt.
    const usOff = demo.catalog.outlets.filter((o) => o.country !== 'US').map((o) => o.id);
    await demo.worker.evaluate((off) => chrome.storage.local.set({ sourcesChosen: Date.now(), disabledSources: off }), usOff);
    const us = demo.catalog.outlets.length - usOff.length;
    await popup.getByText(`Parallax may not read the feeds and sites of your ${us} sources`, { exact: false }).waitFor();
    const access = (await status()).access as AccessStatus;
    expect(access).toMatchObject({ chosen: true, sources: us, missing: us });
    expect(access.origins).toEqual(originsFor(demo.catalog.outlets.filter((o) => o.country === 'US')));
    expect(await popup.getByRole('button', { name: 'Allow access to them' }).isVisible()).toBe(true);
    await shot(popup, 'popup-access-missing');
    await popup.close();
    await page.close();

    // The options page says the same, above the sources, with the same offer.
    const options = await demo.context.newPage();
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    const notice = options.getByRole('region', { name: 'Access' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Parallax may not read the feeds and sites of your ${us} sources`);
    expect(await notice.getByRole('button', { name: 'Allow access to them' }).isVisible()).toBe(true);
    await shot(options, 'options-access-missing');
    await options.close();
  });

  it('choosing on the first-run page opens the browser’s prompt: the request is one the manifest allows, and nothing is fetched while it waits', async () => {
    const welcome = demo.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    const before = demo.site.requests.length;
    await welcome.getByRole('button', { name: /^Turn on only these countries’ sources/ }).click();
    // A request the manifest does not allow is refused at once (the page would say so); this
    // one waits for the reader's answer, which automation cannot give.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await welcome.getByRole('alert').count()).toBe(0);
    expect(await welcome.getByRole('status').textContent()).toBe('');
    expect(await demo.worker.evaluate(() => chrome.storage.local.get('sourcesChosen'))).toMatchObject({ sourcesChosen: expect.any(Number) });
    expect(demo.site.requests.slice(before)).toEqual([]);
  });
});
