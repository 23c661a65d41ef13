/**
 * The content script bundles `readArticle`; its budget (12 KB gzip for the whole script) leaves
 * no room for tldts or any other library. This walks the module graph from read-article.ts and
 * checks that it reaches only local modules and type-only imports.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const IMPORT = /^\s*import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm;

function reachable(entry: string): { files: Set<string>; external: string[] } {
  const files = new Set<string>();
  const external: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, typeOnly, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (typeOnly) continue;
      if (!spec.startsWith('.')) external.push(`${file}: ${spec}`);
      else visit(resolve(dirname(file), `${spec}.ts`));
    }
  };
  visit(entry);
  return { files, external };
}

test('readArticle imports no package and nothing outside utils/article', () => {
  const entry = fileURLToPath(new URL('../../../utils/article/read-article.ts', import.meta.url));
  const { files, external } = reachable(entry);
  expect(external).toEqual([]);
  for (const file of files) expect(file).toMatch(/utils\/article\/[a-z-]+\.ts$/);
  expect(files.size).toBeGreaterThan(5);
});

test('extractArticle is the module that brings in the public-suffix list', () => {
  const entry = fileURLToPath(new URL('../../../utils/article/extract-article.ts', import.meta.url));
  const { files } = reachable(entry);
  expect([...files].some((f) => f.endsWith('utils/sources/domain.ts'))).toBe(true);
});
