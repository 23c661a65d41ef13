/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
const SEED = {
  ap: 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly',
  reuters: 'https://www.reuters.com/world/top-us-diplomat-blinken-meets-chinas-vp-han-un-amid-strained-ties-2023-09-18/',
};
/** The seed story: AP, Reuters and WION report it; Yahoo News and The Straits Times carry the Reuters report. */
const SEED_H1 = 'Covered by 5 outlets: 3 reported it, 2 carried the Reuters copy (1 unrated)';
/** An article of a catalog outlet that no indexed story covers. */
const LONE = 'https://apnews.com/article/county-fair-pie-contest-2023';
const lonePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Retired teacher wins county fair pie contest for the fifth time | AP News</title>
<meta property="og:type" content="article"><meta property="og:title" content="Retired teacher wins county fair pie contest for the fifth time">
<meta property="og:site_name" content="AP News"><link rel="canonical" href="${LONE}">
<meta property="article:published_time" content="2023-09-18T10:00:00Z"></head><body><h1>Retired teacher wins county fair pie contest for the fifth time</h1></body></html>`;

let demo: DemoSession;
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

async function openArticle(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await demo.context.newPage();
  await page.goto(url);
  const tabId = await demo.tabIdOf(page);
  return { page, tabId };
}

async function waitForBadge(tabId: number, expected: string) {
  for (let i = 0; i < 100; i++) {
    if ((await demo.badgeText(tabId)) === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await demo.badgeText(tabId)).toBe(expected);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true, files: new Map([[LONE, { body: lonePage, contentType: 'text/html; charset=utf-8' }]]) });
});
afterAll(() => demo?.close());

describe('the popup in Chromium with the built extension', () => {
  it('shows the seed story: badge, outlet count and bias mix', async () => {
    const { page, tabId } = await openArticle(SEED.ap);
    await waitForBadge(tabId, '3');
    await shot(page, 'article');
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('matched');
    expect(await popup.textContent('h1')).toBe(SEED_H1);
    const legend = await popup.locator('section[aria-label="Bias distribution"] li').allTextContents();
    expect(legend).toEqual(['LLeft0 · 0%', 'LLLean Left1 · 34%', 'CCenter1 · 33%', 'LRLean Right0 · 0%', 'RRight0 · 0%', '?Unrated1 · 33%']);
    expect(await popup.locator('[aria-current="page"]').textContent()).toContain('Associated Press');
    await shot(popup, 'popup-matched');
    await popup.close();
    // The badge is per tab, and a navigation clears it.
    const other = await openArticle('https://apnews.com/');
    expect(await demo.badgeText(other.tabId)).toBe('');
    await page.goto('https://apnews.com/');
    await waitForBadge(tabId, '');
  });

  it('turning an outlet off in the options page changes the open popup at once', async () => {
    const { tabId } = await openArticle(SEED.reuters);
    await waitForBadge(tabId, '3');
    const popup = await demo.openPopup(tabId);
    expect(await popup.textContent('h1')).toBe(SEED_H1);
    const options = await demo.context.newPage();
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    await options.getByLabel('Search sources').fill('associated press');
    const apSwitch = options.getByRole('switch', { name: /^Associated Press apnews\.com/ });
    await apSwitch.uncheck();
    await shot(options, 'options-ap-off');
    await popup.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Covered by 4 outlets: 2 reported it, 2 carried the Reuters copy (1 unrated)',
    );
    expect(await popup.locator('section[aria-label="Bias distribution"] li').allTextContents()).toContain('CCenter1 · 50%');
    expect(await popup.locator('section[aria-label="Bias distribution"] li').allTextContents()).toContain('LLLean Left0 · 0%');
    await shot(popup, 'popup-after-toggle');
    await apSwitch.check();
    await popup.waitForFunction((h1) => document.querySelector('h1')?.textContent === h1, SEED_H1);
    await Promise.all([popup.close(), options.close()]);
  });

  it('on an outlet home page, says it is not an article and still rates the outlet', async () => {
    const { tabId } = await openArticle('https://apnews.com/');
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('not-article');
    expect(await popup.locator('section[aria-label="This outlet"]').textContent()).toContain('Lean Left');
    expect(await demo.badgeText(tabId)).toBe('');
    await shot(popup, 'popup-not-article');
    await popup.close();
  });

  it('credits every rating source with its licence on the About page', async () => {
    const about = await demo.context.newPage();
    await about.goto(`chrome-extension://${demo.extensionId}/about.html`);
    const sections = about.locator('section.panel');
    await sections.first().waitFor();
    const text = (await sections.allTextContents()).join('\n');
    expect(text).toContain('CC BY-NC 4.0');
    expect(text).toContain('CC BY-SA 4.0');
    // The feed lists and the ownership data are credited after the ratings, each with its licence.
    expect(text).toContain('CC0 1.0');
    expect(text).toContain('MIT');
    const { ratingSources, feedLists = [], ownershipSources = [] } = demo.catalog;
    expect(await sections.count()).toBe(ratingSources.length + feedLists.length + ownershipSources.length);
    await shot(about, 'about-ratings');
    await about.close();
  });

  it('on an article no other outlet covered, says so', async () => {
    const { tabId } = await openArticle(LONE);
    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('no-match');
    expect(await popup.textContent('h1')).toBe('No other outlet in your sources covered this yet');
    await shot(popup, 'popup-no-match');
    await popup.close();
  });
});
