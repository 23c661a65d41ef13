import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `tests/fixtures/pages/html/${name}.html.gz`;
const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run extract', () => {
  test('prints one JSON object with the fields of an article', () => {
    const out = JSON.parse(run(fixture('readability-aktualne'), '--url', 'https://sport.aktualne.cz/fotbal/x/?utm_source=x'));
    expect(out).toMatchObject({
      isArticle: true,
      title: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
      outletDomain: 'aktualne.cz',
      publishedTime: '2021-11-01T09:52:50.000Z',
      byline: 'Aleš Vávra',
    });
    expect(out.canonicalUrl).toMatch(/^https:\/\/sport\.aktualne\.cz\/fotbal\/zahranici\//);
  });

  test('prints isArticle false with reasons for a non-article', () => {
    const out = JSON.parse(run(fixture('readability-wikipedia'), '--url=https://en.wikipedia.org/wiki/Mozilla'));
    expect(out.isArticle).toBe(false);
    expect(out.reasons.join(' ')).toMatch(/wiki/i);
    expect(Object.keys(out).sort()).toEqual(['isArticle', 'reasons']);
  });

  test('exits 2 with usage when --url is missing', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/extract.ts', fixture('readability-aktualne')], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});
