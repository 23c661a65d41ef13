import { describe, expect, it } from 'vitest';
import { detach } from '../../../utils/copies';
import type { Outlet } from '../../../utils/model';
import { digestAll } from '../../../utils/story-lists/story-digest';
import { blindspotLists, createStorySearch, listAnchor, rankStories } from '../../../utils/story-lists/rank';
import { H, NOW, digest } from './fixtures';

describe('today’s stories', () => {
  it('ranks the window’s stories by outlets, then articles, then recency, and leaves older ones out', () => {
    const stories = [
      digest('small', { biases: { center: 2 } }),
      digest('big', { biases: { left: 3, right: 3 } }),
      digest('old-big', { biases: { center: 9 }, first: NOW - 40 * H, last: NOW - 30 * H }),
      digest('tie-more-articles', { biases: { center: 2 }, articles: 5 }),
      digest('tie-newer', { biases: { center: 2 }, last: NOW - 0.5 * H }),
    ];
    expect(rankStories(stories, { hours: 24, anchor: NOW }).map((s) => s.id)).toEqual(['big', 'tie-more-articles', 'tie-newer', 'small']);
    expect(rankStories(stories, { hours: 48, anchor: NOW }).map((s) => s.id)).toEqual(['old-big', 'big', 'tie-more-articles', 'tie-newer', 'small']);
  });

  it('filters by region and language', () => {
    const stories = [
      digest('us'),
      digest('de', { countries: ['DE'], languages: ['de'] }),
      digest('both', { countries: ['DE', 'US'], languages: ['de', 'en'] }),
    ];
    expect(
      rankStories(stories, { hours: 24, anchor: NOW, country: 'DE' })
        .map((s) => s.id)
        .sort(),
    ).toEqual(['both', 'de']);
    expect(
      rankStories(stories, { hours: 24, anchor: NOW, language: 'en' })
        .map((s) => s.id)
        .sort(),
    ).toEqual(['both', 'us']);
  });

  it('anchors the window at the newest article when the index holds nothing from the last 48 hours', () => {
    expect(listAnchor([digest('a')], NOW)).toEqual({ at: NOW, fromNewest: false });
    const old = digest('old', { last: NOW - 100 * H });
    expect(listAnchor([old], NOW)).toEqual({ at: NOW - 100 * H, fromNewest: true });
    expect(listAnchor([], NOW)).toEqual({ at: NOW, fromNewest: false });
  });

  it('finds a story by a few misspelt words of any of its headlines', () => {
    const stories = [
      digest('blinken', { headlines: ['Blinken meets Chinese VP as US-China contacts increase', "Top US diplomat Blinken meets China's VP Han at UN"] }),
      digest('fed', { headlines: ['Federal Reserve holds interest rates steady'] }),
    ];
    const search = createStorySearch(stories);
    expect(search('blinkn han').map((s) => s.id)).toEqual(['blinken']);
    expect(search('intrest rates').map((s) => s.id)).toEqual(['fed']);
    expect(search('diplomat reserve')).toEqual([]);
    expect(search('  !^$ ')).toEqual([]);
  });
});

describe('blindspot lists', () => {
  it('puts each story in the list of the side that barely covered it, surest verdicts first', () => {
    const stories = [
      digest('no-left', {
        biases: { center: 2, right: 4 },
        blindspot: { side: 'left', judged: true, left: 0, right: 4, center: 2, rated: 6, verdict: '0 of 6 on the Left' },
      }),
      digest('no-left-small', {
        biases: { center: 1, right: 4 },
        blindspot: { side: 'left', judged: true, left: 0, right: 4, center: 1, rated: 5, verdict: '' },
      }),
      digest('no-right', { biases: { left: 4, center: 1 }, blindspot: { side: 'right', judged: true, left: 4, right: 0, center: 1, rated: 5, verdict: '' } }),
      digest('center-only', { biases: { center: 5 }, blindspot: { side: 'both', judged: true, left: 0, right: 0, center: 5, rated: 5, verdict: '' } }),
      digest('balanced', { biases: { left: 2, right: 2, center: 1 } }),
    ];
    const lists = blindspotLists(stories);
    expect(lists.left.map((s) => s.id)).toEqual(['no-left', 'center-only', 'no-left-small']);
    expect(lists.right.map((s) => s.id)).toEqual(['center-only', 'no-right']);
  });

  it('uses the popup’s rule and threshold: digests carry coverageFor’s verdict and counts', () => {
    const outlets = new Map<string, Outlet>();
    const rate = (id: string, bias: 'left' | 'center' | 'right') =>
      outlets.set(id, {
        id,
        name: id,
        homepage: '',
        domains: [],
        feeds: [],
        country: 'US',
        language: 'en',
        bias: { value: bias, source: 'allsides', date: '2022' },
      });
    ['r1', 'r2', 'r3', 'r4'].forEach((id) => rate(id, 'right'));
    rate('c1', 'center');
    rate('l1', 'left');
    const article = (outletId: string, storyId: string) => ({
      url: `https://${outletId}.example/${storyId}`,
      outletId,
      title: `${outletId} runs the ${storyId} story`,
      published: NOW,
      storyId,
    });
    const articles = [...['r1', 'r2', 'r3', 'r4', 'c1'].map((o) => article(o, 's')), ...['r1', 'r2', 'r3', 'r4', 'l1'].map((o) => article(o, 't'))];
    const strict = digestAll(articles, { outlets, blindspotThreshold: 0.2 });
    // 1 of 5 on the Left is not "fewer than 20%": only the story with none is a blindspot.
    expect(blindspotLists(strict).left.map((s) => s.id)).toEqual(['s']);
    expect(strict.find((s) => s.id === 's')?.blindspot).toMatchObject({
      left: 0,
      right: 4,
      rated: 5,
      verdict: expect.stringMatching(/^Blindspot for the Left: 0 of 5/),
    });
    const loose = digestAll(articles, { outlets, blindspotThreshold: 0.25 });
    expect(
      blindspotLists(loose)
        .left.map((s) => s.id)
        .sort(),
    ).toEqual(['s', 't']);
    // A source turned off leaves the counts.
    const off = digestAll(articles, { outlets, disabled: new Set(['c1']) });
    expect(off.find((s) => s.id === 's')?.blindspot.judged).toBe(false);
    // So does an article the reader took out of its story ("Not this story"): 4 rated outlets are too few to judge.
    const urls = articles.filter((a) => a.storyId === 't').map((a) => a.url);
    const corrected = digestAll(articles, { outlets, corrections: detach([], articles[9], { id: 't', urls }, NOW) });
    expect(corrected.find((s) => s.id === 't')).toMatchObject({ outlets: 4, articles: 4, blindspot: { judged: false, side: null, left: 0, right: 4 } });
    expect(corrected.find((s) => s.id === 't')?.headlines).not.toContain('l1 runs the t story');
    expect(corrected.find((s) => s.id === 's')?.outlets).toBe(5);
    // A story left with nothing once corrected is no story at all.
    const [only] = articles;
    expect(digestAll([only], { outlets, corrections: detach([], only, { id: 's', urls: [] }, NOW) })).toEqual([]);
  });
});
