import { vi } from 'vitest';
import type { Outlet } from '../../../utils/model';

export const outlet = (id: string, o: Partial<Outlet> = {}): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.com/`,
  domains: [`${id}.com`],
  feeds: [`https://feeds.${id}.com/rss`],
  country: 'US',
  language: 'en',
  ...o,
});

type Listener = (p: { origins?: string[] }) => void;

/**
 * The browser's permissions as Chrome keeps them: required host permissions that cannot be
 * removed, optional ones granted and revoked, and the onAdded/onRemoved events (which fire also
 * when the reader changes access in the browser's settings).
 */
export function fakePermissions(required: string[] = []) {
  const granted = new Set(required);
  const added: Listener[] = [];
  const removed: Listener[] = [];
  return {
    granted,
    getAll: vi.fn(async () => ({ origins: [...granted] })),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (origins.some((o) => required.includes(o))) throw new Error('You cannot remove required permissions.');
      origins.forEach((o) => granted.delete(o));
      removed.forEach((l) => l({ origins }));
      return true;
    }),
    onAdded: { addListener: (l: Listener) => void added.push(l) },
    onRemoved: { addListener: (l: Listener) => void removed.push(l) },
    /** The reader allows these (on a prompt, or in the browser's settings). */
    grant(origins: string[]) {
      origins.forEach((o) => granted.add(o));
      added.forEach((l) => l({ origins }));
    },
    /** The reader takes access back in the browser's settings. */
    revoke(origins: string[]) {
      origins.forEach((o) => granted.delete(o));
      removed.forEach((l) => l({ origins }));
    },
  };
}

/** Chrome's `scripting` dynamic content scripts, with its error for an id registered twice. */
export function fakeScripting() {
  const scripts = new Map<string, { id: string; js: string[]; matches: string[] }>();
  return {
    scripts,
    getRegisteredContentScripts: vi.fn(async (f?: { ids?: string[] }) => [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id))),
    registerContentScripts: vi.fn(async (list: { id: string; js: string[]; matches: string[] }[]) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, { id: s.id, js: s.js, matches: s.matches });
      }
    }),
    updateContentScripts: vi.fn(async (list: { id: string; matches: string[] }[]) => {
      for (const s of list) {
        const old = scripts.get(s.id);
        if (!old) throw new Error(`No script with ID '${s.id}'`);
        scripts.set(s.id, { ...old, matches: s.matches });
      }
    }),
    unregisterContentScripts: vi.fn(async (f?: { ids?: string[] }) => {
      for (const id of f?.ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  };
}
