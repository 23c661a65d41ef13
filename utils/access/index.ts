/**
 * Host access: install asks for none. The reader's choice of sources asks for their feed hosts
 * and sites; turning sources off gives back what no enabled source still needs; the content
 * script follows the grants. This module is the worker's side of it and the one entry point.
 */
import type { Outlet } from '../model';
import { createContentScriptSync, type ScriptRegistry } from './content-scripts';
import { feedOrigin, originsFor, originsToRelease } from './origins';
import { accessStatus, type AccessStatus } from './status';

export { contentScriptsRegistry, grantedSiteMatches, scriptingRegistry } from './content-scripts';
export { feedOrigins, feedUrlsOf, grantChecker, originsFor, originsToRelease, siteOrigins } from './origins';
export type { AccessStatus } from './status';

/** The slice of `browser.permissions` the worker uses. */
interface PermissionsApi {
  getAll(): Promise<{ origins?: string[] }>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface AccessDeps {
  permissions: PermissionsApi;
  /** The manifest's own host permissions (a test build's): never given back. */
  required: readonly string[];
  /** The catalog's outlets and the reader's own. */
  outlets(): Promise<readonly Outlet[]>;
  /** Ids the reader turned off. */
  disabled(): Promise<readonly string[]>;
  /** The static index URL the reader set, or ''. */
  indexUrl(): Promise<string>;
  chosen(): Promise<boolean>;
  registry: ScriptRegistry;
}

export function createAccess(deps: AccessDeps) {
  const granted = async () => (await deps.permissions.getAll()).origins ?? [];
  const enabled = async () => {
    const [outlets, off] = await Promise.all([deps.outlets(), deps.disabled()]);
    const disabled = new Set(off);
    return outlets.filter((o) => !disabled.has(o.id));
  };
  const syncScripts = createContentScriptSync({ registry: deps.registry, granted, outlets: deps.outlets });

  return {
    granted,
    /** Registers the content script for exactly the granted outlet sites. */
    syncScripts,
    async status(): Promise<AccessStatus> {
      const [on, have, chosen] = await Promise.all([enabled(), granted(), deps.chosen()]);
      return accessStatus(on, have, chosen);
    },
    /** Gives back the granted hosts no enabled source (nor the index URL) needs; resolves with them. */
    async release(): Promise<string[]> {
      const [on, have, indexUrl] = await Promise.all([enabled(), granted(), deps.indexUrl()]);
      const index = indexUrl ? feedOrigin(indexUrl) : undefined;
      const drop = originsToRelease(have, [...originsFor(on), ...(index ? [index] : [])], deps.required);
      if (drop.length) await deps.permissions.remove({ origins: drop });
      await syncScripts();
      return drop;
    },
  };
}

export type Access = ReturnType<typeof createAccess>;
export { chooseSources, type SourceChoice } from './choose-sources';
export { listenForGrants } from './listen';
