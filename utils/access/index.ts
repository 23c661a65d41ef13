/**
 * Host access: install asks for none. The reader's choice of sources asks for their feed hosts
 * and sites; turning sources off gives back what no enabled source still needs; the content
 * script follows the grants. This module is the worker's side of it and the one entry point.
 */
import type { Outlet } from '../model';
import { createContentScriptSync, type ScriptRegistry } from './content-scripts';
import { feedOrigin, originsFor, originsToRelease } from './origins';
import { inputsKey, type Kept } from './kept';
import { accessStatus, type AccessStatus } from './status';

export { contentScriptsRegistry, grantedSiteMatches, scriptingRegistry } from './content-scripts';
export { feedOrigins, feedUrlsOf, grantChecker, originsFor, originsToRelease, siteOrigins } from './origins';
export type { AccessStatus } from './status';
export type { Kept } from './kept';

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
  /**
   * Where the last access status and the last content script registration are remembered with
   * what they were worked out from (the worker's session storage): a worker woken by the popup
   * finds them there instead of checking thousands of outlets again. Nothing is remembered without.
   */
  kept?: { status: Kept<AccessStatus>; registration?: Kept<string[]> };
}

export function createAccess(deps: AccessDeps) {
  const granted = async () => (await deps.permissions.getAll()).origins ?? [];
  const enabled = async () => {
    const [outlets, off] = await Promise.all([deps.outlets(), deps.disabled()]);
    const disabled = new Set(off);
    return outlets.filter((o) => !disabled.has(o.id));
  };
  const syncScripts = createContentScriptSync({ registry: deps.registry, granted, outlets: deps.outlets, kept: deps.kept?.registration });

  return {
    granted,
    /** Registers the content script for exactly the granted outlet sites. */
    syncScripts,
    async status(): Promise<AccessStatus> {
      const [outlets, off, have, chosen, known] = await Promise.all([
        deps.outlets(),
        deps.disabled(),
        granted(),
        deps.chosen(),
        deps.kept?.status.get().catch(() => null),
      ]);
      const key = inputsKey(outlets, have, off, chosen);
      if (known?.key === key) return known.value;
      const disabled = new Set(off);
      const status = accessStatus(
        outlets.filter((o) => !disabled.has(o.id)),
        have,
        chosen,
      );
      void deps.kept?.status.set({ key, value: status }).catch(() => undefined);
      return status;
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
