/**
 * Gzip sizes of what the browser loads for each part of a built extension: the content script,
 * the popup (its entry script and every chunk it imports, statically or lazily) and the
 * background. Budgets are in kB of 1,000 bytes, gzip level 9.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BudgetRow {
  part: string;
  files: string[];
  bytes: number;
  gzip: number;
  budget: number;
}

/** The part's budget in gzip bytes. */
export const BUDGETS = { content: 12_000, popup: 30_000, background: 250_000 } as const;

const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The entry and every module it imports, by relative or root path, followed transitively. */
function importGraph(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["']([./][^"']+\.js)["']/g)) {
      visit(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    }
  };
  visit(join(root, entry));
  return [...seen];
}

/** The module scripts an HTML page loads. */
function pageScripts(root: string, html: string): string[] {
  const text = readFileSync(join(root, html), 'utf8');
  return [...text.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map(([, src]) => src.replace(/^\//, ''));
}

export function measureBundles(root: string): BudgetRow[] {
  const row = (part: keyof typeof BUDGETS, files: string[]): BudgetRow => ({
    part,
    files: files.map((f) => relative(root, f)),
    bytes: files.reduce((n, f) => n + readFileSync(f).length, 0),
    gzip: files.reduce((n, f) => n + gzipOf(f), 0),
    budget: BUDGETS[part],
  });
  const popup = [...new Set(pageScripts(root, 'popup.html').flatMap((s) => importGraph(root, s)))];
  return [row('content', importGraph(root, 'content-scripts/content.js')), row('popup', popup), row('background', importGraph(root, 'background.js'))];
}
