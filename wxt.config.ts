import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { originsFor } from './utils/access/origins';
import type { Catalog } from './utils/model';

/**
 * `PARALLAX_GRANT_HOSTS=1` makes the test build (`npm test`'s e2e suite, `npm start`): the same
 * extension, in `.output/<browser>-mv<N>-test`, holding at install the hosts a reader grants on
 * the first-run page when keeping every source on. Automation cannot answer the browser's
 * permission prompt; a test checks that the two manifests differ in nothing else.
 */
const grantHosts = process.env.PARALLAX_GRANT_HOSTS === '1';

function catalogOrigins(): string[] {
  const catalog = JSON.parse(readFileSync(new URL('./public/catalog.json', import.meta.url), 'utf8')) as Catalog;
  return originsFor(catalog.outlets);
}

/**
 * Files git does not track (untracked or ignored: logs, scratch files, local builds), as globs:
 * the store's source zip holds what the repository holds, nothing from one machine's checkout.
 */
function untrackedSources(): string[] {
  const list = (args: string[]) => {
    try {
      return execFileSync('git', ['ls-files', '--others', '--exclude-standard', ...args], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  return [...list([]), ...list(['--ignored', '--directory'])].map((p) => (p.endsWith('/') ? `${p}**` : p));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  ...(grantHosts ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  manifest: ({ browser }) => {
    // Install asks for no host: every host is optional, asked for when the reader chooses sources
    // (first-run page), turns one on (options page), adds a feed or sets an index URL.
    // One pattern for both schemes: the browser accepts a request only for patterns that a single
    // optional pattern contains, and the first-run page asks for `*://*.site/*`.
    const optional = ['*://*/*'];
    const granted = grantHosts ? catalogOrigins() : [];
    return {
      // Name and description in the browser's language, from public/_locales/.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'alarms', 'activeTab', 'scripting', ...(browser === 'firefox' ? granted : [])],
      ...(browser === 'firefox'
        ? { optional_permissions: optional }
        : { optional_host_permissions: optional, ...(granted.length ? { host_permissions: granted } : {}) }),
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.example', data_collection_permissions: { required: ['none'] } } } }
        : {}),
    };
  },
  hooks: {
    // One script per page. By default the pages share ~20 small chunks and a page waits for each
    // (the story page for 13: ~20 ms more before its code runs, in Chromium, than for one file).
    // Inlining the shared chunks repeats code across pages (disk only) and makes each page, popup
    // included, one request. Only the pages' build: the worker and content script are one file each.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.inputPath.endsWith('.html'))) return;
      const rollup = (config.build ??= {}).rollupOptions ?? {};
      const output = Array.isArray(rollup.output) ? rollup.output[0] : (rollup.output ?? {});
      config.build.rollupOptions = {
        ...rollup,
        // Required by rolldown's inlining: entries export nothing anyway.
        preserveEntrySignatures: false,
        output: { ...output, codeSplitting: { experimentalInlineCommonChunks: { maxSize: Number.POSITIVE_INFINITY } } },
      };
    },
  },
  // The store's source zip needs what builds the extension, not the test fixtures.
  zip: { excludeSources: ['tests/**', 'test-results/**', '.ci/**', ...untrackedSources()] },
});
