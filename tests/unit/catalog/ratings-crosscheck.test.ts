/**
 * Checks the shipped ratings against independent copies of the published data
 * (tests/fixtures/ratings), so an edit to the build inputs or a join bug cannot slip through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../scripts/catalog/csv';
import type { Catalog } from '../../../utils/model';
import { createOutletLookup } from '../../../utils/sources/catalog';

const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
const lookup = createOutletLookup(catalog.outlets);
const allsides = parseCsv(readFileSync('tests/fixtures/ratings/allsides_2022-09_news.csv', 'utf8'));
const wikipedia = parseCsv(readFileSync('tests/fixtures/ratings/wikipedia_perennial_idiap.csv', 'utf8'));

const FIVE_POINT: Record<string, string> = { Left: 'left', 'Lean Left': 'lean-left', Center: 'center', 'Lean Right': 'lean-right', Right: 'right' };
const STATUS: Record<string, string> = {
  'generally reliable': 'reliable',
  'no consensus': 'no-consensus',
  'generally unreliable or deprecated': 'unreliable',
  blacklisted: 'blacklisted',
};

describe('shipped AllSides ratings', () => {
  const rated = catalog.outlets.filter((o) => o.bias);

  test('exist for the outlets most readers meet', () => {
    expect(rated.length).toBeGreaterThanOrEqual(150);
  });

  test("each equals the published five-point value of a News row on one of the outlet's domains", () => {
    const wrong = rated.flatMap((o) => {
      const published = allsides.find((r) => r.allsides_url === o.bias!.url);
      if (!published) return [`${o.id}: no row for ${o.bias!.url}`];
      if (FIVE_POINT[published.bias] !== o.bias!.value) return [`${o.id}: ${o.bias!.value} but AllSides says ${published.bias}`];
      if (lookup.byDomain(published.domain)?.id !== o.id) return [`${o.id}: row domain ${published.domain} is not its own`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  test('are not missing for any outlet whose domain has a rated News row of its own', () => {
    const missed = allsides
      .filter((r) => r.domain && FIVE_POINT[r.bias] && !r.url.includes('allsides.com/'))
      .flatMap((r) => {
        const outlet = lookup.byDomain(r.domain);
        return outlet && !outlet.bias ? [`${outlet.id} (${r.name})`] : [];
      });
    expect(missed).toEqual([]);
  });

  test.each([
    ['cnn', 'left'],
    ['fox-news', 'right'],
    ['reuters', 'center'],
    ['the-new-york-times', 'lean-left'],
    ['new-york-post', 'lean-right'],
    ['the-wall-street-journal', 'center'],
  ])('%s uses its news desk rating (%s), not its opinion desk', (id, value) => {
    expect(catalog.outlets.find((o) => o.id === id)?.bias?.value).toBe(value);
  });
});

describe('shipped Wikipedia statuses', () => {
  test('each outlet with a listed domain carries exactly that status', () => {
    const wrong = catalog.outlets.flatMap((o) =>
      o.domains.flatMap((d) => {
        const listed = wikipedia.find((r) => r.domain.toLowerCase() === d);
        if (!listed) return [];
        return o.factuality?.value === STATUS[listed.factuality] ? [] : [`${o.id}: ${d} is "${listed.factuality}", shipped ${o.factuality?.value}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  test('outlets without a listed domain or a sole parent entry stay unrated', () => {
    const listed = new Set(wikipedia.map((r) => r.domain.toLowerCase()));
    const guessed = catalog.outlets.filter((o) => o.factuality && !o.domains.some((d) => listed.has(d) || [...listed].some((l) => d.endsWith(`.${l}`))));
    expect(guessed.map((o) => o.id)).toEqual([]);
  });
});
