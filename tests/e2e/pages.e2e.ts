/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReadingHistory, openExtensionPage, SEED_STORY, seedDiet } from '../../scripts/demo/pages';
import { startDemo, type DemoSession } from '../../scripts/demo/session';
import type { DietView } from '../../utils/diet/diet-view';
import type { IndexSnapshot } from '../../utils/snapshot';

const SHOTS = 'test-results/screenshots';
const SEED = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
let demo: DemoSession;

/** Light and dark screenshots of a page as it is now. */
async function shoot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}${colorScheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const figure = async (page: Page, name: string) =>
  console.log(
    JSON.stringify({ figure: `${name}: page open to content drawn`, value: Number(await page.getAttribute('body', 'data-rendered-ms')), unit: 'ms' }),
  );

async function openArticle(url: string) {
  const page = await demo.context.newPage();
  await page.goto(url);
  const tabId = await demo.tabIdOf(page);
  for (let i = 0; i < 100 && !(await demo.badgeText(tabId)); i++) await page.waitForTimeout(100);
  return { page, tabId };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({ headless: true });
});
afterAll(() => demo?.close());

describe('the full-tab pages on the demo', () => {
  it('the popup’s “Open full coverage” opens the story page, with the reader’s article marked', async () => {
    const { page, tabId } = await openArticle(SEED);
    const popup = await demo.openPopup(tabId);
    const href = await popup.getByRole('link', { name: 'Open full coverage' }).getAttribute('href');
    expect(href).toBe(`chrome-extension://${demo.extensionId}/story.html?id=${encodeURIComponent(SEED_STORY)}&from=${encodeURIComponent(SEED)}`);
    expect(await popup.getByRole('navigation', { name: 'Parallax pages' }).getByRole('link').allTextContents()).toEqual([
      'Today’s stories',
      'Blindspots',
      'My news diet',
    ]);
    const story = await openExtensionPage(demo, href!.split('/').pop()!);
    expect(await story.getAttribute('body', 'data-state')).toBe('ready');
    expect(await story.textContent('h1')).toBe('Blinken meets Chinese VP as US-China contacts increase ahead of possible summit');
    const seed = demo.articles.filter((a) => a.storyId === SEED_STORY);
    expect(await story.textContent('.covered')).toMatch(new RegExp(`^${seed.length} articles from ${new Set(seed.map((a) => a.outletId)).size} outlets`));
    expect(await story.locator('[aria-current="page"]').last().textContent()).toContain('Associated Press');
    // One bar segment per bias per time step: at least one, at most one per article.
    const rects = await story
      .getByRole('img', { name: /^Articles over time/ })
      .locator('rect')
      .count();
    expect(rects).toBeGreaterThan(0);
    expect(rects).toBeLessThanOrEqual(seed.length);
    expect(await story.title()).toBe('Blinken meets Chinese VP as US-China contacts increase ahead of possible summit · Parallax');
    await figure(story, `story page (${seed.length} articles)`);
    await shoot(story, 'page-story');
    // Keyboard: the country filter is reachable and narrows the list.
    await story.getByLabel('Country').selectOption('IN');
    expect(await story.locator('section[aria-label="Articles"] li').count()).toBe(1);
    await Promise.all([story.close(), popup.close(), page.close()]);
    const missing = await openExtensionPage(demo, 'story.html?id=nope');
    expect(await missing.textContent('h1')).toBe('This story is not in your index');
    await missing.close();
  });

  it('today’s stories: the snapshot’s last day, every story ranked, and a misspelt search', async () => {
    const page = await openExtensionPage(demo, 'stories.html');
    await figure(page, `today's stories (${new Set(demo.articles.map((a) => a.storyId)).size} stories)`);
    expect(await page.getByRole('note').textContent()).toMatch(/no article from the last 48 hours/);
    expect(await page.getByRole('list', { name: 'Top stories' }).getByRole('link').allTextContents()).toEqual([
      'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    ]);
    await page.getByRole('button', { name: 'Every story held' }).click();
    // The worker answers the wider window: the status follows.
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${new Set(demo.articles.map((a) => a.storyId)).size} stories held`);
    await shoot(page, 'page-stories');
    await page.getByLabel('Search all stories').fill('colin powel covid');
    expect(await page.getByRole('list', { name: 'Matching stories' }).getByRole('link').first().textContent()).toBe(
      'Colin Powell dies from Covid complications',
    );
    await page.getByRole('list', { name: 'Matching stories' }).getByRole('link').first().click();
    await page.waitForSelector('body[data-state="ready"] .story-head');
    expect(await page.textContent('h1')).toBe('Colin Powell dies from Covid complications');
    await page.close();
  });

  it('blindspots: both lists, with the counts that decided each and the rule in force', async () => {
    const page = await openExtensionPage(demo, 'blindspots.html');
    const stories = new Set(demo.articles.map((a) => a.storyId)).size;
    // The demo's 2014 story: five rated outlets, none on the Right. Its three-outlet roundups are too small to judge.
    expect(await page.getByRole('heading', { name: /Barely covered by the Left/ }).textContent()).toBe('Barely covered by the Left (0)');
    expect(await page.getByRole('heading', { name: /Barely covered by the Right/ }).textContent()).toBe('Barely covered by the Right (1)');
    const right = page.getByRole('region', { name: /Barely covered by the Right/ });
    expect(await right.locator('.verdict').textContent()).toMatch(/^Blindspot for the Right: \d+ of 5 rated outlets .* 0 \(0%\) on the Right\.$/);
    expect(await page.textContent('main')).toContain(`${stories} stories held; 1 had enough rated outlets to judge.`);
    expect(await page.textContent('.lead')).toMatch(/at least 5 outlets with a bias rating/);
    await shoot(page, 'page-blindspots');
    await page.close();
  });

  it('my news diet: off by default, records an opened article once on, and clears with one click', async () => {
    const diet = () => demo.send('dietView', {}) as Promise<DietView>;
    let page = await openExtensionPage(demo, 'diet.html');
    expect(await page.getByRole('switch').isChecked()).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe('Off: nothing is recorded.');
    await (await openArticle(SEED)).page.close();
    expect((await diet()).entries).toBe(0);

    await page.getByRole('switch', { name: 'Keep my news diet on this device' }).check();
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.startsWith('On.'));
    await (await openArticle(SEED)).page.close();
    for (let i = 0; i < 50 && (await diet()).entries === 0; i++) await page.waitForTimeout(100);
    expect(await diet()).toMatchObject({ entries: 1, week: { reads: 1, topOutlets: [{ name: 'Associated Press', reads: 1 }] } });
    const exported = (await demo.send('exportIndex', {})) as IndexSnapshot;
    expect(exported.diet).toBeUndefined();
    expect(((await demo.send('exportIndex', { includeDiet: true })) as IndexSnapshot).diet).toHaveLength(1);

    await page.reload();
    await page.getByRole('button', { name: 'Clear my diet' }).click();
    await page.getByText('Cleared 1 entry.').waitFor();
    expect((await diet()).entries).toBe(0);
    await page.close();

    await seedDiet(demo, demoReadingHistory(demo.articles, Date.now()));
    const requests: string[] = [];
    demo.context.on('request', (r) => requests.push(r.url()));
    page = await openExtensionPage(demo, 'diet.html');
    const month = page.getByRole('region', { name: 'Last 30 days', exact: true });
    expect(await month.textContent()).toMatch(/\d+ articles read/);
    const percents = (await month.getByRole('region', { name: 'Bias, last 30 days' }).locator('.legend-figures').allTextContents()).map((t) =>
      Number(t.split('·')[1].replace('%', '')),
    );
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    expect(await page.getByRole('list', { name: 'Suggested stories' }).getByRole('link').count()).toBeGreaterThan(0);
    await shoot(page, 'page-diet');
    // The diet page asks nothing of the network: everything it shows comes from this device.
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${demo.extensionId}/`))).toEqual([]);
    await page.close();
  });
});
