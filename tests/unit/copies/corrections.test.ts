import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionsProblem, detach, undo, type StoryCorrection } from '../../../utils/copies';
import { parseSettingsFile, toSettingsFile } from '../../../utils/settings-file';
import { DEFAULT_INDEX_SETTINGS } from '../../../utils/settings';
import { AP, REUTERS, STRAITS, WION, YAHOO } from './blinken';

const STORY = { id: 'demo:blinken', urls: [AP, REUTERS, YAHOO, STRAITS, WION].map((a) => a.url) };
const ARTICLES = [AP, REUTERS, YAHOO, STRAITS, WION];

describe('Not this story', () => {
  it('takes the article out of its story, and Undo puts it back', () => {
    const corrections = detach([], WION, STORY, 1);
    expect(applyCorrections(ARTICLES, STORY.id, corrections).kept.map((a) => a.outletId)).toEqual(['ap', 'reuters', 'yahoo-news', 'the-straits-times']);
    expect(applyCorrections(ARTICLES, STORY.id, corrections).detached.map((d) => d.article.url)).toEqual([WION.url]);
    expect(applyCorrections(ARTICLES, STORY.id, undo(corrections, WION.url, STORY.id)).kept).toHaveLength(5);
  });

  it('is remembered for a new copy of the same report and for the same page, not for other stories', () => {
    const corrections = detach([], YAHOO, STORY, 1);
    const laterCopy = { ...YAHOO, url: 'https://news.example/blinken-copy', outletId: 'another' };
    const { kept } = applyCorrections([...ARTICLES, laterCopy], STORY.id, corrections);
    // Reuters' own report and the Straits Times carry the same headline: they go with it.
    expect(kept.map((a) => a.outletId)).toEqual(['ap', 'wion']);
    expect(applyCorrections([YAHOO], 'another-story', corrections).kept).toHaveLength(1);
  });

  it('follows its story when a merge gives the story another id', () => {
    const corrections = detach([], WION, STORY, 1);
    expect(applyCorrections([AP, WION], 'merged-id', corrections).kept.map((a) => a.outletId)).toEqual(['ap']);
  });

  it('is kept once however often it is asked', () => {
    const twice = detach(detach([], WION, STORY, 1), WION, STORY, 2);
    expect(twice).toHaveLength(1);
    expect(twice[0].at).toBe(2);
  });

  it('travels with the settings file, and a corrupt one is refused with the reason', () => {
    const corrections: StoryCorrection[] = detach([], WION, STORY, 1_700_000_000_000);
    const values = {
      disabledSources: [],
      ratingOverrides: {},
      indexSettings: DEFAULT_INDEX_SETTINGS,
      customSources: [],
      countCarriers: false,
      storyCorrections: corrections,
    };
    const text = JSON.stringify(toSettingsFile(values, new Date(0)));
    expect(parseSettingsFile(text)).toEqual({ ok: true, values });
    expect(correctionsProblem([{ ...corrections[0], anchors: 'x' }])).toBe('correction 1 has invalid "anchors"');
    expect(correctionsProblem([{ ...corrections[0], at: 'yesterday' }])).toBe('correction 1 has no "at" time');
  });
});
