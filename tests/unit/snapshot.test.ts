import { describe, expect, it } from 'vitest';
import { makeSnapshot, parseSnapshot } from '../../utils/snapshot';
import type { IndexedArticle } from '../../utils/model';

const article = (i: number, patch: Partial<IndexedArticle> = {}): IndexedArticle => ({
  url: `https://example.com/a/${i}`,
  outletId: 'ap',
  title: `Headline ${i}`,
  description: '',
  published: 1_700_000_000_000 + i,
  storyId: 's1',
  ...patch,
});
const text = (value: unknown) => JSON.stringify(value);
const valid = () => makeSnapshot('Test', [article(1), article(2)], new Date('2026-01-01T00:00:00Z'));

describe('parseSnapshot', () => {
  it('accepts a valid snapshot and keeps only known fields', () => {
    const withExtra = { ...valid(), articles: [{ ...article(1), evil: '<script>' }] };
    const result = parseSnapshot(text(withExtra));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot.articles).toEqual([article(1)]);
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another format', text({ ...valid(), format: 'other' }), /not a Parallax index export/],
    ['a future version', text({ ...valid(), version: 2 }), /version 2/],
    ['no article list', text({ ...valid(), articles: 'x' }), /no "articles" list/],
    ['a javascript: URL', text({ ...valid(), articles: [article(1, { url: 'javascript:alert(1)' })] }), /Article 1 has no http\(s\) "url"/],
    ['a missing title', text({ ...valid(), articles: [article(1), { ...article(2), title: ' ' }] }), /Article 2 has no valid "title"/],
    ['a bad time', text({ ...valid(), articles: [article(1, { published: Number.NaN })] }), /Article 1 has no valid "published"/],
    ['a repeated URL', text({ ...valid(), articles: [article(1), article(1)] }), /Article 2 repeats the URL/],
    ['a number', '42', /does not hold a Parallax index/],
  ])('refuses %s with a reason', (_name, input, reason) => {
    const result = parseSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});
