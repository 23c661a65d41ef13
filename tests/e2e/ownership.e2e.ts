/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSession } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
/** A demo story covered by Voice of America, which the media data lists as state-funded. */
const VOA = 'https://voanews.com/a/biden-approval-ratings-in-decline/6266296.html';

let demo: DemoSession;
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true });
});
afterAll(() => demo?.close());

describe('ownership labels in Chromium with the built extension', () => {
  it('the popup labels a state-funded outlet and sums up who owns the coverage', async () => {
    const page = await demo.context.newPage();
    await page.goto(VOA);
    const tabId = await demo.tabIdOf(page);
    const popup = await demo.openPopup(tabId);
    await popup.waitForFunction(() => document.body.dataset.state === 'matched');
    expect(await popup.getByLabel('Ownership').textContent()).toMatch(/^1 of 3 outlets is state-funded/);
    const card = popup.getByRole('region', { name: 'This outlet' });
    expect(await card.locator('.tag.state-funded').textContent()).toBe('State-funded');
    expect(await card.textContent()).toContain('Kagi News media data');
    await shot(popup, 'popup-ownership');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shot(popup, 'popup-ownership-dark');
    await popup.close();
  });

  it('the options list labels state-funded outlets and shows where each feed came from', async () => {
    const options = await demo.context.newPage();
    await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
    await options.getByLabel('Search sources').fill('voice of america');
    const row = options.locator('li.source', { has: options.getByRole('switch', { name: /^Voice of America/ }) });
    expect(await row.locator('.tag.state-funded').textContent()).toBe('State-funded');
    await options.getByLabel('Search sources').fill('france 24');
    await options.getByRole('button', { name: 'Edit ratings of France 24' }).click();
    const feeds = options.getByRole('region', { name: 'Feeds of France 24' });
    expect(await feeds.locator('li').count()).toBeGreaterThan(0);
    expect(await feeds.textContent()).toContain('listed by');
    await shot(options, 'options-ownership-feeds');
    // The same keystroke figure as scripts/bench/options-search.ts, in the real browser (printed, not asserted).
    const times = await options.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const out: number[] = [];
      for (const query of ['guardian', 'le monde', 'reuters', 'deutsche welle', 'times of india', 'xinhua']) {
        for (let i = 0; i <= query.length; i++) {
          input.value = query.slice(0, i);
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 0));
          void document.body.offsetHeight;
          out.push(performance.now() - start);
        }
      }
      return out.sort((a, b) => a - b);
    });
    const at = (q: number) => Math.round(times[Math.floor(times.length * q)] * 10) / 10;
    console.log(
      JSON.stringify({ figure: 'options search keystroke -> list drawn (Chromium)', median: at(0.5), p95: at(0.95), unit: 'ms', keystrokes: times.length }),
    );
    await options.emulateMedia({ colorScheme: 'dark' });
    await shot(options, 'options-ownership-feeds-dark');
  });
});
