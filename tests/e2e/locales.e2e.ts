/// <reference types="chrome" />
/**
 * Parallax in the browser's language, in real Chromium: French with `--lang=fr` alone (the flag
 * switches the extension's bundle, and its formats follow the bundle), German with `--lang=de`
 * and `LANGUAGE=de` (the whole browser in German), English for comparison. Words are read from
 * the bundles, dates and numbers from the browser's own `Intl`. In English and French, Arabic and
 * Hebrew headlines (tests/fixtures/rtl) must read right to left inside the left-to-right popup.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSession } from '../../scripts/demo/session';
import { cutText, directionOf, englishLeft, pageIntl, rtlArticles, words } from './support/locale';

const SHOTS = 'test-results/screenshots';
const SEED = 'https://apnews.com/article/blinken-china-han-zheng-un-general-assembly';
/** The seed story's bias legend (popup.e2e.ts): count and whole percentage per bias. */
const SEED_LEGEND = [
  ['bias_left', 0, 0],
  ['bias_leanLeft', 1, 34],
  ['bias_center', 1, 33],
  ['bias_leanRight', 0, 0],
  ['bias_right', 0, 0],
  ['bias_unrated', 1, 33],
] as const;
const RTL = rtlArticles();
const [ARABIC, HEBREW] = RTL;

type Lang = 'fr' | 'de' | 'en';
const LAUNCHES: Record<Lang, { args: string[]; env?: Record<string, string> }> = {
  fr: { args: ['--lang=fr'] },
  de: { args: ['--lang=de'], env: { LANGUAGE: 'de' } },
  en: { args: ['--lang=en-US'], env: { LANGUAGE: 'en' } },
};

const shot = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

async function start(lang: Lang): Promise<DemoSession> {
  mkdirSync(SHOTS, { recursive: true });
  const demo = await startDemo({ headless: true, demoIndex: false, extraArticles: RTL, ...LAUNCHES[lang] });
  const snapshot = JSON.parse(readFileSync('scripts/demo/data/demo-index.json', 'utf8')) as { articles: unknown[] };
  const text = JSON.stringify({ ...snapshot, articles: [...snapshot.articles, ...RTL] });
  const reply = (await demo.send('importIndex', { text, demo: true })) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(`The index was refused: ${reply.error}`);
  return demo;
}

async function popupOn(demo: DemoSession, url: string): Promise<Page> {
  const page = await demo.context.newPage();
  await page.goto(url);
  const popup = await demo.openPopup(await demo.tabIdOf(page));
  await page.close();
  return popup;
}

async function extensionPage(demo: DemoSession, path: string): Promise<Page> {
  const page = await demo.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`chrome-extension://${demo.extensionId}/${path}`);
  return page;
}

