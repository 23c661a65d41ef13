import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type Kept, contentScriptsRegistry, createAccess, listenForGrants, scriptingRegistry } from '../access';
import type { Outlet } from '../model';
import { customSources, disabledSources, indexSettings, sourcesChosen } from '../settings';

const chosen = async () => (await sourcesChosen.getValue()) !== null;

/**
 * A value the worker keeps for this browser session (`storage.session`), for this version of the
 * extension only: the bundled catalog changes with it.
 */
export function sessionKept<T>(name: string): Kept<T> {
  const item = storage.defineItem<{ version: string; key: string; value: T } | null>(`session:${name}`, { fallback: null });
  const { version } = browser.runtime.getManifest();
  return {
    get: async () => {
      const kept = await item.getValue();
      return kept?.version === version ? kept : null;
    },
    set: (entry) => item.setValue({ version, ...entry }),
  };
}

/**
 * The worker's host access, wired to the browser and the reader's settings: what is granted and
 * missing (utils/access), and `follow`, which keeps the content script and the grants in step.
 */
export function createHostAccess(outlets: () => Promise<readonly Outlet[]>) {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  // Chrome's MV3 build registers the content script with `scripting`; Firefox's MV2 with `contentScripts`.
  const api = browser as unknown as { scripting?: Parameters<typeof scriptingRegistry>[0]; contentScripts?: Parameters<typeof contentScriptsRegistry>[0] };
  const persistent = !!api.scripting?.registerContentScripts;
  const access = createAccess({
    permissions: browser.permissions,
    // A test build holds the hosts from install: those can never be given back.
    required: [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))],
    outlets,
    disabled: () => disabledSources.getValue(),
    indexUrl: async () => (await indexSettings.getValue()).indexUrl,
    chosen,
    registry: persistent ? scriptingRegistry(api.scripting!) : contentScriptsRegistry(api.contentScripts!),
    // Firefox's registration ends with the background page: only Chrome's outlives a start.
    kept: { status: sessionKept('accessStatus'), ...(persistent ? { registration: sessionKept<string[]>('contentScriptMatches') } : {}) },
  });

  /**
   * The content script follows the grants: at each start, and when the reader grants or revokes
   * access, on Parallax's pages or in the browser's own settings; a new grant is read at once.
   * Sources turned off (or removed, or an index URL dropped) give back what nothing needs.
   */
  function follow(startRefresh: () => void) {
    void listenForGrants({
      onAdded: browser.permissions.onAdded,
      onRemoved: browser.permissions.onRemoved,
      access,
      startRefresh,
      chosen,
      onError: (e) => console.error('Parallax: content script not registered', e),
    });
    const release = () => void access.release().catch((e: unknown) => console.error('Parallax: host access not released', e));
    disabledSources.watch(release);
    customSources.watch(release);
    indexSettings.watch((next, old) => next.indexUrl !== old?.indexUrl && release());
  }

  return { ...access, follow };
}
