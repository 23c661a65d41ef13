import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { AP, REUTERS, STRAITS, WION, YAHOO } from './blinken';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/copies.ts', ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'copies-cli-'));
const rows = [AP, REUTERS, YAHOO, STRAITS, WION].map((a, i) => ({
  id: `b${i}`,
  title: a.title,
  description: a.description ?? null,
  url: a.url,
  outlet: a.outletId,
  published: new Date(a.published).toISOString(),
  story: 'blinken',
}));
const file = join(dir, 'seed.eval.jsonl');
writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));

describe('npm run copies', () => {
  test('prints one JSON line: each group with its wire, the original and the carriers', () => {
    const out = JSON.parse(run(file));
    expect(out).toMatchObject({ articles: 5, groups: 1, carriers: 2 });
    expect(out.copies).toEqual([
      {
        wire: 'Reuters',
        source: 'Reuters',
        original: { url: REUTERS.url, outlet: 'reuters' },
        carriers: [
          { url: YAHOO.url, outlet: 'yahoo-news', kind: 'copy' },
          { url: STRAITS.url, outlet: 'the-straits-times', kind: 'copy' },
        ],
      },
    ]);
  });

  test('scores against labels given with --labels', () => {
    const labels = join(dir, 'labels.jsonl');
    writeFileSync(labels, [JSON.stringify({ url: YAHOO.url, copy_of: 'Reuters' }), JSON.stringify({ url: WION.url, copy_of: null })].join('\n'));
    expect(JSON.parse(run(file, '--labels', labels)).score).toMatchObject({ labelled: 2, precision: 1, recall: 1 });
  });

  test('exits 2 with usage when no file is given', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/copies.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});
