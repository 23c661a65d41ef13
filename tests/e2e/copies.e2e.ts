/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
const AP = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
const SEED_H1 = 'Covered by 5 outlets: 3 reported it, 2 carried the Reuters copy (1 unrated)';
let demo: DemoSession;

async function waitFor(what: () => Promise<string>, expected: string) {
  for (let i = 0; i < 100 && (await what()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await what()).toBe(expected);
}

async function popupFor(url: string, scheme: 'light' | 'dark' = 'light'): Promise<{ popup: Page; tabId: number }> {
  const page = await demo.context.newPage();
  await page.goto(url);
  const tabId = await demo.tabIdOf(page);
  await waitFor(() => demo.badgeText(tabId), '3');
  const popup = await demo.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${demo.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-state="matched"]');
  return { popup, tabId };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true });
});
afterAll(() => demo?.close());

describe('wire copies in the popup, in Chromium', () => {
  it('shows the seed story’s Reuters copies as copies and AP as its own reporting, light and dark', async () => {
    const { popup } = await popupFor(AP);
    expect(await popup.textContent('h1')).toBe(SEED_H1);
    const item = (outlet: string) => popup.locator('section[aria-label="Articles"] li', { has: popup.locator('.article-outlet', { hasText: outlet }) });
    expect(await item('Yahoo News').locator('.copy-tag').textContent()).toBe('Reuters copy');
    expect(await item('The Straits Times').locator('.copy-tag').textContent()).toBe('Reuters copy');
    expect(await item('Reuters').first().locator('.copy-tag').textContent()).toBe('Reuters original');
    expect(await item('Associated Press').locator('.copy-tag').count()).toBe(0);
    await item('Yahoo News').getByRole('button', { name: 'Why grouped?' }).click();
    const why = item('Yahoo News').getByRole('group', { name: 'Why grouped' });
    expect(await why.textContent()).toContain('A copy of the Reuters report');
    expect(await why.textContent()).toMatch(/Names it shares with the story: .*Blinken/);
    await popup.screenshot({ path: `${SHOTS}/popup-copies.png`, fullPage: true });
    await popup.close();
    const dark = (await popupFor(AP, 'dark')).popup;
    await dark.locator('section[aria-label="Articles"] li', { hasText: 'Yahoo News' }).getByRole('button', { name: 'Why grouped?' }).click();
    await dark.getByRole('group', { name: 'Why grouped' }).waitFor();
    await dark.screenshot({ path: `${SHOTS}/popup-copies-dark.png`, fullPage: true });
    await dark.close();
  });

  it('"Not this story" takes an article out at once, badge included, and Undo brings it back', async () => {
    const { popup, tabId } = await popupFor(AP);
    await popup.locator('section[aria-label="Articles"] li', { hasText: 'WION' }).getByRole('button', { name: 'Not this story' }).click();
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Covered by 4 outlets: 2 reported it, 2 carried the Reuters copy');
    await waitFor(() => demo.badgeText(tabId), '2');
    const taken = popup.getByRole('region', { name: 'Not in this story' });
    expect(await taken.textContent()).toContain('WION');
    await popup.screenshot({ path: `${SHOTS}/popup-not-this-story.png`, fullPage: true });
    await taken.getByRole('button', { name: 'Undo' }).click();
    await popup.waitForFunction((h1) => document.querySelector('h1')?.textContent === h1, SEED_H1);
    await waitFor(() => demo.badgeText(tabId), '3');
    await popup.close();
  });
});
