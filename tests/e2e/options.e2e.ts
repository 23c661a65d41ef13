/// <reference types="chrome" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
/** A feed on a host the extension may already read (a catalog feed host), so no permission prompt opens. */
const FEED = 'https://feeds.feedburner.com/harbour-gazette';
const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbourgazette.co.uk/</link>
<item><title>Ferry timetable changes from Monday</title><link>https://harbourgazette.co.uk/ferry</link><pubDate>Mon, 18 Sep 2023 09:00:00 GMT</pubDate></item>
<item><title>Lifeboat crew rescue two sailors</title><link>https://harbourgazette.co.uk/lifeboat</link><pubDate>Mon, 18 Sep 2023 11:00:00 GMT</pubDate></item>
</channel></rss>`;
const FILES = 'test-results/options-files';

let demo: DemoSession;
let page: Page;
const shot = (p: Page, name: string, fullPage = true) => p.screenshot({ path: `${SHOTS}/options-${name}.png`, fullPage });
/** What the extension holds in storage.local, read in its worker. */
const stored = <T>(key: string) => demo.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;

async function waitForStored<T>(key: string, test: (value: T | undefined) => boolean) {
  for (let i = 0; i < 50; i++) {
    if (test(await stored<T>(key))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await stored<T>(key)).toBe('a value passing the test');
}

async function openOptions(): Promise<Page> {
  const p = await demo.context.newPage();
  await p.goto(`chrome-extension://${demo.extensionId}/options.html`);
  await p.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
  return p;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(FILES, { recursive: true });
  demo = await startDemo({ headless: true, files: new Map([[FEED, { body: RSS, contentType: 'application/rss+xml' }]]) });
  page = await openOptions();
});
afterAll(() => demo?.close());

