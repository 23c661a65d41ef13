import { uiLocale } from '../../utils/i18n/translate';

/** Names of countries and languages in the language of the words around them (`uiLocale()`). */
const cache = new Map<string, Intl.DisplayNames>();

function names(type: 'region' | 'language'): Intl.DisplayNames {
  const lang = uiLocale();
  const key = `${lang}|${type}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DisplayNames([lang], { type });
    cache.set(key, found);
  }
  return found;
}

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

/**
 * Text from a feed or the reader (an outlet's name, a URL) set inside a sentence: first-strong
 * isolates keep an Arabic or Hebrew name in its own direction without turning the sentence round.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
