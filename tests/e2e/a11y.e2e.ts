/// <reference types="chrome" />
import { mkdirSync, readdirSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, startDemo, type DemoSession } from '../../scripts/demo/session';

/**
 * axe-core on every view of the extension, light and dark: no serious or critical violation.
 * Extension pages' CSP refuses an injected <script>, so axe's source is evaluated in the page.
 */
const AXE = axe.source;
const SHOTS = 'test-results/screenshots/a11y';
const SCHEMES = ['light', 'dark'] as const;
const AP = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
const LONE = 'https://apnews.com/article/county-fair-pie-contest-2023';
const OUTSIDE = 'https://www.harbourgazette.co.uk/news/ferry-timetable-changes-from-monday';
const article = (title: string, url: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><link rel="canonical" href="${url}">
<meta property="article:published_time" content="2023-09-18T10:00:00Z"></head><body><h1>${title}</h1></body></html>`;

/**
 * Extension pages, one line each: the file and what shows it is drawn. Every other page of the build
 * is checked too, once its #app has content; list it here when it needs more to be ready.
 */
const PAGES: { file: string; ready: string }[] = [
  { file: 'options.html', ready: 'h2:text-is("Sources")' },
  { file: 'welcome.html', ready: 'h1:text-is("Welcome to Parallax")' },
  { file: 'about.html', ready: 'section.panel' },
];

/** Popup states: how the state is reached, and the tab to describe. Run in order (the last ones empty the index). */
const POPUP_STATES: { state: string; setup?: (demo: DemoSession) => Promise<unknown>; tab: (demo: DemoSession) => Promise<number>; hold?: boolean }[] = [
  { state: 'loading', tab: async () => 1, hold: true },
  { state: 'error', tab: async () => 987_654 },
  { state: 'matched', tab: (d) => tabOf(d, AP) },
  { state: 'not-article', tab: (d) => tabOf(d, 'https://apnews.com/') },
  { state: 'no-match', tab: (d) => tabOf(d, LONE) },
  // Without the reader's click (activeTab) the page outside the catalog is not read: the popup says so.
  { state: 'outside-catalog', tab: (d) => tabOf(d, OUTSIDE) },
  { state: 'outlet-disabled', setup: (d) => d.worker.evaluate(() => chrome.storage.local.set({ disabledSources: ['ap'] })), tab: (d) => tabOf(d, AP) },
  {
    state: 'index-empty',
    setup: (d) => d.worker.evaluate(() => chrome.storage.local.set({ disabledSources: [] })).then(() => d.send('clearIndex', {})),
    tab: (d) => tabOf(d, AP),
  },
  {
    state: 'refreshing',
    setup: (d) => d.worker.evaluate(() => chrome.storage.session.set({ refreshProgress: { done: 12, total: 80, at: Date.now() } })),
    tab: (d) => tabOf(d, AP),
  },
];

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

let demo: DemoSession;
const tabs = new Map<string, number>();
const results: Record<string, Record<string, Record<string, number>>> = {};

async function tabOf(d: DemoSession, url: string): Promise<number> {
  const known = tabs.get(url);
  if (known !== undefined) return known;
  const page = await d.context.newPage();
  await page.goto(url);
  // Outside the catalog the extension may not read the tab's URL: find it as the active tab.
  await page.bringToFront();
  const id = (await d.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id)) as number;
  tabs.set(url, id);
  return id;
}

/** Runs axe; returns the serious and critical violations as readable lines, and records every impact's count. */
async function audit(page: Page, view: string, scheme: string): Promise<string[]> {
  await page.evaluate(AXE);
  const { violations } = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  const counts: Record<string, number> = {};
  for (const v of violations) counts[`${v.impact ?? 'none'} ${v.id}`] = v.nodes.length;
  (results[view] ??= {})[scheme] = counts;
  // The popup whole; a long page (the options' source list) by its first screen.
  await page.screenshot({ path: `${SHOTS}/${view}-${scheme}.png`, fullPage: view.startsWith('popup') });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 6)
          .join(', ')}${v.nodes.length > 6 ? ` and ${v.nodes.length - 6} more` : ''}`,
    );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const files = new Map([
    [LONE, { body: article('Retired teacher wins county fair pie contest for the fifth time', LONE), contentType: 'text/html; charset=utf-8' }],
    [OUTSIDE, { body: article('Ferry timetable changes from Monday as winter schedule begins', OUTSIDE), contentType: 'text/html; charset=utf-8' }],
  ]);
  demo = await startDemo({ headless: true, files });
});
afterAll(async () => {
  console.log(JSON.stringify({ figure: 'axe violations per view (nodes by impact and rule)', results }));
  await demo?.close();
});

describe('accessibility (axe-core) of every extension page, light and dark', () => {
  const built = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html') && f !== 'popup.html');
  const pages = [...PAGES, ...built.filter((f) => !PAGES.some((p) => p.file === f)).map((file) => ({ file, ready: '#app > *' }))];
  it.each(pages.flatMap((p) => SCHEMES.map((scheme) => ({ ...p, scheme }))))('$file ($scheme)', async ({ file, ready, scheme }) => {
    const page = await demo.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${demo.extensionId}/${file}`);
    await page.locator(ready).first().waitFor();
    expect(await audit(page, file.replace('.html', ''), scheme)).toEqual([]);
    await page.close();
  });

  it('checks pages the build has (a renamed page is not silently skipped)', () => {
    expect(PAGES.map((p) => p.file).filter((f) => !built.includes(f))).toEqual([]);
  });
});

describe('accessibility (axe-core) of the popup in every state, light and dark', () => {
  it.each(POPUP_STATES)('popup: $state', async ({ state, setup, tab, hold }) => {
    await setup?.(demo);
    const tabId = await tab(demo);
    for (const scheme of SCHEMES) {
      const popup = await demo.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      // The loading state is held by a worker that never answers.
      if (hold) await popup.addInitScript(() => (chrome.runtime.sendMessage = (() => new Promise(() => undefined)) as never));
      await popup.goto(`chrome-extension://${demo.extensionId}/popup.html?tabId=${tabId}`);
      const expected = state === 'outlet-disabled' ? 'matched' : state === 'refreshing' ? 'building' : state === 'outside-catalog' ? undefined : state;
      if (hold) await popup.locator('[role="status"]').first().waitFor();
      else await popup.waitForSelector(expected ? `body[data-state="${expected}"]` : 'body[data-state]:not([data-state="loading"])');
      if (state === 'refreshing') await popup.waitForSelector('text=/Reading 12 of 80 feeds/');
      expect(await audit(popup, `popup-${state}`, scheme)).toEqual([]);
      await popup.close();
    }
  });
});
