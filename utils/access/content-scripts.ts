/**
 * The content script runs on the outlet sites the reader granted, registered at runtime: the
 * manifest declares none, so installing asks for no host. Chrome (MV3) registers it with
 * `scripting.registerContentScripts`; Firefox's MV2 build with `contentScripts.register`, whose
 * registration lives as long as the background page, so it is made again at each start.
 */
import type { Outlet } from '../model';
import { type Kept, inputsKey } from './kept';
import { grantChecker, siteOrigins } from './origins';

const CONTENT_SCRIPT_ID = 'outlet-sites';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Where the content script is registered, and how to change that. */
export interface ScriptRegistry {
  /** The match patterns registered now (none: empty). */
  current(): Promise<string[]>;
  /** Registers for exactly these patterns; none unregisters. */
  set(matches: string[]): Promise<void>;
}

/** The outlet-site patterns the grants cover, over both schemes when they can, else the one granted. */
export function grantedSiteMatches(outlets: readonly Outlet[], granted: readonly string[]): string[] {
  const check = grantChecker(granted);
  return siteOrigins(outlets).flatMap((p) => {
    if (check.covers(p)) return [p];
    return ['https', 'http'].map((s) => p.replace(/^\*/, s)).filter((v) => check.covers(v));
  });
}

interface ChromeScripting {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: { id: string; js: string[]; matches: string[]; runAt: 'document_idle'; persistAcrossSessions?: boolean }[]): Promise<void>;
  updateContentScripts(scripts: { id: string; matches: string[] }[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** `scripting`'s dynamic content scripts (Chrome MV3, and Firefox where it has them). */
export function scriptingRegistry(scripting: ChromeScripting): ScriptRegistry {
  const current = async () => (await scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] }))[0]?.matches ?? [];
  return {
    current,
    async set(matches) {
      const registered = (await scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] })).length > 0;
      if (matches.length === 0) {
        if (registered) await scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      } else if (registered) {
        await scripting.updateContentScripts([{ id: CONTENT_SCRIPT_ID, matches }]);
      } else {
        await scripting.registerContentScripts([
          { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle', persistAcrossSessions: true },
        ]);
      }
    },
  };
}

interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> | void }>;
}

/** Firefox MV2's `contentScripts.register`: one registration, replaced whole when the grants change. */
export function contentScriptsRegistry(api: FirefoxContentScripts): ScriptRegistry {
  let registered: { matches: string[]; handle: { unregister(): Promise<void> | void } } | undefined;
  return {
    current: async () => registered?.matches ?? [],
    async set(matches) {
      const old = registered;
      registered = undefined;
      await old?.handle.unregister();
      if (matches.length) registered = { matches, handle: await api.register({ matches, js: [{ file: CONTENT_SCRIPT_FILE }], runAt: 'document_idle' }) };
    },
  };
}

/** The same patterns, in any order. Thousands of them at each start: sorted once, not once per pattern. */
const same = (a: string[], b: string[]) => {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((x, i) => x === sortedB[i]);
};

/**
 * Keeps the registration in step with the grants: call `sync` at start and whenever the grants
 * or the outlets change. Calls run one after another, so two quick changes cannot interleave.
 * With `kept`, a start that finds the registration made from the same grants and outlets in this
 * browser session leaves it be without asking the browser.
 */
export function createContentScriptSync(deps: {
  registry: ScriptRegistry;
  granted(): Promise<string[]>;
  outlets(): Promise<readonly Outlet[]>;
  kept?: Kept<string[]>;
}) {
  let queue: Promise<unknown> = Promise.resolve();
  return function sync(): Promise<string[]> {
    const run = queue.then(async () => {
      const [granted, outlets, known] = await Promise.all([deps.granted(), deps.outlets(), deps.kept?.get().catch(() => null)]);
      const key = inputsKey(outlets, granted);
      if (known?.key === key) return known.value;
      const matches = grantedSiteMatches(outlets, granted);
      if (!same(matches, await deps.registry.current())) await deps.registry.set(matches);
      await deps.kept?.set({ key, value: matches }).catch(() => undefined);
      return matches;
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
