import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Catalog } from './utils/model';
import { catalogHostPermissions, contentScriptMatches } from './utils/sources/permissions';

/** The catalog decides where the content script runs and which feed hosts we may fetch. */
function loadCatalog(): Catalog {
  return JSON.parse(readFileSync(new URL('./public/catalog.json', import.meta.url), 'utf8')) as Catalog;
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
  manifest: ({ browser }) => {
    const catalog = loadCatalog();
    return {
      name: 'Parallax',
      description: 'Who else covered the story you are reading: bias mix, factuality and blindspots, computed on your device.',
      permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
      // Feed hosts of the catalog (to refresh the local index) and the outlets' own sites (to
      // recognise the article being read). Nothing else: other sites are read only on a click.
      host_permissions: catalogHostPermissions(catalog),
      // A feed the reader adds: its host is asked for when they add it, not before.
      ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.example', data_collection_permissions: { required: ['none'] } } } }
        : {}),
    };
  },
  // The store's source zip needs what builds the extension, not the test fixtures.
  zip: { excludeSources: ['tests/**', 'test-results/**', '.ci/**', ...untrackedSources()] },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = contentScriptMatches(loadCatalog());
      for (const script of manifest.content_scripts ?? []) script.matches = matches;
    },
  },
});
