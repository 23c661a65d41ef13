/**
 * The bundles in `public/_locales/`: every language has every key, the substitutions and plural
 * forms its language needs; every key is used; no component writes English the bundle does not
 * hold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { literalsIn } from './literals';

const ROOT = new URL('../../../', import.meta.url).pathname;
const LOCALES = ['en', 'fr', 'de', 'es', 'pt'];
type Bundle = Record<string, { message: string; description?: string; placeholders?: unknown }>;
const bundles: Record<string, Bundle> = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, `public/_locales/${l}/messages.json`), 'utf8')) as Bundle]),
);
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Plural families are the keys with an `_other` form; the rest are single messages. */
function shape(bundle: Bundle) {
  const families = new Set(Object.keys(bundle).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));
  const single = Object.keys(bundle).filter((k) => !(PLURAL.test(k) && families.has(k.replace(PLURAL, '$1'))));
  return { families, single };
}

const substitutions = (message: string) => [...new Set([...message.replaceAll('$$', '').matchAll(/\$([1-9])/g)].map((m) => m[1]))].sort();

describe('every language has every message', () => {
  const english = shape(bundles.en);

  test.each(LOCALES)('%s: the same single messages and plural families as English', (locale) => {
    const { families, single } = shape(bundles[locale]);
    expect(single.sort()).toEqual(english.single.sort());
    expect([...families].sort()).toEqual([...english.families].sort());
  });

  test.each(LOCALES)('%s: each plural family has exactly the forms Intl.PluralRules asks for', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort();
    const { families } = shape(bundles[locale]);
    for (const family of families) {
      const forms = Object.keys(bundles[locale])
        .filter((k) => k.replace(PLURAL, '$1') === family && PLURAL.test(k))
        .map((k) => k.replace(PLURAL, '$2'))
        .sort();
      expect(forms, `${locale}: ${family}`).toEqual(categories);
    }
  });

  test.each(LOCALES)('%s: the same $1…$9 as English, no named placeholders, nothing empty', (locale) => {
    const bundle = bundles[locale];
    for (const [key, entry] of Object.entries(bundle)) {
      expect(entry.placeholders, key).toBeUndefined();
      expect(entry.message.trim(), key).not.toBe('');
      const family = PLURAL.test(key) ? key.replace(PLURAL, '$1') : undefined;
      const reference = family && bundles.en[`${family}_other`] ? bundles.en[`${family}_other`] : bundles.en[key];
      if (!reference) continue;
      const own = substitutions(entry.message);
      // A plural form may spell its count ("one article"), never drop another substitution.
      const expected = family ? substitutions(reference.message).filter((d) => d !== '1' || own.includes('1')) : substitutions(reference.message);
      expect(own, `${locale}: ${key}`).toEqual(expected);
    }
  });

  test('keys are unique ignoring case (the browser reads them so) and use only letters, digits and _', () => {
    const keys = Object.keys(bundles.en);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
    expect(keys.filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  test('each bundle names its own language, the one Intl formats follow', () => {
    for (const locale of LOCALES) expect(bundles[locale].locale.message).toBe(locale);
  });
});

describe('every message is used', () => {
  const sources = filesUnder('.', (p) => /^(components|entrypoints|utils)\/.*\.tsx?$/.test(p) || p === 'wxt.config.ts')
    .map((p) => readFileSync(join(ROOT, p), 'utf8'))
    .join('\n');
  const literals = new Set([...sources.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)].map((m) => m[1]));
  const manifest = new Set([...sources.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]));

  test('no key that no code reads', () => {
    const { families, single } = shape(bundles.en);
    const unused = [...single.filter((k) => k !== 'locale' && !literals.has(k) && !manifest.has(k)), ...[...families].filter((f) => !literals.has(f))];
    expect(unused).toEqual([]);
  });
});

describe('no English written into components', () => {
  const files = filesUnder('.', (p) => /^(components|entrypoints)\/.*\.tsx$/.test(p));

  test.each(files)('%s', (file) => {
    const found = literalsIn(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(found.map((l) => `${l.line}: ${l.text}`)).toEqual([]);
  });

  test('the finder sees JSX text, text attributes and word literals, and leaves code alone', () => {
    const found = literalsIn(
      'x.tsx',
      `import { t } from './i18n';
       const cls = 'state state-error';
       export const A = () => <div class={cls} title="Open the page" aria-label={t('a_b')}>
         Hello {t('x_y')} <b>{n > 1 ? 'Many things' : t('one_thing')}</b>
         <input type="text" placeholder="Search" /></div>;`,
    );
    expect(found.map((l) => l.text)).toEqual(['Open the page', 'Hello', 'Many things', 'Search']);
  });
});
