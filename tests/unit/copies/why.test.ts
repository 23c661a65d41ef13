import { describe, expect, it } from 'vitest';
import { detectCopies, scoreCopies, whyGrouped } from '../../../utils/copies';
import { AP, REUTERS, STRAITS, WION, YAHOO } from './blinken';

const STORY = [AP, REUTERS, YAHOO, STRAITS, WION];
const { marks } = detectCopies(STORY);
const name = (m: NonNullable<ReturnType<typeof marks.get>>) => m.wire?.name ?? m.sourceOutletId;

describe('Why grouped', () => {
  it('names the words and names an article shares with the story, and the article that tied it there', () => {
    const why = whyGrouped(WION, STORY, marks.get(WION.url), name);
    expect(why.names).toEqual(expect.arrayContaining(['Blinken', 'Han']));
    expect(why.words.length).toBeGreaterThan(0);
    expect(why.tiedTo?.url).toBeDefined();
    expect(why.copy).toBeUndefined();
  });

  it('says a carrier is a copy of the Reuters report, with the original', () => {
    const why = whyGrouped(YAHOO, STORY, marks.get(YAHOO.url), name);
    expect(why.copy).toEqual({ kind: 'copy', source: 'Reuters', originalUrl: REUTERS.url });
    expect([REUTERS.url, STRAITS.url]).toContain(why.tiedTo?.url);
  });

  it('shares nothing with a story of something else', () => {
    const other = { url: 'https://x.example/pie', outletId: 'x', title: 'Retired teacher wins county fair pie contest for the fifth time', published: 0 };
    expect(whyGrouped(other, STORY, undefined, name)).toEqual({ words: [], names: [], tiedTo: undefined, copy: undefined });
  });
});

describe('copy scoring', () => {
  it('counts precision and recall of "carries another report", and whether the source was named right', () => {
    const labels = new Map<string, string | null>([
      [YAHOO.url, 'Reuters'],
      [STRAITS.url, 'AP'],
      [AP.url, null],
      [WION.url, 'Reuters'],
    ]);
    expect(scoreCopies(labels, marks, name)).toMatchObject({ positives: 3, predicted: 2, truePositives: 2, precision: 1, recall: 2 / 3, sourceAgreement: 0.5 });
  });
});
