import { browser } from 'wxt/browser';
import type English from '../../public/_locales/en/messages.json';

/**
 * Every word the reader sees comes from `public/_locales/<lang>/messages.json` through the
 * browser's i18n (Chromium and Firefox pick the bundle of the browser's language, English
 * otherwise). Keys are typed from the English bundle; a locale test checks that every bundle has
 * every key, the same `$1`…`$9` substitutions and the plural forms its language needs.
 */
export type MessageKey = keyof typeof English;

/** `articles` for `articles_one` / `articles_other` / …: a message chosen by `Intl.PluralRules`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type MessageSource = (key: string, substitutions: string[]) => string;

// The browser's own typing lists the bundle's keys; `t` and `tn` already hold a key to those.
const fromBrowser: MessageSource = (key, substitutions) => browser.i18n.getMessage(key as '@@ui_locale', substitutions);

let source: MessageSource = fromBrowser;

/** Node (scripts, tests) has no `browser.i18n`: they read a bundle through `messageSourceFrom`. */
export function setMessageSource(next: MessageSource | undefined): void {
  source = next ?? fromBrowser;
  locale = undefined;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return source(key, substitutions.map(String)) || key;
}

let locale: string | undefined;

/** The language of the bundle in use (each bundle names itself), for `Intl` formats that agree with the words. */
export function uiLocale(): string {
  locale ??= source('locale', []) || 'en';
  return locale;
}

const formats = new Map<string, unknown>();

/**
 * One `Intl` object per language and shape (`shape` names the options), made on first use:
 * building one per call costs most of a millisecond. Every format of the UI goes through here.
 */
export function intlFor<T>(shape: string, make: (lang: string) => T): T {
  const lang = uiLocale();
  const key = `${lang}|${shape}`;
  let format = formats.get(key) as T | undefined;
  if (format === undefined) {
    format = make(lang);
    formats.set(key, format);
  }
  return format;
}

/** `tn('articles', 3)` → "3 articles" / "3 articles" / "3 Artikel": the count, formatted, is `$1`. */
export function tn(key: PluralKey, count: number, ...more: (string | number)[]): string {
  const rules = intlFor('plural', (lang) => new Intl.PluralRules(lang));
  const subs = [formatCount(count), ...more.map(String)];
  return source(`${key}_${rules.select(count)}`, subs) || source(`${key}_other`, subs) || key;
}

export function formatCount(n: number): string {
  return intlFor('count', (lang) => new Intl.NumberFormat(lang)).format(n);
}

/**
 * Chromium's and Firefox's reading of a bundle: `$1`…`$9` take the substitutions, `$$` is a
 * dollar sign. (Named placeholders are not used; the locale test refuses them.)
 */
export function messageSourceFrom(bundle: Record<string, { message: string }>): MessageSource {
  return (key, substitutions) => {
    const entry = bundle[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  };
}