describe.each(['fr', 'de'] as const)('Chromium in %s', (lang) => {
  const w = words(lang);
  let demo: DemoSession;
  beforeAll(async () => {
    demo = await start(lang);
  });
  afterAll(() => demo?.close());

  it('picks the bundle of the language and names the extension in it', async () => {
    const page = await extensionPage(demo, 'about.html');
    const seen = await page.evaluate(async () => ({
      ui: chrome.i18n.getUILanguage(),
      bundle: chrome.i18n.getMessage('locale'),
      self: await chrome.management.getSelf(),
    }));
    expect(seen.bundle).toBe(lang);
    if (LAUNCHES[lang].env) expect(seen.ui.split('-')[0]).toBe(lang);
    expect(seen.self.name).toBe(w.t('extName'));
    expect(seen.self.description).toBe(w.t('extDescription'));
    expect(seen.self.description).not.toBe(words('en').t('extDescription'));
    await page.close();
  });

  it('shows the popup of a matched article with its words, dates and percentages', async () => {
    const popup = await popupOn(demo, SEED);
    expect(await popup.getAttribute('body', 'data-state')).toBe('matched');
    const legend = await popup
      .locator('ul.dist-legend li:has(.swatch[class*="bias-"])')
      .evaluateAll((els) => els.map((e) => [e.querySelector('.legend-label')?.textContent ?? '', e.querySelector('.legend-figures')?.textContent ?? '']));
    const times = await popup.locator('time[datetime]').evaluateAll((els) => els.map((e) => [e.getAttribute('datetime') ?? '', e.textContent ?? '']));
    const intl = await pageIntl(
      popup,
      lang,
      times.map(([iso]) => iso),
    );
    const english = await pageIntl(
      popup,
      'en',
      times.map(([iso]) => iso),
    );
    expect(legend).toHaveLength(SEED_LEGEND.length);
    SEED_LEGEND.forEach(([key, count, percent], i) => {
      expect(legend[i]).toEqual([w.t(key), `${count} · ${intl.percents[percent]}`]);
    });
    expect(times.length).toBeGreaterThan(0);
    expect(times.map(([, text]) => text)).toEqual(intl.dates);
    expect(intl.dates).not.toEqual(english.dates);
    const articles = await popup.locator('section.details dd').allTextContents();
    expect(articles.some((text) => w.pluralPattern('common_articles', '\\d+').test(text))).toBe(true);
    expect(await englishLeft(popup, lang)).toEqual([]);
    expect(await popup.getAttribute('html', 'lang')).toBe(lang);
    expect(await cutText(popup)).toEqual({ cutWords: [], overflowX: 0 });
    await shot(popup, `popup-${lang}`);
    await popup.close();
  });

  it('shows the options page with its words and counts', async () => {
    const options = await extensionPage(demo, 'options.html');
    const total = JSON.parse(readFileSync('scripts/demo/data/demo-index.json', 'utf8')).articles.length + RTL.length;
    await options.getByText(w.tn('common_articles', total)).first().waitFor();
    const text = (await options.locator('body').textContent()) ?? '';
    for (const key of ['bias_leanLeft', 'bias_center', 'bias_unrated']) expect(text).toContain(w.t(key));
    expect(text).toMatch(w.pluralPattern('common_stories', '\\d+'));
    expect(await englishLeft(options, lang)).toEqual([]);
    expect(await cutText(options)).toEqual({ cutWords: [], overflowX: 0 });
    await shot(options, `options-${lang}`);
    await options.close();
  });

  it('shows the first-run page with counts over a thousand grouped as the language does', async () => {
    const welcome = await extensionPage(demo, 'welcome.html');
    await welcome.locator('.region-picker').waitFor();
    const { group } = await pageIntl(welcome, lang, []);
    expect(group).not.toBe(',');
    const text = (await welcome.locator('.region-picker').textContent()) ?? '';
    const thousands = `\\d{1,3}(?:${group.replace(/[.]/g, '\\.')}\\d{3})+`;
    expect(text).toMatch(w.pluralPattern('common_feeds', thousands));
    expect(text).not.toMatch(/\d,\d{3}/);
    expect(await englishLeft(welcome, lang)).toEqual([]);
    expect(await cutText(welcome)).toEqual({ cutWords: [], overflowX: 0 });
    await shot(welcome, `first-run-${lang}`);
    await welcome.close();
  });

  if (lang === 'fr') rtlTests(lang, () => demo);
});

describe('Chromium in English', () => {
  let demo: DemoSession;
  beforeAll(async () => {
    demo = await start('en');
  });
  afterAll(() => demo?.close());

  it('keeps the English bundle and name', async () => {
    const page = await extensionPage(demo, 'about.html');
    const self = await page.evaluate(() => chrome.management.getSelf());
    expect(self.description).toBe(words('en').t('extDescription'));
    await page.close();
  });

  rtlTests('en', () => demo);
});

/** Arabic and Hebrew headlines in a left-to-right popup. */
function rtlTests(lang: Lang, session: () => DemoSession) {
  it.each([
    ['Arabic', ARABIC],
    ['Hebrew', HEBREW],
  ] as const)('reads an %s headline right to left inside the popup', async (script, article) => {
    // The reader arrives at the `www.` address; the index holds the address without it.
    const popup = await popupOn(session(), article.url.replace('https://', 'https://www.'));
    expect(await popup.getAttribute('body', 'data-state')).toBe('matched');
    for (const other of [ARABIC, HEBREW]) {
      const seen = await directionOf(popup, other.title);
      expect(seen, `${other.title} in the popup`).toBeDefined();
      expect(seen?.isolatedBy).toMatch(/^bdi|\[dir=auto\]$/);
      expect(seen?.direction).toBe('rtl');
      expect(seen?.unicodeBidi).toMatch(/isolate/);
      expect(seen?.listDirection).toBe('ltr');
      expect(seen?.bodyDirection).toBe('ltr');
      expect(seen?.h1Direction).toBe('ltr');
    }
    expect(await cutText(popup)).toEqual({ cutWords: [], overflowX: 0 });
    await shot(popup, `popup-rtl-${script.toLowerCase()}-${lang}`);
    await popup.close();
  });
}
