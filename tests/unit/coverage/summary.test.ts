import { describe, expect, test } from 'vitest';
import { coverageFor } from '../../../utils/coverage';

interface SummaryArticle {
  url: string;
  outletId: string;
  title: string;
  description?: string;
}

/** The coverage's summary of these articles (outlets unknown to the catalog, which the summary does not need). */
const summarize = (articles: readonly SummaryArticle[], options: { count?: number } = {}) =>
  coverageFor(
    articles.map((a, i) => ({ ...a, published: i })),
    { outlets: new Map(), summarySentences: options.count },
  ).summary;

describe('sentences are split at full stops, not at "U.S." or "Mr."', () => {
  test.each([
    ['The first sentence is here. Another one stands over there.', ['The first sentence is here.', 'Another one stands over there.']],
    ['The U.S. said it would act. Mr. Smith agreed with the plan.', ['The U.S. said it would act.', 'Mr. Smith agreed with the plan.']],
    ['"We will fund the bridge," the mayor said. Then she left the room!', ['"We will fund the bridge," the mayor said.', 'Then she left the room!']],
    ['Prices rose 5.4 percent last month. 2024 was a record year.', ['Prices rose 5.4 percent last month.', '2024 was a record year.']],
    ['no full stop at the very end', ['no full stop at the very end']],
  ])('%j', (text, expected) => {
    // A headline too short to be a sentence of the summary, so only the description's sentences count.
    const texts = summarize([{ url: 'https://a.example/1', outletId: 'a', title: 'Short', description: text }], { count: 10 }).map((s) => s.text);
    expect(texts.sort()).toEqual([...expected].sort());
  });
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
