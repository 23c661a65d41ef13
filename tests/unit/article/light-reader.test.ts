/**
 * The content script bundles `readArticle`; its budget (12 KB gzip for the whole script, of
 * which the webextension polyfill takes about 3 KB) leaves no room for tldts or any other
 * library. This walks the module graph from read-article.ts and checks that it reaches only
 * local modules and type-only imports, and bundles it (esbuild, minified, as the build does) to
 * check its size and that the tables only the worker or the CLI need stay out of it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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

/** The light reader's share of the content-script budget, in bytes of gzip. */
const LIGHT_READER_BUDGET = 7500;

test(`the light reader bundles to at most ${LIGHT_READER_BUDGET} bytes of gzip, without the worker's and the CLI's tables`, async () => {
  const entry = fileURLToPath(new URL('../../../utils/article/read-article.ts', import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const code = outputFiles[0].text;
  expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(LIGHT_READER_BUDGET);
  // Tracking parameters, AMP caches and reasons in words are the background's and the CLI's.
  expect(code).not.toMatch(/fbclid|ampproject|publication date|listing URL/);
  expect(code).toMatch(/readArticle/);
});
