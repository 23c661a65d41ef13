import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../utils/feeds/feed-dates';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 as the spec writes it, and with every liberty feeds take.
    ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
    ['Wed, 31 Jan 2018 07:26:05 +0000', '2018-01-31T07:26:05.000Z'],
    ['Tue, 21 Aug 2012 10:33:00 EST', '2012-08-21T15:33:00.000Z'],
    ['Tue, 21 Aug 2012 10:33:00 EDT', '2012-08-21T14:33:00.000Z'],
    ['Mon, 02 Jan 2023 08:00:00 PDT', '2023-01-02T15:00:00.000Z'],
    ['Mon, 02 Jan 2023 08:00:00 PST', '2023-01-02T16:00:00.000Z'],
    ['Mon, 02 Jan 2023 18:00:00 +0530', '2023-01-02T12:30:00.000Z'],
    ['Mon, 02 Jan 2023 18:00:00 +05:30', '2023-01-02T12:30:00.000Z'],
    ['Mon, 02 Jan 2023 18:00 GMT', '2023-01-02T18:00:00.000Z'], // no seconds
    ['2 Jan 2023 18:00:00 GMT', '2023-01-02T18:00:00.000Z'], // no weekday
    ['Mon, 2 Jan 23 18:00:00 GMT', '2023-01-02T18:00:00.000Z'], // two-digit year
    ['Mon, 02 Jan 2023 18:00:00', '2023-01-02T18:00:00.000Z'], // no zone: UTC
    ['Mon, 02 Jan 2023 18:00:00 XYZ', '2023-01-02T18:00:00.000Z'], // unknown zone: UTC
    ['Tue, 15 Nov 2022 20:15:04 Z', '2022-11-15T20:15:04.000Z'],
    ['Mon, 02 Jan 2023 18:00:00 GMT+2', '2023-01-02T16:00:00.000Z'],
    ['Monday, January 2, 2023 6:00 PM EST', '2023-01-02T23:00:00.000Z'],
    ['Sat, Dec 16 2023 02:02:33 PM', '2023-12-16T14:02:33.000Z'], // month first, 12-hour clock
    ['Sat, Dec 16 2023 12:02:33 AM', '2023-12-16T00:02:33.000Z'],
    ['02-Jan-2023 18:00:00 GMT', '2023-01-02T18:00:00.000Z'],
    ['Wed, 03 Jan 2018 13:47:00 GMT\r\n      ', '2018-01-03T13:47:00.000Z'], // trailing whitespace
    // Other languages' names, as Portuguese and Italian feeds write them.
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['mer, 16 nov 2022 00:38:15 +0100', '2022-11-15T23:38:15.000Z'],
    ['mar, 15 nov 2022 00:38:15 +0100', '2022-11-14T23:38:15.000Z'], // "mar," is Tuesday, not March
    ['Di, 03 Dez 2019 10:00:00 +0100', '2019-12-03T09:00:00.000Z'],
    ['3 févr. 2020 10:00:00 +0100', '2020-02-03T09:00:00.000Z'],
    // ISO 8601 / RFC 3339.
    ['2017-11-08T18:15:58-05:00', '2017-11-08T23:15:58.000Z'],
    ['2018-01-31T07:26:05Z', '2018-01-31T07:26:05.000Z'],
    ['2018-01-31T07:26:05.123+01:00', '2018-01-31T06:26:05.000Z'],
    ['2018-01-31T07:26+0530', '2018-01-31T01:56:00.000Z'],
    ['2018-01-31 07:26:05', '2018-01-31T07:26:05.000Z'],
    ['2018-01-31', '2018-01-31T00:00:00.000Z'],
    ['2018/01/31 07:26', '2018-01-31T07:26:00.000Z'],
  ])('reads %j', (raw, iso) => {
    expect(parseFeedDate(raw, NOW)).toBe(iso);
  });

  it.each([
    [undefined, 'missing'],
    ['', 'empty'],
    ['yesterday', 'words'],
    ['Mon, 31 Feb 2023 10:00:00 GMT', 'a day that does not exist'],
    ['2023-13-01T00:00:00Z', 'month 13'],
    ['Mon, 02 Jan 2023 25:00:00 GMT', 'hour 25'],
    ['Mon, 01 Jan 1900 00:00:00 GMT', 'before 1990'],
    ['1970-01-01T00:00:00Z', 'the epoch placeholder'],
    ['Fri, 01 Jan 2100 00:00:00 GMT', 'far in the future'],
    ['2024-06-02T13:00:00Z', 'more than a day after now'],
    ['x'.repeat(5000), 'absurdly long'],
  ])('gives null for %j (%s)', (raw, _why) => {
    expect(parseFeedDate(raw, NOW)).toBeNull();
  });

  it('accepts a date a few hours in the future (zone slop, scheduled posts)', () => {
    expect(parseFeedDate('2024-06-02T11:00:00Z', NOW)).toBe('2024-06-02T11:00:00.000Z');
  });

  it('judges "future" against the injected clock, not the real one', () => {
    const date = 'Fri, 01 Jan 2100 00:00:00 GMT';
    expect(parseFeedDate(date, Date.UTC(2100, 0, 1))).toBe('2100-01-01T00:00:00.000Z');
  });
});
