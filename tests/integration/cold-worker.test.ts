/**
 * The popup's answer from a worker that was stopped and woke for it: the same as the warm
 * worker's, on a matched page and on a page no story matches yet (which still gets its outlet).
 * A woken worker finds the access status and the content script registration it kept for this
 * browser session, and works them out again when the grants changed while it was stopped.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccess, scriptingRegistry } from '../../utils/access';
import { createDb, type ParallaxDb } from '../../utils/db';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';
import { disabledSources } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import type { TabView } from '../../utils/views';
import { handlersUnderTest } from './handlers-under-test';
import { sessionKept } from '../../utils/worker/host-access';
import { createIndexStore } from '../../utils/worker/index-store';
import { createOutletSource } from '../../utils/worker/outlet-catalog';
import { createRouter } from '../../utils/worker/router';
import { fakePermissions, fakeScripting } from '../unit/access/fakes';
import { ALLSIDES, newsOutlet, rating } from '../fixtures/news-outlets';

const ID = 'parallax-test';
const ORIGIN = `chrome-extension://${ID}/`;
const T0 = Date.UTC(2023, 8, 18, 21);
const outlet = (id: string, name: string, domain: string, bias?: 'center' | 'lean-left', feed = `https://${domain}/rss`): Outlet =>
  newsOutlet(id, name, domain, { feeds: [feed], ...(bias ? { bias: rating(bias) } : {}) });
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [ALLSIDES],
  outlets: [
    outlet('ap', 'Associated Press', 'apnews.com', 'lean-left'),
    outlet('reuters', 'Reuters', 'reuters.com', 'center'),
    outlet('wion', 'WION', 'wionews.com', undefined, 'https://feeds.feedburner.com/wion'),
  ],
};
const story = (n: number): IndexedArticle[] => [
  {
    url: `https://apnews.com/article/s${n}`,
    outletId: 'ap',
    title: `Harbour strike ${n} halts shipping`,
    description: '',
    published: T0 + n,
    storyId: `s${n}`,
  },
  {
    url: `https://reuters.com/world/s${n}`,
    outletId: 'reuters',
    title: `Dock workers strike ${n} at harbour`,
    description: '',
    published: T0 + n + 1,
    storyId: `s${n}`,
  },
];
const articles = Array.from({ length: 50 }, (_, n) => story(n)).flat();
const GRANTS = ['*://*.apnews.com/*', '*://*.reuters.com/*', '*://*.wionews.com/*'];

/** One life of the worker: its own catalog, engine and caches over the same database and browser. */
function startWorker(db: ParallaxDb, browser: { permissions: ReturnType<typeof fakePermissions>; scripting: ReturnType<typeof fakeScripting> }) {
  const outlets = createOutletSource(async () => catalog);
  const access = createAccess({
    permissions: browser.permissions,
    required: [],
    outlets: async () => (await outlets()).catalog.outlets,
    disabled: () => disabledSources.getValue(),
    indexUrl: async () => '',
    chosen: async () => true,
    registry: scriptingRegistry(browser.scripting),
    kept: { status: sessionKept('accessStatus'), registration: sessionKept('contentScriptMatches') },
  });
  const { handlers } = handlersUnderTest(db, catalog, T0, { outlets, access: access.status });
  const route = createRouter(handlers, ID, ORIGIN);
  return {
    access,
    read: (tabId: number, url: string, article: { title: string; canonicalUrl: string; outletDomain: string }) =>
      route({ type: 'pageArticle', payload: { url, article } }, { id: ID, tab: { id: tabId }, url }),
    popup: async (tabId: number) => (await route({ type: 'tabView', payload: { tabId } }, { id: ID, url: `${ORIGIN}popup.html` })) as TabView,
  };
}

async function setUp() {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await createIndexStore(db, () => T0).importSnapshot(makeSnapshot('Test index', articles), 'import');
  const browser = { permissions: fakePermissions(), scripting: fakeScripting() };
  browser.permissions.grant(GRANTS);
  const warm = startWorker(db, browser);
  await warm.access.syncScripts();
  // Tab 1: an indexed article. Tab 2: a WION page no story matches yet.
  await warm.read(1, 'https://apnews.com/article/s7', {
    title: 'Harbour strike 7 halts shipping',
    canonicalUrl: 'https://apnews.com/article/s7',
    outletDomain: 'apnews.com',
  });
  await warm.read(2, 'https://wionews.com/world/budget', {
    title: 'Parliament passes the budget',
    canonicalUrl: 'https://wionews.com/world/budget',
    outletDomain: 'wionews.com',
  });
  return { db, browser, warm };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Parallax', version: '0.1.0' });
});

describe('the popup answered by a worker that was stopped', () => {
  it('is the warm answer, on a matched page and on a page no story matches yet', async () => {
    const { db, browser, warm } = await setUp();
    const warmViews = [await warm.popup(1), await warm.popup(2)];
    expect(warmViews[0].state === 'matched' && warmViews[0].coverage.outlets).toBe(2);
    expect(warmViews[1]).toMatchObject({ state: 'no-match', outlet: { name: 'WION' } });
    // WION's feed host is not granted: the popup offers to ask for them, warm and cold alike.
    expect(warmViews[0].state === 'matched' && warmViews[0].index.access).toMatchObject({
      sources: 3,
      missing: 1,
      origins: ['https://feeds.feedburner.com/*'],
    });

    // Kept for this browser session with what it was worked out from: the woken worker reads it.
    expect(await fakeBrowser.storage.session.get('accessStatus')).toMatchObject({
      accessStatus: { version: '0.1.0', value: warmViews[1].state !== 'error' && warmViews[1].index.access },
    });

    const cold = startWorker(db, browser);
    expect([await cold.popup(1), await cold.popup(2)]).toEqual(warmViews);
  });

  it('keeps the content script registration it made in this session, without asking the browser again', async () => {
    const { db, browser } = await setUp();
    browser.scripting.getRegisteredContentScripts.mockClear();
    const cold = startWorker(db, browser);
    expect(await cold.access.syncScripts()).toEqual(['*://*.apnews.com/*', '*://*.reuters.com/*', '*://*.wionews.com/*']);
    expect(browser.scripting.getRegisteredContentScripts).not.toHaveBeenCalled();
  });

  it('works access out again when the grants changed while it was stopped', async () => {
    const { db, browser, warm } = await setUp();
    await warm.popup(1);
    // Taken back in the browser's settings while no worker ran.
    browser.permissions.granted.delete('*://*.reuters.com/*');
    const cold = startWorker(db, browser);
    const view = await cold.popup(1);
    expect(view.state === 'matched' && view.index.access).toMatchObject({ missing: 2, origins: ['*://*.reuters.com/*', 'https://feeds.feedburner.com/*'] });
    expect(await cold.access.syncScripts()).toEqual(['*://*.apnews.com/*', '*://*.wionews.com/*']);
    expect(browser.scripting.scripts.get('outlet-sites')?.matches).toEqual(['*://*.apnews.com/*', '*://*.wionews.com/*']);
  });
});
