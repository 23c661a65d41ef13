import { describe, expect, test } from 'vitest';
import { printedDate } from '../../../utils/article/dateline';
import { toIsoInstant, zoneHint } from '../../../utils/article/page-dates';

describe('toIsoInstant', () => {
  test.each([
    ['ISO with an offset', '2021-11-01T10:52:50+0100', undefined, '2021-11-01T09:52:50.000Z'],
    ['ISO with a half-hour offset', '2024-05-03T10:00:00+05:30', undefined, '2024-05-03T04:30:00.000Z'],
    ['ISO with a three-digit offset', '2024-05-03T10:00:00-500', undefined, '2024-05-03T15:00:00.000Z'],
    ['ISO in UTC by name', '2024-05-03 10:00 GMT', -240, '2024-05-03T10:00:00.000Z'],
    ['ISO without a zone, taken as UTC', '2016-12-20 08:38:46', undefined, '2016-12-20T08:38:46.000Z'],
    ['ISO without a zone, with a zone hint', '2016-12-20T08:38', -240, '2016-12-20T12:38:00.000Z'],
    ['a day alone stays a day', '2024-05-03', undefined, '2024-05-03'],
    ['epoch seconds', '1714730400', undefined, '2024-05-03T10:00:00.000Z'],
    ['RFC 2822', 'Fri, 03 May 2024 10:00:00 +0200', undefined, '2024-05-03T08:00:00.000Z'],
    ['a written day, month first', 'May 3, 2024', undefined, '2024-05-03'],
    ['a written day, day first', '3 May 2024', undefined, '2024-05-03'],
    ['a written day after a weekday', 'Friday, 3 May 2024', undefined, '2024-05-03'],
    ['a written day in French', '3 févr. 2021', undefined, '2021-02-03'],
    ['a month that does not exist', '2024-13-03', undefined, undefined],
    ['a year out of range', '1970-01-01T00:00:00Z', undefined, undefined],
    ['words', 'yesterday', undefined, undefined],
  ])('%s: %j', (_why, value, hint, expected) => {
    expect(toIsoInstant(value, hint)).toBe(expected);
  });

  test('a zone hint is read from the text printed beside a time', () => {
    expect(zoneHint('4:01 PM EDT')).toBe(-240);
    expect(zoneHint('4:01 PM ET')).toBeUndefined();
  });
});

describe('printedDate', () => {
  test.each([
    ['By Ana Ruiz, 3 May 2024', '2024-05-03'],
    ['Dec. 22, 2016 4:21 PM', '2016-12-22'],
    ['2019年4月4日 10:00', '2019-04-04'],
    ['15.05.2020', '2020-05-15'],
    ['12/22/2016', '2016-12-22'],
    ['Updated 2017-03-01 14:27:02', '2017-03-01'],
    ['31 February 2020', undefined],
    ['no date here', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(printedDate(text)).toBe(expected);
  });
});
