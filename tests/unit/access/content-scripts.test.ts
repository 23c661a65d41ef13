import { describe, expect, it, vi } from 'vitest';
import { contentScriptsRegistry, createAccess, grantedSiteMatches, listenForGrants, scriptingRegistry } from '../../../utils/access';
import { fakePermissions, fakeScripting, outlet } from './fakes';

const OUTLETS = [outlet('a'), outlet('b'), outlet('c', { domains: ['c.com', 'c.co.uk'] })];

describe('the content script’s matches', () => {
  it('are the outlet sites the grants cover, and only those', () => {
    expect(grantedSiteMatches(OUTLETS, ['*://*.a.com/*', 'https://feeds.b.com/*', '*://*.c.co.uk/*'])).toEqual(['*://*.a.com/*', '*://*.c.co.uk/*']);
    expect(grantedSiteMatches(OUTLETS, [])).toEqual([]);
  });

  it('follow a grant of every https site over https only', () => {
    expect(grantedSiteMatches([OUTLETS[0]], ['https://*/*'])).toEqual(['https://*.a.com/*']);
  });
});

describe('registering the content script (Chrome: scripting)', () => {
  it('registers, updates and unregisters as the grants change', async () => {
    const scripting = fakeScripting();
    const registry = scriptingRegistry(scripting);
    await registry.set(['*://*.a.com/*']);
    expect([...scripting.scripts.values()]).toEqual([{ id: 'outlet-sites', js: ['/content-scripts/content.js'], matches: ['*://*.a.com/*'] }]);
    await registry.set(['*://*.a.com/*', '*://*.b.com/*']);
    expect(await registry.current()).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await registry.set([]);
    expect(scripting.scripts.size).toBe(0);
    await registry.set([]); // nothing to unregister: no error
  });
});

describe('registering the content script (Firefox MV2: contentScripts.register)', () => {
  it('replaces its one registration whole, and drops it when nothing is granted', async () => {
    const unregister = vi.fn();
    const register = vi.fn(async (_o: { matches: string[] }) => ({ unregister }));
    const registry = contentScriptsRegistry({ register });
    await registry.set(['*://*.a.com/*']);
    await registry.set(['*://*.b.com/*']);
    expect(register.mock.calls.map(([o]) => o.matches)).toEqual([['*://*.a.com/*'], ['*://*.b.com/*']]);
    expect(unregister).toHaveBeenCalledTimes(1);
    await registry.set([]);
    expect(unregister).toHaveBeenCalledTimes(2);
    expect(await registry.current()).toEqual([]);
  });
});

/** The worker's access logic over a fake browser: permissions, scripting, settings. */
function setup(opts: { required?: string[]; disabled?: string[]; indexUrl?: string; chosen?: boolean } = {}) {
  const permissions = fakePermissions(opts.required);
  const scripting = fakeScripting();
  const settings = { disabled: opts.disabled ?? [], indexUrl: opts.indexUrl ?? '', chosen: opts.chosen ?? true };
  const access = createAccess({
    permissions,
    required: opts.required ?? [],
    outlets: async () => OUTLETS,
    disabled: async () => settings.disabled,
    indexUrl: async () => settings.indexUrl,
    chosen: async () => settings.chosen,
    registry: scriptingRegistry(scripting),
  });
  const registered = () => scripting.scripts.get('outlet-sites')?.matches ?? [];
  return { permissions, scripting, settings, access, registered };
}

describe('access in the worker', () => {
  it('on a fresh install: nothing granted, nothing registered, every source missing', async () => {
    const { access, registered } = setup({ chosen: false });
    await access.syncScripts();
    expect(registered()).toEqual([]);
    expect(await access.status()).toEqual({
      chosen: false,
      sources: 3,
      missing: 3,
      origins: ['*://*.a.com/*', '*://*.b.com/*', '*://*.c.co.uk/*', '*://*.c.com/*'],
    });
  });

  it('leaves a registration of the same sites alone at start, whatever their order, and updates one that differs', async () => {
    const { permissions, scripting, access, registered } = setup();
    permissions.grant(['*://*.a.com/*', '*://*.b.com/*', '*://*.c.com/*']);
    await access.syncScripts();
    scripting.scripts.get('outlet-sites')!.matches.reverse();
    await access.syncScripts();
    expect(scripting.updateContentScripts).not.toHaveBeenCalled();
    scripting.scripts.get('outlet-sites')!.matches = ['*://*.a.com/*', '*://*.b.com/*', '*://*.d.com/*'];
    await access.syncScripts();
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(registered()).toEqual(['*://*.a.com/*', '*://*.b.com/*', '*://*.c.com/*']);
  });

  it('follows grants and revocations made in the browser’s settings, and reads a new grant at once', async () => {
    const { permissions, access, registered } = setup();
    const startRefresh = vi.fn();
    await listenForGrants({ onAdded: permissions.onAdded, onRemoved: permissions.onRemoved, access, startRefresh, chosen: async () => true });
    permissions.grant(['*://*.a.com/*', '*://*.b.com/*']);
    await vi.waitFor(() => expect(registered()).toEqual(['*://*.a.com/*', '*://*.b.com/*']));
    await vi.waitFor(() => expect(startRefresh).toHaveBeenCalledTimes(1));
    expect(await access.status()).toMatchObject({ missing: 1, origins: ['*://*.c.co.uk/*', '*://*.c.com/*'] });
    permissions.revoke(['*://*.a.com/*']);
    await vi.waitFor(() => expect(registered()).toEqual(['*://*.b.com/*']));
    permissions.revoke(['*://*.b.com/*']);
    await vi.waitFor(() => expect(registered()).toEqual([]));
    expect(startRefresh).toHaveBeenCalledTimes(1);
  });

  it('starts no refresh on a grant before the reader chose sources', async () => {
    const { permissions, access, registered } = setup({ chosen: false });
    const startRefresh = vi.fn();
    await listenForGrants({ onAdded: permissions.onAdded, onRemoved: permissions.onRemoved, access, startRefresh, chosen: async () => false });
    permissions.grant(['*://*.a.com/*']);
    await vi.waitFor(() => expect(registered()).toEqual(['*://*.a.com/*']));
    await new Promise((r) => setTimeout(r, 10));
    expect(startRefresh).not.toHaveBeenCalled();
  });

  it('gives back the hosts of sources turned off, keeps the index URL’s and the manifest’s, and unregisters their sites', async () => {
    const { permissions, settings, access, registered } = setup({ indexUrl: 'https://index.example/parallax.json' });
    permissions.grant(['*://*.a.com/*', '*://*.b.com/*', 'https://index.example/*']);
    await access.syncScripts();
    expect(registered()).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
    settings.disabled = ['b'];
    expect(await access.release()).toEqual(['*://*.b.com/*']);
    expect([...permissions.granted].sort()).toEqual(['*://*.a.com/*', 'https://index.example/*']);
    expect(registered()).toEqual(['*://*.a.com/*']);
    settings.indexUrl = '';
    expect(await access.release()).toEqual(['https://index.example/*']);
  });

  it('never asks to give back what a test build holds from install', async () => {
    const { permissions, settings, access, registered } = setup({ required: ['*://*.a.com/*', '*://*.b.com/*'] });
    await access.syncScripts();
    expect(registered()).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
    settings.disabled = ['a', 'b', 'c'];
    expect(await access.release()).toEqual([]);
    expect(permissions.remove).not.toHaveBeenCalled();
  });
});