describe('the options page in Chromium with the built extension', () => {
  it('finds an outlet despite a typo, and its switch turns it off and on', async () => {
    await shot(page, 'overview', false);
    await page.getByLabel('Search sources').fill('asociated pres');
    const ap = page.getByRole('switch', { name: /^Associated Press apnews\.com/ });
    await expect.poll(() => ap.isChecked()).toBe(true);
    await ap.uncheck();
    await waitForStored<string[]>('disabledSources', (v) => !!v?.includes('ap'));
    await shot(page, 'search-toggle');
    await ap.check();
    await waitForStored<string[]>('disabledSources', (v) => !v?.includes('ap'));
  });

  it('turns every source of a filter off, then on again', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Country').selectOption('FR');
    const french = demo.catalog.outlets.filter((o) => o.country === 'FR').map((o) => o.id);
    await page.getByRole('button', { name: `Turn all ${french.length} off` }).click();
    await waitForStored<string[]>('disabledSources', (v) => french.every((id) => v?.includes(id)) && v?.length === french.length);
    expect(await page.getByRole('switch', { checked: true }).count()).toBe(0);
    await page.getByRole('button', { name: `Turn all ${french.length} on` }).click();
    await waitForStored<string[]>('disabledSources', (v) => v?.length === 0);
  });

  it('overrides a rating, shows it as “your rating” beside the original, and resets it', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search sources').fill('reuters');
    await page.getByRole('button', { name: 'Edit ratings of Reuters' }).click();
    const editor = page.getByRole('form', { name: 'Your ratings of Reuters' });
    await editor.getByLabel('Your bias rating').selectOption('lean-right');
    await editor.getByRole('button', { name: 'Save' }).click();
    const row = page.locator('li.source', { has: page.getByRole('switch', { name: /^Reuters/ }) });
    await expect.poll(() => row.textContent()).toContain('your rating');
    expect(await row.textContent()).toContain('Lean Right');
    expect(await row.textContent()).toContain('(original: Center)');
    await waitForStored<Record<string, unknown>>('ratingOverrides', (v) => JSON.stringify(v?.reuters) === '{"bias":"lean-right"}');
    await shot(page, 'override');
    await page.getByRole('button', { name: 'Reset your rating of Reuters' }).click();
    await expect.poll(() => row.textContent()).not.toContain('your rating');
    await waitForStored<Record<string, unknown>>('ratingOverrides', (v) => !!v && !('reuters' in v));
  });

  it('adds a source by its feed: the page fetches and parses the feed, then stores it as the reader’s', async () => {
    await page.getByRole('button', { name: 'Add a source by its feed…' }).click();
    const form = page.getByRole('form', { name: 'Add a source' });
    await form.getByLabel(/Feed address/).fill(FEED);
    await form.getByLabel('Domains it publishes under').fill('harbourgazette.co.uk');
    await form.getByLabel('Your bias rating').selectOption('center');
    await form.getByLabel('Country').selectOption('GB');
    await form.getByRole('button', { name: 'Check the feed and add it' }).click();
    await page.getByText('Added \u2068Harbour Gazette\u2069: its feed lists 2 items now.').waitFor();
    const custom = await stored<{ id: string; custom: boolean; bias: { source: string } }[]>('customSources');
    expect(custom).toMatchObject([
      {
        id: 'custom-harbour-gazette',
        name: 'Harbour Gazette',
        domains: ['harbourgazette.co.uk'],
        feeds: [FEED],
        custom: true,
        bias: { value: 'center', source: 'user' },
      },
    ]);
    await page.getByLabel('Search sources').fill('harbour');
    expect(await page.getByRole('switch', { name: /^Harbour Gazette/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Edit Harbour Gazette' }).first().click();
    await shot(page, 'custom-source');
    await page.getByRole('button', { name: 'Cancel' }).first().click();
  });

  it('exports the settings to a file and imports them back; a bad file is refused and changes nothing', async () => {
    const minutes = page.getByLabel('Refresh the index every (minutes)');
    await minutes.fill('45');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitForStored<{ refreshMinutes: number }>('indexSettings', (v) => v?.refreshMinutes === 45);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    const file = `${FILES}/settings.json`;
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'parallax-settings', version: 1, indexSettings: { refreshMinutes: 45 } });

    await minutes.fill('120');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitForStored<{ refreshMinutes: number }>('indexSettings', (v) => v?.refreshMinutes === 120);
    await page.getByLabel('Import a settings file').setInputFiles(file);
    await waitForStored<{ refreshMinutes: number }>('indexSettings', (v) => v?.refreshMinutes === 45);
    await expect.poll(() => minutes.inputValue()).toBe('45');
    expect(await page.getByText('Settings imported from settings.json.').count()).toBe(1);

    const bad = `${FILES}/bad-settings.json`;
    writeFileSync(bad, JSON.stringify({ ...saved, indexSettings: { ...saved.indexSettings, refreshMinutes: 1 } }));
    await page.getByLabel('Import a settings file').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'bad-settings.json was refused, and nothing changed: Index settings: "refreshMinutes" (minutes between refreshes) must be a number from 5 to 1440.',
    );
    expect((await stored<{ refreshMinutes: number }>('indexSettings'))?.refreshMinutes).toBe(45);
    await page.getByRole('heading', { name: 'Settings', exact: true }).scrollIntoViewIfNeeded();
    await shot(page, 'settings');
  });

  it('reaches a source switch by keyboard alone and flips it with Space', async () => {
    const p = await openOptions();
    const first = [...demo.catalog.outlets].sort((a, b) => a.name.localeCompare(b.name))[0];
    let tabs = 0;
    for (; tabs < 30; tabs++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate(() => document.activeElement?.getAttribute('role') === 'switch')) break;
    }
    expect(tabs).toBeLessThan(15);
    const focused = await p.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { label: el.labels?.[0]?.textContent ?? '', checked: el.checked, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.label.startsWith(first.name)).toBe(true);
    expect(focused.checked).toBe(true);
    expect(focused.outline).not.toBe('none');
    await p.keyboard.press('Space');
    await waitForStored<string[]>('disabledSources', (v) => !!v?.includes(first.id));
    await shot(p, 'keyboard', false);
    await p.keyboard.press('Space');
    await waitForStored<string[]>('disabledSources', (v) => !v?.includes(first.id));
    await p.close();
  });

  it('lists each feed’s health and flags one that keeps failing', async () => {
    // Feed health is what the worker's refresher writes; a page of the extension can write it too.
    const [ok, failing, blip] = demo.catalog.outlets.filter((o) => o.feeds.length > 0);
    const now = Date.now();
    const rows = [
      {
        url: ok.feeds[0],
        outletId: ok.id,
        lastAttempt: now - 600_000,
        lastSuccess: now - 600_000,
        lastError: null,
        consecutiveFailures: 0,
        itemsSeen: 40,
        nextAllowed: 0,
      },
      {
        url: failing.feeds[0],
        outletId: failing.id,
        lastAttempt: now - 60_000,
        lastSuccess: now - 3 * 86_400_000,
        lastError: 'The server answered 404 (not found)',
        consecutiveFailures: 4,
        itemsSeen: 25,
        nextAllowed: 0,
      },
      {
        url: blip.feeds[0],
        outletId: blip.id,
        lastAttempt: now - 60_000,
        lastSuccess: now - 7_200_000,
        lastError: 'Timed out after 20 s',
        consecutiveFailures: 1,
        itemsSeen: 12,
        nextAllowed: 0,
      },
    ];
    await page.evaluate(async (feeds) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('feeds', 'readwrite');
      for (const row of feeds) tx.objectStore('feeds').put(row);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, rows);
    await page.reload();
    const health = page.locator('details.feed-health');
    await health.waitFor();
    expect(await health.locator('summary').textContent()).toBe('Feed status: 3 feeds, 1 failing');
    const first = health.locator('tbody tr').first();
    expect(await first.textContent()).toContain(failing.name);
    expect(await first.textContent()).toContain('Failing: 4 times in a row');
    expect(await first.textContent()).toContain('The server answered 404 (not found)');
    await page.getByRole('heading', { name: 'Your story index' }).scrollIntoViewIfNeeded();
    await shot(page, 'index-health', false);
  });

  it('shows the index health, and exports and re-imports the index', async () => {
    const index = page.getByRole('region', { name: 'Your story index' });
    await expect.poll(() => index.textContent()).toContain(`${demo.articles.length} articles`);
    expect(await index.textContent()).toMatch(/Storage used\d/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the index' }).click()]);
    const file = `${FILES}/index.json`;
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).articles).toHaveLength(demo.articles.length);
    await page.getByLabel('Import an index file').setInputFiles(file);
    await expect.poll(() => index.textContent()).toContain(`Imported ${demo.articles.length} articles from index.json.`);
  });

  it('looks right in dark mode', async () => {
    await page.getByLabel('Search sources').fill('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 29)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'dark', false);
    await page.getByRole('heading', { name: 'Your story index' }).scrollIntoViewIfNeeded();
    await shot(page, 'dark-index', false);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the first-run page says what stays on the device and keeps only the chosen countries’ sources on', async () => {
    const welcome = await demo.context.newPage();
    await welcome.goto(`chrome-extension://${demo.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to Parallax' }).waitFor();
    expect(await welcome.getByRole('region', { name: 'What stays on this device' }).textContent()).toContain('The pages you read never leave your device');
    for (const box of await welcome.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
    await welcome.getByRole('checkbox', { name: /^France/ }).check();
    await welcome.getByRole('checkbox', { name: /^Germany/ }).check();
    await shot(welcome, 'welcome');
    await welcome.getByRole('button', { name: /^Turn on only these countries’ sources/ }).click();
    const keep = new Set(demo.catalog.outlets.filter((o) => o.country === 'FR' || o.country === 'DE').map((o) => o.id));
    await waitForStored<string[]>('disabledSources', (v) => v?.length === demo.catalog.outlets.length - keep.size && v.every((id) => !keep.has(id)));
    expect(await welcome.getByRole('status').textContent()).toBe(`Done: ${keep.size} sources from those countries are on, the others off.`);
    await welcome.getByRole('link', { name: 'Open the options page' }).click();
    await welcome.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
    // The reader's own source (added above) stays on: they chose it one by one.
    const mine = (await stored<unknown[]>('customSources'))?.length ?? 0;
    expect(mine).toBe(1);
    const count = new Intl.NumberFormat('en').format;
    expect(await welcome.getByText(`${count(demo.catalog.outlets.length + mine)} sources match, ${count(keep.size + mine)} on`).count()).toBe(1);
    await welcome.close();
  });
});
