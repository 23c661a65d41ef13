import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBundles } from '../../scripts/bundle-sizes';

/** A fake build: the popup imports a chunk that imports another; the content script is noise. */
function fakeBuild(contentBytes: number): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-build-'));
  mkdirSync(join(root, 'chunks'));
  mkdirSync(join(root, 'content-scripts'));
  writeFileSync(join(root, 'popup.html'), '<script type="module" crossorigin src="/chunks/popup-1.js"></script>');
  writeFileSync(join(root, 'chunks/popup-1.js'), 'import{a}from"./ui-2.js";const l=()=>import("./lazy-4.js");a(l);');
  writeFileSync(join(root, 'chunks/ui-2.js'), 'import{b}from"./util-3.js";export const a=b;');
  writeFileSync(join(root, 'chunks/util-3.js'), 'export const b=(x)=>x;');
  writeFileSync(join(root, 'chunks/lazy-4.js'), 'export default 1;');
  writeFileSync(join(root, 'chunks/options-9.js'), 'export default 2;');
  writeFileSync(join(root, 'content-scripts/content.js'), randomBytes(contentBytes).toString('base64'));
  writeFileSync(join(root, 'background.js'), 'console.log(1)');
  return root;
}

describe('measureBundles', () => {
  it('counts every chunk the popup imports, and no other page’s', () => {
    const popup = measureBundles(fakeBuild(100)).find((r) => r.part === 'popup')!;
    expect(popup.files.sort()).toEqual(['chunks/lazy-4.js', 'chunks/popup-1.js', 'chunks/ui-2.js', 'chunks/util-3.js']);
  });

  it('reports a content script over its budget', () => {
    const content = measureBundles(fakeBuild(20_000)).find((r) => r.part === 'content')!;
    expect(content.gzip).toBeGreaterThan(BUDGETS.content);
    expect(content.budget).toBe(12_000);
  });
});
