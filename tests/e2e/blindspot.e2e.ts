import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, startDemo } from '../../scripts/demo/session';

const SHOTS = 'test-results/screenshots';
/** The demo's blindspot story (scripts/demo/data/blindspot-story.json): five rated outlets, none on the Right. */
const CNN = 'https://money.cnn.com/2014/03/31/autos/rear-facing-cameras/';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
let demo: DemoSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true });
});
afterAll(() => demo?.close());

describe('the demo’s blindspot story', () => {
  it('flags a blindspot for the Right, with the counts behind it, in light and dark', async () => {
    const page = await demo.context.newPage();
    await page.goto(CNN);
    const tabId = await demo.tabIdOf(page);
    // The Inquirer ran Reuters' report under Reuters' headline: the badge counts the 4 that reported it.
    for (let i = 0; i < 50 && (await demo.badgeText(tabId)) !== '4'; i++) await page.waitForTimeout(100);
    expect(await demo.badgeText(tabId)).toBe('4');

    const popup = await demo.openPopup(tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('matched');
    expect(await popup.textContent('h1')).toBe('Covered by 5 outlets: 4 reported it, 1 carried the Reuters copy');
    const legend = await popup.locator('section[aria-label="Bias distribution"] li').allTextContents();
    expect(legend).toEqual(['LLeft1 · 25%', 'LLLean Left1 · 25%', 'CCenter2 · 50%', 'LRLean Right0 · 0%', 'RRight0 · 0%', '?Unrated0 · 0%']);
    const body = await popup.textContent('body');
    expect(body).toContain('Blindspot for the Right: 3 of 5 rated outlets (60%) are on the Left, 0 (0%) on the Right.');
    await shot(popup, 'popup-blindspot');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shot(popup, 'popup-blindspot-dark');
    await Promise.all([popup.close(), page.close()]);
  });
});
