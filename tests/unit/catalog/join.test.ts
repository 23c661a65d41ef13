import { describe, expect, test } from 'vitest';
import { allsidesSlug, joinRatings, type AllSidesRow, type RspRow } from '../../../scripts/catalog/join';
import type { CuratedOutlet } from '../../../scripts/catalog/outlets';
import { allsidesBias, rspFactuality } from '../../../scripts/catalog/rating-sources';

const PAGE = 'https://www.allsides.com/news-source/';

function curated(id: string, domains: string[], allsides?: string): CuratedOutlet {
  return { id, name: id, homepage: `https://${domains[0]}/`, domains, feeds: [], country: 'US', language: 'en', ...(allsides ? { allsides } : {}) };
}

function row(domain: string, bias: string, slug: string, extra: Partial<AllSidesRow> = {}): AllSidesRow {
  return { domain, name: slug, bias, type: 'News', url: `http://${domain}/`, allsides_url: PAGE + slug, ...extra };
}

function rsp(domain: string, factuality: string): RspRow {
  return { domain, factuality };
}

describe('label mappings', () => {
  test.each([
    ['Left', 'left'],
    ['Lean Left', 'lean-left'],
    ['Center', 'center'],
    ['Lean Right', 'lean-right'],
    ['Right', 'right'],
    ['Mixed', undefined],
    ['', undefined],
    ['lean left', undefined],
  ])('AllSides %j -> %s', (label, bias) => {
    expect(allsidesBias(label)).toBe(bias);
  });

  test.each([
    ['generally reliable', 'reliable'],
    ['no consensus', 'no-consensus'],
    ['generally unreliable or deprecated', 'unreliable'],
    ['deprecated', 'unreliable'],
    ['blacklisted', 'blacklisted'],
    ['Generally Reliable', 'reliable'],
    ['', undefined],
    ['reliable-ish', undefined],
  ])('Wikipedia %j -> %s', (status, factuality) => {
    expect(rspFactuality(status)).toBe(factuality);
  });

  test('allsidesSlug strips the AllSides page prefix', () => {
    expect(allsidesSlug({ allsides_url: `${PAGE}cnn-media-bias` })).toBe('cnn-media-bias');
  });
});

describe('joinRatings: AllSides bias', () => {
  test('matches by domain and subdomain, keeps the page URL and the collection date', () => {
    const { outlets, problems } = joinRatings(
      [curated('wsj', ['wsj.com']), curated('reuters', ['reuters.com'])],
      [row('online.wsj.com', 'Center', 'wsj'), row('reuters.com', 'Center', 'reuters')],
      [],
    );
    expect(problems).toEqual([]);
    expect(outlets.map((o) => [o.id, o.bias])).toEqual([
      ['reuters', { value: 'center', source: 'allsides', date: '2022-09-28', url: `${PAGE}reuters` }],
      ['wsj', { value: 'center', source: 'allsides', date: '2022-09-28', url: `${PAGE}wsj` }],
    ]);
  });

  test.each([
    ['a Mixed rating', row('a.com', 'Mixed', 'a')],
    ['a non-News row', row('a.com', 'Left', 'a', { type: 'Authors' })],
    ['a row without a domain', row('', 'Left', 'a')],
    ['a row whose site is an AllSides page', row('allsides.com', 'Left', 'a', { url: `${PAGE}a` })],
    ['a row for another domain', row('b.com', 'Left', 'b')],
  ])('leaves the outlet unrated for %s', (_, r) => {
    const { outlets, problems } = joinRatings([curated('a', ['a.com']), curated('all', ['allsides.com'])], [r], []);
    expect(problems).toEqual([]);
    expect(outlets.every((o) => o.bias === undefined)).toBe(true);
  });

  test('several matching rows need a named page', () => {
    const rows = [row('cnn.com', 'Left', 'cnn-media-bias'), row('cnn.com', 'Lean Left', 'cnn-business')];
    const unnamed = joinRatings([curated('cnn', ['cnn.com'])], rows, []);
    expect(unnamed.problems).toEqual([expect.stringContaining('several AllSides rows')]);
    expect(unnamed.outlets[0].bias).toBeUndefined();

    const named = joinRatings([curated('cnn', ['cnn.com'], 'cnn-business')], rows, []);
    expect(named.problems).toEqual([]);
    expect(named.outlets[0].bias?.value).toBe('lean-left');

    const wrong = joinRatings([curated('cnn', ['cnn.com'], 'fox-news')], rows, []);
    expect(wrong.problems).toEqual([expect.stringContaining('"fox-news" is not among')]);
  });

  test('a more specific outlet takes the rows of its subdomain', () => {
    const { outlets } = joinRatings(
      [curated('uol', ['uol.com.br']), curated('folha', ['folha.uol.com.br'])],
      [row('folha.uol.com.br', 'Lean Left', 'folha')],
      [],
    );
    expect(outlets.map((o) => [o.id, o.bias?.value])).toEqual([
      ['folha', 'lean-left'],
      ['uol', undefined],
    ]);
  });
});

describe('joinRatings: Wikipedia factuality', () => {
  test('matches exact domains, with no per-outlet URL', () => {
    const { outlets } = joinRatings(
      [curated('g', ['theguardian.com', 'guardian.co.uk'])],
      [],
      [rsp('guardian.co.uk', 'generally reliable'), rsp('theguardian.com', 'generally reliable')],
    );
    expect(outlets[0].factuality).toEqual({ value: 'reliable', source: 'wikipedia-rsp', date: '2024' });
  });

  test('a registrable domain rates the only outlet publishing under it', () => {
    const { outlets } = joinRatings([curated('abc', ['abcnews.go.com'])], [], [rsp('go.com', 'generally reliable')]);
    expect(outlets[0].factuality?.value).toBe('reliable');
  });

  test('a registrable domain shared by several outlets rates none of them', () => {
    const { outlets } = joinRatings(
      [curated('toi', ['timesofindia.indiatimes.com']), curated('et', ['economictimes.indiatimes.com'])],
      [],
      [rsp('indiatimes.com', 'no consensus')],
    );
    expect(outlets.map((o) => o.factuality)).toEqual([undefined, undefined]);
  });

  test('domains with different statuses are a problem, not a guess', () => {
    const { outlets, problems } = joinRatings([curated('x', ['x.com', 'x.net'])], [], [rsp('x.com', 'generally reliable'), rsp('X.NET', 'blacklisted')]);
    expect(problems).toEqual([expect.stringContaining('different Wikipedia statuses')]);
    expect(outlets[0].factuality).toBeUndefined();
  });
});

describe('joinRatings: the curated list', () => {
  test('reports duplicate ids and domains claimed twice', () => {
    const { problems } = joinRatings([curated('a', ['a.com']), curated('a', ['b.com']), curated('c', ['a.com'])], [], []);
    expect(problems).toEqual(['a: duplicate id', 'a.com: claimed by both a and c']);
  });

  test('sorts outlets by id and drops the build-only `allsides` field', () => {
    const { outlets } = joinRatings([curated('zeta', ['z.com'], 'z'), curated('alpha', ['a.com'])], [row('z.com', 'Right', 'z')], []);
    expect(outlets.map((o) => o.id)).toEqual(['alpha', 'zeta']);
    expect(outlets.some((o) => 'allsides' in o)).toBe(false);
  });
});
