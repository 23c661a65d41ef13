/// <reference types="chrome" />
/**
 * The locale e2e tests' expectations: words read from the bundles the extension ships
 * (`public/_locales/<lang>/messages.json`), and numbers and dates formatted by the browser's own
 * `Intl` in that language, so that they agree with what the page can show.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DATE_OPTIONS } from '../../../utils/format';
import type { IndexedArticle } from '../../../utils/model';

type Bundle = Record<string, { message: string }>;

const fill = (message: string, subs: string[]) => message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bundleOf = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Bundle;

/** One language's bundle, read as Chromium reads it. */
export function words(lang: string) {
  const bundle = bundleOf(lang);
  const message = (key: string) => {
    const entry = bundle[key];
    if (!entry) throw new Error(`public/_locales/${lang}/messages.json has no "${key}"`);
    return entry.message;
  };
  return {
    t: (key: string, ...subs: string[]) => fill(message(key), subs),
    /** A count's sentence, the count formatted as `Intl.NumberFormat(lang)` does in Node. */
    tn: (base: string, n: number) => fill(message(`${base}_${new Intl.PluralRules(lang).select(n)}`), [new Intl.NumberFormat(lang).format(n)]),
    /** Matches any count's sentence of a plural family whose count is `countPattern`. */
    pluralPattern: (base: string, countPattern: string) =>
      new RegExp(
        Object.keys(bundle)
          .filter((k) => k.startsWith(`${base}_`))
          .map((k) => escapeRegExp(bundle[k].message).replace('\\$1', `(${countPattern})`))
          .join('|'),
      ),
  };
}

/** `Intl` in the page: how the browser writes dates, numbers ≥1,000 and percentages in `lang`. */
export function pageIntl(page: Page, lang: string, dates: string[]) {
  return page.evaluate(
    ([l, isoDates, options]) => {
      const group = new Intl.NumberFormat(l).formatToParts(12345).find((p) => p.type === 'group')?.value ?? '';
      return {
        dates: isoDates.map((iso) => new Intl.DateTimeFormat(l, options).format(new Date(iso))),
        group,
        /** Whole percentages 0…100 as the page writes them. */
        percents: Array.from({ length: 101 }, (_, n) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }).format(n / 100)),
      };
    },
    [lang, dates, DATE_OPTIONS] as const,
  );
}

/** The right-to-left fixture (tests/fixtures/rtl/README.md). */
export function rtlArticles(): IndexedArticle[] {
  return (JSON.parse(readFileSync('tests/fixtures/rtl/headlines.json', 'utf8')) as { articles: IndexedArticle[] }).articles;
}

/** How a headline sits in the popup: its own direction, the isolation around it, the UI's direction. */
export function directionOf(page: Page, text: string) {
  return page.evaluate((headline) => {
    const el = [...document.querySelectorAll('a, span, p, bdi')].find((e) => e.textContent?.trim() === headline);
    if (!el) return undefined;
    const isolated = el.closest('[dir="auto"], bdi');
    return {
      tag: el.tagName.toLowerCase(),
      dir: el.getAttribute('dir'),
      isolatedBy: isolated ? `${isolated.tagName.toLowerCase()}${isolated.getAttribute('dir') ? `[dir=${isolated.getAttribute('dir')}]` : ''}` : undefined,
      direction: getComputedStyle(el).direction,
      unicodeBidi: getComputedStyle(isolated ?? el).unicodeBidi,
      listDirection: getComputedStyle(el.closest('li') ?? document.body).direction,
      bodyDirection: getComputedStyle(document.body).direction,
      h1Direction: getComputedStyle(document.querySelector('h1') ?? document.body).direction,
    };
  }, text);
}

/**
 * Words the page still writes in English: every text (and label, title, placeholder) that is
 * exactly an English message which `lang`'s bundle words differently (the bundle's own `locale`
 * tag aside: "en" is also a language code the pages show). Text from feeds and pages
 * (inside `dir="auto"` or `<bdi>`) is left out. Grows with the bundles: a key added for a
 * sentence is checked here as soon as it exists.
 */
export function englishLeft(page: Page, lang: string): Promise<string[]> {
  const en = bundleOf('en');
  const local = bundleOf(lang);
  const english = Object.keys(en)
    .filter((k) => k !== 'locale' && !en[k].message.includes('$') && local[k] && local[k].message !== en[k].message)
    .map((k) => en[k].message);
  return page.evaluate((phrases) => {
    const wanted = new Set(phrases);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (wanted.has(text) && !node.parentElement?.closest('[dir="auto"], bdi')) found.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value && wanted.has(value)) found.add(`${name}="${value}"`);
      }
    }
    return [...found];
  }, english);
}

/**
 * Words of the UI cut across two lines ("Généralemen|t"), and whether the page is wider than its
 * window: what longer languages do to a layout. Links and text from feeds may break anywhere.
 */
export function cutText(page: Page): Promise<{ cutWords: string[]; overflowX: number }> {
  return page.evaluate(() => {
    const cutWords = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('a, [dir="auto"], bdi, script, style') || !parent.checkVisibility()) continue;
      const text = node.textContent ?? '';
      // A hyphen is a place to break ("Mitte-|links", "2022-|09"): the parts are the words.
      for (const match of text.matchAll(/[^\s\-\u2010]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) cutWords.add(match[0]);
      }
    }
    return { cutWords: [...cutWords], overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
}
