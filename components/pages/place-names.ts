import { t, uiLocale } from '../../utils/i18n/translate';

/**
 * Country and language names in the UI language, for the full-tab pages (`DE` → "Allemagne" in
 * French). One `Intl.DisplayNames` per language and kind; the code itself when Intl has no name.
 */
const cache = new Map<string, Intl.DisplayNames>();

function nameOf(type: 'region' | 'language', code: string): string {
  if (code === 'unknown') return t('pages_originUnknown');
  const lang = uiLocale();
  let names = cache.get(`${lang}|${type}`);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type });
    cache.set(`${lang}|${type}`, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `DE` → "Germany" / "Allemagne" / "Deutschland". */
export const countryName = (code: string) => nameOf('region', code);

/** `de` → "German" / "allemand" / "Deutsch". */
export const languageName = (code: string) => nameOf('language', code);

/** Sorts `[code, name]` pairs by name, as the UI language orders words. */
export function byName(pairs: [string, string][]): [string, string][] {
  const collator = new Intl.Collator(uiLocale());
  return pairs.sort((a, b) => collator.compare(a[1], b[1]));
}
