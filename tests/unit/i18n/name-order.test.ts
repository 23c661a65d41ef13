import { afterEach, describe, expect, test } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { byName, compareNames } from '../../../components/options/display-names';
import { messageSourceFrom, setMessageSource } from '../../../utils/i18n/translate';

/** A bundle that names its language: names on screen are in it, and sort by its rules. */
const bundleIn = (locale: string) => messageSourceFrom({ ...english, locale: { message: locale } });

afterEach(() => setMessageSource(messageSourceFrom(english)));

describe('names sort as the language they are written in orders them', () => {
  // Spanish orders ñ as a letter after n; English (and the environment here) as an n with a mark.
  test('Spanish bundle: Ñ after every N', () => {
    setMessageSource(bundleIn('es'));
    expect(compareNames('Ñu', 'Nz')).toBeGreaterThan(0);
    expect(
      byName([
        ['a', 'Ñandú'],
        ['b', 'Nube'],
      ]).map(([code]) => code),
    ).toEqual(['b', 'a']);
  });

  test('English bundle: Ñ among the Ns', () => {
    setMessageSource(bundleIn('en'));
    expect(compareNames('Ñu', 'Nz')).toBeLessThan(0);
    expect(
      byName([
        ['a', 'Ñandú'],
        ['b', 'Nube'],
      ]).map(([code]) => code),
    ).toEqual(['a', 'b']);
  });
});
