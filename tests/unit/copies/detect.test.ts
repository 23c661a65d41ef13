import { describe, expect, it } from 'vitest';
import { stripDateline, wireInByline, wireInDateline, wireInUrl, detectCopies, type CopyInput, headlineKey, leadKey } from '../../../utils/copies';
import { AP, REUTERS, REUTERS_LEAD, STRAITS, WION, YAHOO } from './blinken';

const kinds = (articles: CopyInput[]) => {
  const { marks } = detectCopies(articles);
  return Object.fromEntries(
    articles.map((a) => [
      a.outletId,
      marks.get(a.url) ? `${marks.get(a.url)!.kind} ${marks.get(a.url)!.wire?.name ?? marks.get(a.url)!.sourceOutletId}` : 'own',
    ]),
  );
};

describe('attribution', () => {
  it.each([
    ['By Reuters Staff', 'Reuters'],
    ['Associated Press', 'AP'],
    ['AP', 'AP'],
    ['By Jane Doe, AP', 'AP'],
    ['Agence France-Presse', 'AFP'],
    ['Kyodo News', 'Kyodo'],
    ['Press Trust of India', 'PTI'],
    ['Humeyra Pamuk and Michael Martina', undefined],
    ['Apple Reporter', undefined],
    ['Papa Doc', undefined],
    [undefined, undefined],
  ])('byline %s names %s', (byline, wire) => {
    expect(wireInByline(byline)?.name).toBe(wire);
  });

  it.each([
    ['NEW YORK (Reuters) - U.S. Secretary of State', 'Reuters'],
    ['WASHINGTON (AP) — The Senate', 'AP'],
    ['Berlin (dpa) - Die Bundesregierung', 'dpa'],
    ['MADRID, 3 oct (EFE).- El Gobierno', 'EFE'],
    ['New Delhi, Sep 18 (PTI) The government', 'PTI'],
    ['SEOUL, Sept. 18 (Yonhap) -- North Korea', 'Yonhap'],
    ['The talks could pave the way for a meeting, Reuters reported.', undefined],
    ['A photo (AP Photo/Evan Vucci) of the', undefined],
  ])('dateline of "%s" names %s', (lead, wire) => {
    expect(wireInDateline(lead)?.name).toBe(wire);
  });

  it('drops the dateline before a lead is compared', () => {
    expect(stripDateline(YAHOO.description!)).toBe(REUTERS_LEAD);
    expect(stripDateline(REUTERS.description!)).toBe(REUTERS_LEAD);
  });

  it('reads a wire from its own site or a section named after it', () => {
    expect(wireInUrl('https://www.reuters.com/world/x')).toMatchObject({ own: true, wire: { name: 'Reuters' } });
    expect(wireInUrl('https://noticias.uol.com.br/ultimas-noticias/reuters/2023/09/18/x.htm')).toMatchObject({ own: false, wire: { name: 'Reuters' } });
    expect(wireInUrl('https://example.com/apple/x')).toBeUndefined();
  });
});

describe('fingerprints', () => {
  it('read "U.N." and "UN", straight and curly apostrophes, Title Case and sentence case alike', () => {
    expect(headlineKey(YAHOO.title)).toBe(headlineKey(REUTERS.title));
    expect(headlineKey(STRAITS.title)).toBe(headlineKey(REUTERS.title));
    expect(headlineKey('Top US Diplomat Blinken Meets China’s VP Han at U.N. amid Strained Ties')).toBe(headlineKey(REUTERS.title));
  });

  it('drop a site name after the headline, and refuse headlines too short to tell from coincidence', () => {
    expect(headlineKey(`${REUTERS.title} - Reuters`)).toBe(headlineKey(REUTERS.title));
    expect(headlineKey('Stocks fall')).toBeUndefined();
  });

  it('key a lead on its first words after the dateline', () => {
    expect(leadKey(YAHOO.description)).toBe(leadKey(REUTERS.description));
    expect(leadKey(STRAITS.description)).toBe(leadKey(REUTERS.description));
    expect(leadKey(AP.description)).not.toBe(leadKey(REUTERS.description));
    expect(leadKey('Too short to say.')).toBeUndefined();
  });
});

describe('detectCopies', () => {
  it('the seed story: two carriers of the Reuters report, Reuters as the original, AP and WION their own', () => {
    expect(kinds([AP, REUTERS, YAHOO, STRAITS, WION])).toEqual({
      ap: 'own',
      reuters: 'original Reuters',
      'yahoo-news': 'copy Reuters',
      'the-straits-times': 'copy Reuters',
      wion: 'own',
    });
    const { groups } = detectCopies([AP, REUTERS, YAHOO, STRAITS, WION]);
    expect(groups).toEqual([expect.objectContaining({ originalUrl: REUTERS.url, copies: [YAHOO.url, STRAITS.url], based: [] })]);
  });

  it('a rewrite that keeps the wire lead under a headline of its own is based on the wire, not a copy', () => {
    const rewrite = { ...WION, description: REUTERS_LEAD };
    expect(kinds([REUTERS, YAHOO, rewrite])).toEqual({ reuters: 'original Reuters', 'yahoo-news': 'copy Reuters', wion: 'based Reuters' });
  });

  it('without the original indexed, a byline or dateline still names the wire; the original is then unknown', () => {
    const { marks } = detectCopies([AP, YAHOO]);
    expect(marks.get(YAHOO.url)).toMatchObject({ kind: 'copy', wire: { name: 'Reuters' }, originalUrl: undefined });
    expect(marks.get(AP.url)).toBeUndefined();
    const byline = { ...WION, author: 'By Reuters Staff' };
    expect(detectCopies([byline]).marks.get(WION.url)).toMatchObject({ kind: 'copy', wire: { name: 'Reuters' } });
  });

  it('a carrier whose dateline names the wire but shares no text with its indexed report carries another report of it', () => {
    const other = { ...WION, description: `NEW YORK (Reuters) - ${WION.description}` };
    expect(kinds([REUTERS, other])).toEqual({ reuters: 'own', wion: 'copy Reuters' });
    expect(detectCopies([REUTERS, other]).marks.get(other.url)?.originalUrl).toBeUndefined();
  });

  it('the same headline and lead on two outlets with no wire named: a copy of the earlier outlet', () => {
    const land = { url: 'https://theland.com.au/story/1', outletId: 'the-land', title: 'Australia seals trade deal with Japan', published: 1 };
    const journal = { ...land, url: 'https://stockjournal.com.au/story/2', outletId: 'stock-journal', published: 2 };
    expect(kinds([land, journal])).toEqual({ 'the-land': 'original the-land', 'stock-journal': 'copy the-land' });
  });

  it('a short shared headline, or one outlet twice, is no copy', () => {
    const a = { url: 'https://a.example/1', outletId: 'a', title: 'Stocks fall', published: 1 };
    expect(kinds([a, { ...a, url: 'https://b.example/1', outletId: 'b' }])).toEqual({ a: 'own', b: 'own' });
    expect(kinds([REUTERS, { ...REUTERS, url: 'https://reuters.com/other' }])).toEqual({ reuters: 'own' });
  });
});
