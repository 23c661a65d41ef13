// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { readArticle } from '../../utils/article/read-article';
import { createDb } from '../../utils/db';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';
import { disabledSources } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { readTabState } from '../../utils/tab-state';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRouter } from '../../utils/worker/router';
import { badgeRecorder, handlersUnderTest } from './handlers-under-test';
import type { TabView } from '../../utils/views';
import { ALLSIDES, newsOutlet, rating } from '../fixtures/news-outlets';

const ID = 'parallax-test';
const ORIGIN = `chrome-extension://${ID}/`;
const T0 = Date.UTC(2023, 8, 18, 21);
const outlet = (id: string, name: string, domain: string, bias?: 'center' | 'lean-left'): Outlet =>
  newsOutlet(id, name, domain, bias ? { bias: rating(bias) } : {});
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [ALLSIDES],
  outlets: [
    outlet('ap', 'Associated Press', 'apnews.com', 'lean-left'),
    outlet('reuters', 'Reuters', 'reuters.com', 'center'),
    outlet('wion', 'WION', 'wionews.com'),
  ],
};
const articles: IndexedArticle[] = [
  {
    url: 'https://apnews.com/article/blinken-han',
    outletId: 'ap',
    title: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    description: 'Blinken met Han Zheng.',
    published: T0,
    storyId: 'blinken',
  },
  {
    url: 'https://reuters.com/world/blinken-han',
    outletId: 'reuters',
    title: "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
    description: 'Blinken met Han.',
    published: T0 + 3_600_000,
    storyId: 'blinken',
  },
];
/** The WION article is not in the index: the worker must match it by its headline. */
const wionPage = `<!doctype html><html lang="en"><head><title>Blinken meets China's VP Han to set stage for future Xi-Biden meeting | WION</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="WION">
<link rel="canonical" href="https://www.wionews.com/world/blinken-han?utm_source=twitter">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Blinken meets China's VP Han to set stage for future Xi-Biden meeting","datePublished":"2023-09-19T06:30:00Z"}</script>
</head><body><h1>Blinken meets China's VP Han to set stage for future Xi-Biden meeting</h1></body></html>`;

async function setUp() {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => T0);
  await store.importSnapshot(makeSnapshot('Test index', articles), 'demo');
  const { action, badges } = badgeRecorder();
  const { handlers } = handlersUnderTest(db, catalog, T0, { store, action });
  return { route: createRouter(handlers, ID, ORIGIN), badges };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('content script -> worker -> popup', () => {
  it('a page read by the content script shows its story in the popup, and a toggle changes it at once', async () => {
    const { route, badges } = await setUp();
    const { document } = parseHTML(wionPage);
    const url = 'https://www.wionews.com/world/blinken-han?utm_source=twitter';
    const article = readArticle(document as unknown as Document, url);
    expect(article?.title).toBe("Blinken meets China's VP Han to set stage for future Xi-Biden meeting");

    await route({ type: 'pageArticle', payload: { url, article } }, { id: ID, tab: { id: 7 }, url });
    expect(badges.get(7)).toBe('2');
    // Stored as normalised on arrival: the index's spelling of the URL, the registrable domain.
    expect((await readTabState(7))?.article).toMatchObject({ canonicalUrl: 'https://wionews.com/world/blinken-han', outletDomain: 'wionews.com' });

    const view = (await route({ type: 'tabView', payload: { tabId: 7 } }, { id: ID, url: `${ORIGIN}popup.html` })) as TabView;
    render(<Popup view={view} aboutHref={`${ORIGIN}about.html`} onOpenOptions={() => undefined} onRefresh={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Covered by 2 outlets');
    const bias = within(screen.getByRole('region', { name: 'Bias distribution' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(bias).toEqual(['LLeft0 · 0%', 'LLLean Left1 · 50%', 'CCenter1 · 50%', 'LRLean Right0 · 0%', 'RRight0 · 0%', '?Unrated0 · 0%']);
    expect(screen.getByRole('region', { name: 'This outlet' }).textContent).toContain('WION');
    cleanup();

    await disabledSources.setValue(['ap']);
    const after = (await route({ type: 'tabView', payload: { tabId: 7 } }, { id: ID, url: `${ORIGIN}popup.html` })) as TabView;
    expect(after.state === 'matched' && after.coverage.outlets).toBe(1);
  });

  it("an indexed article reached through a tracking link is found by URL and marked as the reader's own", async () => {
    const { route, badges } = await setUp();
    const url = 'https://www.apnews.com/article/blinken-han?utm_source=newsletter';
    const article = { title: 'Blinken meets Chinese VP', canonicalUrl: url, outletDomain: 'www.apnews.com' };
    await route({ type: 'pageArticle', payload: { url, article } }, { id: ID, tab: { id: 9 }, url });
    expect(badges.get(9)).toBe('2');
    const view = (await route({ type: 'tabView', payload: { tabId: 9 } }, { id: ID, url: `${ORIGIN}popup.html` })) as TabView;
    expect(view.state).toBe('matched');
    const current = view.state === 'matched' ? view.coverage.articles.filter((a) => a.current).map((a) => a.url) : [];
    expect(current).toEqual(['https://apnews.com/article/blinken-han']);
    expect(view.state === 'matched' && view.outlet?.name).toBe('Associated Press');
  });

  it('refuses messages from the wrong context', async () => {
    const { route } = await setUp();
    await expect(route({ type: 'tabView', payload: { tabId: 7 } }, { id: ID, tab: { id: 7 }, url: 'https://evil.example/' })).rejects.toThrow(/not accepted/);
    await expect(route({ type: 'pageArticle', payload: { url: 'x', article: null } }, { id: 'another-extension', tab: { id: 1 } })).rejects.toThrow(
      /only its own/,
    );
    await expect(route({ type: 'toString', payload: {} }, { id: ID, url: `${ORIGIN}popup.html` })).rejects.toThrow(/Unknown message/);
  });

  it('a page that is not an article clears the badge and shows the outlet', async () => {
    const { route, badges } = await setUp();
    await route({ type: 'pageArticle', payload: { url: 'https://apnews.com/', article: null } }, { id: ID, tab: { id: 3 }, url: 'https://apnews.com/' });
    expect(badges.get(3)).toBe('');
    const view = (await route({ type: 'tabView', payload: { tabId: 3 } }, { id: ID, url: `${ORIGIN}popup.html` })) as TabView;
    expect(view.state).toBe('not-article');
    expect(view.state === 'not-article' && view.outlet?.name).toBe('Associated Press');
  });
});
