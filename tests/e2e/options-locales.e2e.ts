/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/demo/chromium';
import { EXTENSION_DIR } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
const bundle = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

/** Elements whose text runs past their own box, and whether the page scrolls sideways: German words are long. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const cut = [...document.querySelectorAll<HTMLElement>('button, label, legend, h1, h2, h3, summary, th, td, dt, dd, a, p')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => el.textContent?.slice(0, 60));
    return { cut, sideways: document.documentElement.scrollWidth > window.innerWidth };
  });

describe.each(['fr', 'de'])('the options and first-run pages with Chromium in %s', (lang) => {
  const words = bundle(lang);
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ context, extensionId } = await launchWithExtension({ extensionPath: EXTENSION_DIR, headless: true, args: [`--lang=${lang}`] }));
  });
  afterAll(() => context?.close());

  it.each(['light', 'dark'] as const)('shows the options page in the browser’s language (%s), nothing cut or overflowing', async (scheme) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { name: words.options_sourcesHeading.message, exact: true }).waitFor();
    expect(await page.title()).toBe(words.options_title.message);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.getByRole('button', { name: words.options_refreshNow.message }).waitFor();
    // A catalog outlet's editor open, so its labels and feed evidence show too.
    await page.locator('.sources button[aria-expanded]').first().click();
    expect(await overflow(page)).toEqual({ cut: [], sideways: false });
    await page.screenshot({ path: `${SHOTS}/options-${lang}-${scheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
    expect((await overflow(page)).sideways).toBe(false);
    await page.screenshot({ path: `${SHOTS}/options-${lang}-${scheme}-narrow.png`, fullPage: false });
    await page.close();
  });

  it('shows the first-run page in the browser’s language, countries named in it', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await page.getByRole('heading', { level: 1, name: words.welcome_title.message }).waitFor();
    expect(await page.title()).toBe(words.welcome_title.message);
    const france = new Intl.DisplayNames([lang], { type: 'region' }).of('FR')!;
    await page.getByRole('checkbox', { name: new RegExp(`^${france}`) }).waitFor();
    expect(await overflow(page)).toEqual({ cut: [], sideways: false });
    await page.screenshot({ path: `${SHOTS}/welcome-${lang}.png`, fullPage: true });
    await page.close();
  });
});
