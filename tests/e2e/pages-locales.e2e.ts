/// <reference types="chrome" />
/**
 * The full-tab pages in a French and a German browser: the words come from that bundle, the tab's
 * title and the document's language follow it, dates are written that language's way, and real
 * Arabic and Hebrew headlines (tests/fixtures/rtl) keep their own direction inside the page. Screenshots, light
 * and dark, of each page in each language.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReadingHistory, openExtensionPage, SEED_STORY, seedDiet } from '../../scripts/demo/pages';
import { startDemo, type DemoSession } from '../../scripts/demo/session';
import { messageSourceFrom, setMessageSource, t, tn } from '../../utils/i18n/translate';
import type { IndexedArticle } from '../../utils/model';
import type { IndexSnapshot } from '../../utils/snapshot';
import { rtlArticles } from './support/locale';

const SHOTS = 'test-results/screenshots';
const bundleOf = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

async function shoot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}${colorScheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const [ARABIC, HEBREW] = rtlArticles();
const ARABIC_STORY = 'fixture:rtl-arabic';
const HEBREW_STORY = 'fixture:rtl-hebrew';

/** The real Arabic and Hebrew headlines of tests/fixtures/rtl, each its own story, so each heads its own page. */
function withRtlStories(snapshot: IndexSnapshot): IndexSnapshot {
  const rtl: IndexedArticle[] = [
    { ...ARABIC, storyId: ARABIC_STORY },
    { ...HEBREW, storyId: HEBREW_STORY },
  ];
  return { ...snapshot, articles: [...snapshot.articles, ...rtl] };
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
afterAll(() => setMessageSource(messageSourceFrom(bundleOf('en'))));

describe.each(['fr', 'de'])('the full-tab pages in a browser in %s', (lang) => {
  let demo: DemoSession;

  beforeAll(async () => {
    demo = await startDemo({ headless: true, args: [`--lang=${lang}`], ...(lang === 'de' ? { env: { LANGUAGE: 'de' } } : {}) });
    const snapshot = JSON.parse(readFileSync('scripts/demo/data/demo-index.json', 'utf8')) as IndexSnapshot;
    const reply = (await demo.send('importIndex', { text: JSON.stringify(withRtlStories(snapshot)), demo: true })) as { ok: boolean; error?: string };
    expect(reply).toMatchObject({ ok: true });
    await seedDiet(demo, demoReadingHistory(demo.articles, Date.now()));
    // The expected words, read from the same bundle the browser picked.
    setMessageSource(messageSourceFrom(bundleOf(lang)));
  });
  afterAll(() => demo?.close());

  it('the story page: its words, its title, its dates, and Arabic and Hebrew headlines right to left', async () => {
    const seed = demo.articles.filter((a) => a.storyId === SEED_STORY);
    const page = await openExtensionPage(demo, `story.html?id=${encodeURIComponent(SEED_STORY)}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toBe(t('pages_documentTitle', seed[0].title));
    expect(await page.textContent('.covered')).toContain(
      t('pages_storyArticlesFrom', tn('common_articles', seed.length), tn('common_outlets', new Set(seed.map((a) => a.outletId)).size)),
    );
    expect(await page.textContent('#timeline-title')).toBe(t('pages_timelineTitle'));
    const month = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(Math.min(...seed.map((a) => a.published)));
    const chart = await page.getAttribute('.timeline svg[role="img"]', 'aria-label');
    expect(chart?.startsWith(t('pages_timelineChartLabel', ''))).toBe(true);
    expect(chart).toContain(month);
    await shoot(page, `pages-${lang}-story`);
    await page.close();

    for (const [name, id, headline] of [
      ['arabic', ARABIC_STORY, ARABIC.title],
      ['hebrew', HEBREW_STORY, HEBREW.title],
    ]) {
      const rtl = await openExtensionPage(demo, `story.html?id=${encodeURIComponent(id)}`);
      expect(await rtl.textContent('h1')).toBe(headline);
      expect(await rtl.evaluate(() => document.querySelector('h1')!.matches(':dir(rtl)'))).toBe(true);
      expect(await rtl.evaluate(() => document.querySelector('.page-header')!.matches(':dir(ltr)'))).toBe(true);
      await shoot(rtl, `pages-${lang}-story-${name}`);
      await rtl.close();
    }
  });

  it('today’s stories, blindspots, the news diet and About', async () => {
    const stories = await openExtensionPage(demo, 'stories.html');
    expect(await stories.textContent('h1')).toBe(t('pages_storiesTitle'));
    expect(await stories.title()).toBe(t('pages_documentTitle', t('pages_storiesTitle')));
    await stories.getByRole('button', { name: t('pages_windowAll') }).click();
    const count = new Set(demo.articles.map((a) => a.storyId)).size + 2;
    // The worker answers each change of the controls: wait for the answer's count.
    await stories
      .getByRole('status')
      .filter({ hasText: tn('pages_storiesHeld', count) })
      .waitFor();
    expect(await stories.getByRole('status').textContent()).toBe(tn('pages_storiesHeld', count));
    // The Arabic story is among many: the language filter brings it to the top.
    await stories.getByLabel(t('pages_filterLanguage')).selectOption('ar');
    await stories.locator('a.story-link:dir(rtl)').first().waitFor();
    const rtl = await stories.evaluate(() => [...document.querySelectorAll('a.story-link')].filter((a) => a.matches(':dir(rtl)')).map((a) => a.textContent));
    expect(rtl).toEqual([ARABIC.title]);
    await shoot(stories, `pages-${lang}-stories-arabic`);
    await stories.getByLabel(t('pages_filterLanguage')).selectOption('');
    await shoot(stories, `pages-${lang}-stories`);
    await stories.close();

    const blindspots = await openExtensionPage(demo, 'blindspots.html');
    expect(await blindspots.getByRole('heading', { level: 2 }).first().textContent()).toContain(t('pages_barelyLeft'));
    await shoot(blindspots, `pages-${lang}-blindspots`);
    await blindspots.close();

    const diet = await openExtensionPage(demo, 'diet.html');
    expect(await diet.getByRole('switch', { name: t('pages_dietKeep') }).isChecked()).toBe(true);
    await shoot(diet, `pages-${lang}-diet`);
    await diet.close();

    const about = await demo.context.newPage();
    await about.goto(`chrome-extension://${demo.extensionId}/about.html`);
    await about.waitForSelector('section.panel');
    expect(await about.textContent('h1')).toBe(t('about_ratingsTitle'));
    expect(await about.title()).toBe(t('pages_documentTitle', t('about_ratingsTitle')));
    // One sentence, its emphasised word in its place.
    expect(await about.textContent('main > p:first-of-type')).toBe(t('about_ratingsIntro', t('about_unratedWord')));
    expect(await about.textContent('main > p:first-of-type > strong')).toBe(t('about_unratedWord'));
    await shoot(about, `pages-${lang}-about`);
    await about.close();
  });
});
