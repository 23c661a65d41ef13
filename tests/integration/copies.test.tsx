// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeUrl } from '../../utils/article/normalize-url';
import { readArticle } from '../../utils/article/read-article';
import { detach, undo } from '../../utils/copies';
import { createDb } from '../../utils/db';
import type { Catalog, IndexedArticle, Outlet } from '../../utils/model';
import { countCarriers, storyCorrections } from '../../utils/settings';
import { makeSnapshot } from '../../utils/snapshot';
import { createIndexStore } from '../../utils/worker/index-store';
import { createRouter } from '../../utils/worker/router';
import { badgeRecorder, handlersUnderTest } from './handlers-under-test';
import type { TabView, WhyView } from '../../utils/views';
import { newsOutlet, rating } from '../fixtures/news-outlets';
import { AP, REUTERS, YAHOO } from '../unit/copies/blinken';

const ID = 'parallax-test';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${ORIGIN}popup.html` };
const outlet = (id: string, name: string, domain: string, bias?: 'center' | 'lean-left'): Outlet =>
  newsOutlet(id, name, domain, bias ? { bias: rating(bias) } : {});
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [],
  outlets: [
    outlet('ap', 'Associated Press', 'apnews.com', 'lean-left'),
    outlet('reuters', 'Reuters', 'reuters.com', 'center'),
    outlet('yahoo-news', 'Yahoo News', 'yahoo.com', 'lean-left'),
    outlet('wion', 'WION', 'wionews.com'),
  ],
};
const articles: IndexedArticle[] = [AP, REUTERS, YAHOO].map((a) => ({ ...a, description: a.description ?? '', storyId: 'blinken' }));
const PAGE = 'https://www.wionews.com/world/blinken-han';
const wionPage = `<!doctype html><html lang="en"><head><title>Blinken meets China's VP Han to set stage for future Xi-Biden meeting | WION</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="WION"><link rel="canonical" href="${PAGE}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Blinken meets China's VP Han to set stage for future Xi-Biden meeting","datePublished":"2023-09-19T06:30:00Z"}</script>
</head><body><h1>Blinken meets China's VP Han to set stage for future Xi-Biden meeting</h1></body></html>`;

async function setUp() {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => AP.published);
  await store.importSnapshot(makeSnapshot('Test index', articles), 'demo');
  const { action, badges } = badgeRecorder();
  const { handlers, rebadgeAll } = handlersUnderTest(db, catalog, AP.published, { store, action });
  const route = createRouter(handlers, ID, ORIGIN);
  const article = readArticle(parseHTML(wionPage).document as unknown as Document, PAGE);
  await route({ type: 'pageArticle', payload: { url: PAGE, article } }, { id: ID, tab: { id: 7 }, url: PAGE });
  const view = async () => (await route({ type: 'tabView', payload: { tabId: 7 } }, POPUP)) as TabView;
  return { route, badges, view, rebadge: () => rebadgeAll([7]) };
}

beforeEach(() => fakeBrowser.reset());

describe('copies and corrections, worker to popup view', () => {
  it('counts the Reuters copy as carried, badges the outlets that reported it, and counts all when asked', async () => {
    const { badges, view, rebadge } = await setUp();
    expect(badges.get(7)).toBe('2');
    const v = await view();
    expect(v.state === 'matched' && v.coverage.reporting.sentence).toBe('Covered by 3 outlets: 2 reported it, 1 carried the Reuters copy');
    expect(v.state === 'matched' && Object.fromEntries(v.coverage.articles.map((a) => [a.outletId, a.copy?.kind ?? 'own']))).toEqual({
      ap: 'own',
      reuters: 'original',
      'yahoo-news': 'copy',
    });
    await countCarriers.setValue(true);
    await rebadge();
    expect(badges.get(7)).toBe('3');
  });

  it('answers "Why grouped" for an article and for the page itself, when asked', async () => {
    const { route } = await setUp();
    const why = (await route({ type: 'whyGrouped', payload: { tabId: 7, url: YAHOO.url } }, POPUP)) as WhyView;
    expect(why.copy).toEqual({ kind: 'copy', source: 'Reuters' });
    expect(why.names).toEqual(expect.arrayContaining(['Blinken', 'Han']));
    expect(why.tiedTo?.outletName).toBe('Reuters');
    // The popup asks with the page's key, its normalised canonical URL.
    const page = (await route({ type: 'whyGrouped', payload: { tabId: 7, url: normalizeUrl(PAGE) } }, POPUP)) as WhyView;
    expect(page.names).toEqual(expect.arrayContaining(['Blinken']));
    expect(page.copy).toBeUndefined();
  });

  it('"Not this story" on an article changes the story, its counts and the badge at once; Undo restores them', async () => {
    const { badges, view, rebadge } = await setUp();
    const story = { id: 'blinken', urls: articles.map((a) => a.url) };
    await storyCorrections.setValue(detach([], AP, story, 1));
    await rebadge();
    const v = await view();
    expect(v.state === 'matched' && v.coverage.articles.map((a) => a.outletId).sort()).toEqual(['reuters', 'yahoo-news']);
    expect(v.state === 'matched' && v.coverage.detached.map((d) => d.outletName)).toEqual(['Associated Press']);
    expect(badges.get(7)).toBe('1');
    await storyCorrections.setValue(undo(await storyCorrections.getValue(), AP.url, 'blinken'));
    await rebadge();
    expect(badges.get(7)).toBe('2');
  });

  it('"Not this story" on the page itself leaves it with no match and a way back, and clears the badge', async () => {
    const { badges, view, rebadge } = await setUp();
    await storyCorrections.setValue(
      detach(
        [],
        { url: normalizeUrl(PAGE), title: "Blinken meets China's VP Han to set stage for future Xi-Biden meeting" },
        { id: 'blinken', urls: articles.map((a) => a.url) },
        1,
      ),
    );
    await rebadge();
    const v = await view();
    expect(v.state).toBe('no-match');
    expect(v.state === 'no-match' && v.detached).toMatchObject({ url: normalizeUrl(PAGE), storyId: 'blinken', storyTitle: AP.title });
    expect(badges.get(7)).toBe('');
    await storyCorrections.setValue([]);
    await rebadge();
    expect((await view()).state).toBe('matched');
  });
});
