import { describe, expect, test } from 'vitest';
import { splitSentences, summarize, type SummaryArticle } from '../../../utils/stories/summary';

describe('splitSentences', () => {
  test.each([
    ['One sentence here. Another one there.', ['One sentence here.', 'Another one there.']],
    ['The U.S. said it would act. Mr. Smith agreed.', ['The U.S. said it would act.', 'Mr. Smith agreed.']],
    ['"We will," she said. Then she left!', ['"We will," she said.', 'Then she left!']],
    ['Prices rose 5.4 percent. 2024 was a record.', ['Prices rose 5.4 percent.', '2024 was a record.']],
    ['no full stop at the end', ['no full stop at the end']],
    ['', []],
  ])('%j', (text, expected) => expect(splitSentences(text)).toEqual(expected));
});

const STORY: SummaryArticle[] = [
  {
    url: 'https://a.example/1',
    outletId: 'a',
    title: 'Senate passes budget bill after all-night session',
    description: 'The Senate passed the budget bill early Friday after an all-night session. Lunch was served at noon.',
  },
  { url: 'https://b.example/1', outletId: 'b', title: 'Budget bill clears Senate in narrow 51-49 vote' },
  { url: 'https://c.example/1', outletId: 'c', title: 'Senate passes budget bill after an all-night session' },
  { url: 'https://d.example/1', outletId: 'd', title: 'Governors object as the Senate budget bill passes' },
];

describe('summarize', () => {
  test('returns central sentences, each traceable to its outlet and URL', () => {
    const out = summarize(STORY);
    expect(out).toHaveLength(3);
    for (const s of out) {
      const a = STORY.find((x) => x.url === s.url);
      expect(a?.outletId).toBe(s.outletId);
      expect(`${a?.title} ${a?.description}`).toContain(s.text);
    }
  });

  test('leaves out the off-topic sentence and near-duplicates', () => {
    const texts = summarize(STORY).map((s) => s.text);
    expect(texts).not.toContain('Lunch was served at noon.');
    // The two all-night-session headlines say the same thing: at most one of them.
    expect(texts.filter((t) => t.includes('all-night session')).length).toBeLessThanOrEqual(1);
  });

  test('prefers sentences from different outlets', () => {
    expect(new Set(summarize(STORY).map((s) => s.outletId)).size).toBe(3);
  });

  test('a story with fewer usable sentences gives fewer, and none gives none', () => {
    expect(summarize([STORY[1]])).toHaveLength(1);
    expect(summarize([])).toEqual([]);
    expect(summarize([{ url: 'u', outletId: 'x', title: 'Too short' }])).toEqual([]);
    expect(summarize(STORY, { count: 1 })).toHaveLength(1);
  });
});
