import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import french from '../../public/_locales/fr/messages.json';
import { formatMonth } from '../../utils/format';
import { messageSourceFrom, setMessageSource } from '../../utils/i18n/translate';

afterEach(() => setMessageSource(messageSourceFrom(english)));

describe("a rating's date, as the month it was read", () => {
  it.each([
    ['2022-09-28', 'Sep 2022'],
    ['2026-05-12', 'May 2026'],
    ['2024-01', 'Jan 2024'],
  ])('%s reads %s in English', (iso, month) => expect(formatMonth(iso)).toBe(month));

  it('follows the bundle’s language', () => {
    setMessageSource(messageSourceFrom(french));
    expect(formatMonth('2022-09-28')).toBe('sept. 2022');
  });

  it('leaves what is no date as it is', () => expect(formatMonth('undated')).toBe('undated'));
});
