/// <reference types="chrome" />
/**
 * A representative part of the hostile-page corpus (tests/fixtures/hostile-pages), served by the
 * demo site at a catalog outlet's address so the built extension's content script reads it in
 * Chromium: the page sees no error from Parallax, and the worker holds a valid reading of the
 * tab (the page's headline, or "not an article") and has set the badge.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedFile } from '../../scripts/demo/site';
import { startDemo, type DemoSession } from '../../scripts/demo/session';
import type { TabState } from '../../utils/tab-state';
import { checkPayload } from '../../utils/worker/payloads';
import { HOSTILE_PAGES, hostileUrl, type HostilePage } from '../fixtures/hostile-pages/corpus';

const SUBSET = process.env.ONLY
  ? process.env.ONLY.split(',')
  : [
      'giant-dom-50k',
      'jsonld-huge',
      'jsonld-deep-arrays',
      'jsonld-cyclic-ids',
      'jsonld-proto-keys',
      'meta-flood',
      'hostile-urls',
      'frames',
      'empty',
      'svg-document',
      'title-storm',
      'dom-churn',
      'no-json',
      'json-parse-lies',
      'array-methods-throw',
      'object-prototype-getters',
      'string-methods-throw',
      'no-promise',
      'no-url',
      'no-observers-or-timers',
      'dom-queries-throw',
      'reflect-function-tampered',
      // Last: Chromium dispatches every pushState to the worker as a tab update (hundreds a second),
      // which slows every answer of the worker while the page is open.
      'pushstate-storm',
    ];
const pages = SUBSET.map((name) => HOSTILE_PAGES.find((p) => p.name === name)!);
let demo: DemoSession;

/** The page as served: its script first, so it has done its damage before the content script runs. */
function served(page: HostilePage): ServedFile {
  if (page.name === 'svg-document') return { body: page.html, contentType: 'image/svg+xml' };
  return { body: `${page.script ? `<script>${page.script}</script>` : ''}${page.html}`, contentType: 'text/html; charset=utf-8' };
}

/** Fails with `what` instead of hanging when a step takes longer than `ms`. */
async function within<T>(what: string, task: Promise<T>, ms = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([task, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function tabState(tabId: number): Promise<TabState | undefined> {
  return demo.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as TabState | undefined, `tab-${tabId}`);
}

beforeAll(async () => {
  demo = await startDemo({ headless: true, files: new Map(pages.map((p) => [hostileUrl(p), served(p)])) });
});
afterAll(() => demo?.close());

describe('hostile pages in Chromium', () => {
  it('has a representative part of the corpus to serve', () => {
    expect(pages.every(Boolean)).toBe(true);
    expect(pages.filter((p) => p.script).length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: no page error, and the worker holds a valid reading', async (_name, hostile) => {
    const page: Page = await demo.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    // (The demo site answers a favicon request with a 404, which Chromium logs.)
    page.on('console', (msg) => void (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && errors.push(`console: ${msg.text()}`)));
    await within('goto', page.goto(hostileUrl(hostile), { waitUntil: 'load' }));
    // Only one page of the site is open at a time; a history storm has moved its URL on already.
    const tabId = await within(
      'tab id',
      demo.worker.evaluate(async (origin) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(origin))?.id, new URL(hostileUrl(hostile)).origin),
    );
    expect(tabId).toBeDefined();
    let state: TabState | undefined;
    for (let i = 0; i < 200 && !state; i++) {
      state = await within('tab state', tabState(tabId!));
      if (!state) await page.waitForTimeout(50);
    }
    expect(state, 'the worker got the content script’s message').toBeDefined();
    // What the worker stored passes the same check its router applies to every message.
    expect(() => checkPayload('pageArticle', { url: state!.url, article: state!.article })).not.toThrow();
    if (hostile.expect === null) expect(state!.article).toBeNull();
    else if (hostile.expect !== 'either') expect(state!.article?.title).toBe(hostile.expect.title);
    // No story covers these pages: the badge is set, and empty.
    expect(await within('badge', demo.badgeText(tabId!))).toBe('');
    await page.waitForTimeout(hostile.script ? 1500 : 0);
    expect(errors).toEqual([]);
    await within('close', page.close());
  });
});
