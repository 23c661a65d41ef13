import { describe, expect, test } from 'vitest';
import { articleTerms, tokenize } from '../../../utils/stories';

/** The terms an article with no headline draws from its URL alone. */
const slugTerms = (url: string): string[] => articleTerms('', undefined, undefined, undefined, url).terms.sort();

describe('words of the URL slug', () => {
  test.each([
    ['https://www.cnn.com/2021/04/21/us/ohio-columbus-police-shooting-15-year-old/index.html', 'ohio columbus police shooting year old'],
    ['https://apnews.com/article/joe-biden-climate-summits-d27b869add251860acc82f58e2750fd7', 'joe biden climate summits'],
    ['https://www.foxnews.com/media/nbc-news-bryant-shooting?utm_source=x#top', 'nbc news bryant shooting'],
    ['https://example.org/News.asp?id=1972683', ''],
    ['https://example.org/2014/03/10/', ''],
    ['https://www.lemonde.fr/planete/article/vague-de-chaleur-%C3%A9t%C3%A9_6088.html', 'vague de chaleur été'],
    ['https://example.org/bad-%E0%A4%A-escape', 'bad escape'],
    ['not a url', ''],
  ])('%s -> %j', (url, words) => {
    expect(slugTerms(url)).toEqual([...new Set(tokenize(words).map((t) => t.term))].sort());
    if (words) expect(slugTerms(url).length).toBeGreaterThan(0);
  });
});

describe('articleTerms', () => {
  test('slug words add evidence below the title and description', () => {
    const v = articleTerms('Senate passes bill', 'Lawmakers voted on Tuesday.', undefined, 'en', 'https://x.example/senate-passes-asian-hate-crimes-bill');
    const w = new Map(v.terms.map((t, i) => [t, v.weights[i]]));
    expect(w.get('senat')).toBe(1); // a title word keeps its title weight
    expect(w.get('lawmaker')).toBe(0.5);
    expect(w.get('asian')).toBe(0.5);
    expect(w.get('crim')).toBe(0.5);
  });

  test('a zero slug weight ignores the URL', () => {
    const v = articleTerms('Senate passes bill', undefined, { description: 0.5, name: 1, number: 1, slug: 0 }, 'en', 'https://x.example/asian-hate-crimes');
    expect(v.terms).not.toContain('asian');
  });
});
