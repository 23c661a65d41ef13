import { intlFor } from '../../utils/i18n/translate';

/** Names of countries and languages in the language of the words around them (`uiLocale()`), for every page. */
const names = (type: 'region' | 'language') => intlFor(`names-${type}`, (lang) => new Intl.DisplayNames([lang], { type }));

/** `DE` -> `Germany` (`Allemagne` in French); the code itself when the name is unknown. */
export function regionName(code: string): string {
  try {
    return names('region').of(code) ?? code;
  } catch {
    return code;
  }
}

/** `de` -> `German` (`allemand` in French); the code itself when the name is unknown. */
export function languageName(code: string): string {
  try {
    return names('language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** Compares two names as the UI language orders words (the language they are written in). */
export function compareNames(a: string, b: string): number {
  return intlFor('collator', (lang) => new Intl.Collator(lang)).compare(a, b);
}

/** Sorts `[code, name]` pairs by name, as the UI language orders words. */
export function byName(pairs: [string, string][]): [string, string][] {
  return pairs.sort((a, b) => compareNames(a[1], b[1]));
}

/**
 * Text from a feed or the reader (an outlet's name, a URL) set inside a sentence: first-strong
 * isolates keep an Arabic or Hebrew name in its own direction without turning the sentence round.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
