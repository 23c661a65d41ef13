import { describe, expect, test } from 'vitest';
import { classifyPage } from '../../../utils/article/extract-article';
import { pickTitle, type TitleSources } from '../../../utils/article/title';
import { readArticle } from '../../../utils/article/read-article';
import { page } from './html';

const SITE = ['Example News'];
const HOST = 'www.example.com';
const pick = (s: Partial<TitleSources>) => pickTitle({ metas: [], headings: [], ...s }, SITE, HOST);

describe('pickTitle: which source names the headline', () => {
  test.each<[string, Partial<TitleSources>, string, number]>([
    ['JSON-LD beats everything', { jsonLd: 'LD headline', metas: ['OG headline'], headings: ['OG headline'] }, 'LD headline', 0],
    [
      'a microdata headline that og:title confirms beats a heading the <title> confirms',
      {
        microdata: 'The 5 biggest mistakes and how to fix them',
        metas: ['The 5 biggest mistakes and how to fix them'],
        headings: ['Decorating mistakes'],
        documentTitle: 'Decorating mistakes | Example News',
      },
      'The 5 biggest mistakes and how to fix them',
      0,
    ],
    [
      'a lone microdata headline (a teaser) does not beat a confirmed heading',
      { microdata: 'Five other stories you missed', metas: ['Council approves budget'], headings: ['Council approves the budget'] },
      'Council approves the budget',
      0,
    ],
    [
      'a heading the metadata confirms beats the metadata wording',
      { metas: ['Council approves the budget'], headings: ['Example News', 'Council approves the 2025 budget'] },
      'Council approves the 2025 budget',
      1,
    ],
    ['an unconfirmed heading loses to the metadata', { metas: ['Council approves budget'], headings: ['Most read'] }, 'Council approves budget', -1],
    [
      'a confirming title needs no site suffix',
      { headings: ['Council approves budget'], documentTitle: 'Council approves budget - Example News' },
      'Council approves budget',
      0,
    ],
    ['with no metadata, the first heading', { headings: ['Council approves budget'] }, 'Council approves budget', -1],
  ])('%s', (_why, sources, title, heading) => {
    expect(pick(sources)).toMatchObject({ title, heading });
  });

  test('nothing to go on gives undefined', () => {
    expect(pick({ metas: [undefined, '  '] })).toBeUndefined();
  });
});

describe('headline elements', () => {
  const prose = `<p>${'The council met on Tuesday and argued about the budget for hours. '.repeat(20)}</p>`;
  const head = '<title>Council approves budget_Politics_Example</title>';
  const url = 'https://example.com/articles/38282.html';

  test('when every <h1> is the logo, an <h2> the title confirms is the headline, with its printed date', () => {
    const body = `<a href="https://example.com/"><h1>Example</h1></a><h2>Council approves budget</h2><span>2017-03-01 14:27</span>${prose}`;
    const verdict = classifyPage(page(head, body), url);
    expect(verdict.reasons).toContain('date under the headline (+2)');
    expect(verdict.isArticle).toBe(true);
    expect(readArticle(page(head, body), url)).toMatchObject({ title: 'Council approves budget', publishedTime: '2017-03-01' });
  });

  test('an <h1> that is not a logo (a section name) keeps the <h2>s out', () => {
    const body = `<h1>Events and seminars</h1><h2>Council approves budget</h2><span>2017-03-01 14:27</span>${prose}`;
    expect(classifyPage(page(head, body), url).reasons).not.toContain('date under the headline (+2)');
  });

  test('an <h1> wrapping the home link is a logo too', () => {
    const body = `<h1><a href="/"><img alt="Example"></a></h1><h2>Council approves budget</h2><span>2017-03-01</span>${prose}`;
    expect(classifyPage(page(head, body), url).reasons).toContain('date under the headline (+2)');
  });
});
