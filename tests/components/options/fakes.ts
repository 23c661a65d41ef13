import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { OptionsDeps } from '../../../components/options/deps';
import { createDb, type FeedHealthRow } from '../../../utils/db';
import type { MessageType, Protocol } from '../../../utils/messages';
import type { Catalog, IndexedArticle, Outlet } from '../../../utils/model';
import { makeSnapshot } from '../../../utils/snapshot';
import type { IndexStatus } from '../../../utils/views';
import { ALLSIDES } from '../../fixtures/news-outlets';
import { handlersUnderTest } from '../../integration/handlers-under-test';
import { createDietStore } from '../../../utils/diet/diet-store';
import { createIndexStore } from '../../../utils/worker/index-store';
import { createRouter } from '../../../utils/worker/router';

/** A small RSS feed of our own making. */
export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://news.harbourgazette.co.uk/</link>
<item><title>Ferry timetable changes from Monday</title><link>https://news.harbourgazette.co.uk/ferry</link><pubDate>Mon, 18 Sep 2023 09:00:00 GMT</pubDate></item>
<item><title>Lifeboat crew rescue two sailors</title><link>https://news.harbourgazette.co.uk/lifeboat</link><pubDate>Mon, 18 Sep 2023 11:00:00 GMT</pubDate></item>
</channel></rss>`;

/** A fake `fetch` answering from a table of URL -> [status, body, content type]; anything else is a network failure. */
export function fakeFetch(routes: Record<string, [number, string, string?]>) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    const [status, body, type = 'application/rss+xml'] = route;
    return new Response(status === 304 ? null : body, { status, headers: { 'Content-Type': type } });
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

/** A fake `browser.permissions.request` that grants or refuses, recording what was asked. */
export function fakePermissions(grant: boolean) {
  return vi.fn(async (_origins: string[]) => grant);
}

const rating = (value: string, source = 'allsides') => ({ value, source, date: '2023-01-01' }) as never;

export function outlet(id: string, name: string, country: string, language: string, extra: Partial<Outlet> = {}): Outlet {
  return { id, name, homepage: `https://${id}.example/`, domains: [`${id}.example`], feeds: [`https://${id}.example/rss`], country, language, ...extra };
}

/** A catalog of a few outlets across biases, countries and languages. */
export const CATALOG: Catalog = {
  version: 1,
  generated: '2024-01-01',
  ratingSources: [
    ALLSIDES,
    {
      id: 'wikipedia-rsp',
      name: 'Wikipedia RSP',
      url: 'https://en.wikipedia.org/',
      licence: 'CC BY-SA 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
      attribution: 'Wikipedia',
    },
  ],
  outlets: [
    outlet('reuters', 'Reuters', 'GB', 'en', { domains: ['reuters.com'], bias: rating('center'), factuality: rating('reliable', 'wikipedia-rsp') }),
    outlet('ap', 'Associated Press', 'US', 'en', { domains: ['apnews.com'], bias: rating('lean-left'), factuality: rating('reliable', 'wikipedia-rsp') }),
    outlet('fox-news', 'Fox News', 'US', 'en', { domains: ['foxnews.com'], bias: rating('right'), factuality: rating('unreliable', 'wikipedia-rsp') }),
    outlet('the-guardian', 'The Guardian', 'GB', 'en', { domains: ['theguardian.com'], bias: rating('lean-left') }),
    outlet('der-spiegel', 'Der Spiegel', 'DE', 'de', { domains: ['spiegel.de'] }),
    outlet('le-monde', 'Le Monde', 'FR', 'fr', { domains: ['lemonde.fr'], bias: rating('lean-left') }),
  ],
};

/** Three real headlines of two stories: the index the options page finds unless a test sets another. */
export const INDEX_ARTICLES: IndexedArticle[] = [
  {
    url: 'https://apnews.com/article/blinken-han',
    outletId: 'ap',
    title: 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    description: '',
    published: Date.UTC(2024, 3, 30, 20),
    storyId: 'blinken',
  },
  {
    url: 'https://reuters.com/world/blinken-han',
    outletId: 'reuters',
    title: "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
    description: '',
    published: Date.UTC(2024, 3, 30, 21),
    storyId: 'blinken',
  },
  {
    url: 'https://foxnews.com/politics/fed-rates',
    outletId: 'fox-news',
    title: 'Federal Reserve holds interest rates steady, signals one more hike',
    description: '',
    published: Date.UTC(2024, 3, 30, 18),
    storyId: 'fed',
  },
];

export interface WorkerSetup {
  /** The index's articles (default INDEX_ARTICLES); an empty list leaves it empty. */
  articles?: IndexedArticle[];
  /** Feed health rows in the database. */
  feeds?: FeedHealthRow[];
  /** A refresh in progress, as the refresh controller reports it. */
  refreshing?: IndexStatus['refreshing'];
  /** When the last refresh finished (default five minutes before NOW). */
  lastRefresh?: number;
}

const ID = 'parallax-test';
const ORIGIN = `chrome-extension://${ID}/`;

/**
 * The worker's real message handlers over a fake-indexeddb database, reached through the real
 * router as the options page reaches them. Only the refresh controller is a stand-in: it records
 * that a refresh was asked for.
 */
function realWorker(setup: WorkerSetup = {}) {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createIndexStore(db, () => NOW);
  const refreshesStarted: number[] = [];
  const diet = createDietStore(
    db,
    () => NOW,
    async () => true,
  );
  const { handlers } = handlersUnderTest(db, CATALOG, NOW, {
    store,
    diet,
    feedHealth: () => db.feeds.toArray(),
    refresh: { start: () => refreshesStarted.push(NOW) > 0, progress: async () => setup.refreshing },
  });
  const route = createRouter(handlers, ID, ORIGIN);
  const ready = (async () => {
    const articles = setup.articles ?? INDEX_ARTICLES;
    if (articles.length) await store.importSnapshot(makeSnapshot('Test index', articles, new Date(NOW - 86_400_000)), 'import');
    await store.setMeta({ lastRefresh: setup.lastRefresh ?? NOW - 5 * 60_000 });
    if (setup.feeds) await db.feeds.bulkPut(setup.feeds);
  })();
  const send = async (type: MessageType, payload: unknown): Promise<unknown> => {
    await ready;
    return route({ type, payload }, { id: ID, url: `${ORIGIN}options.html` });
  };
  return { db, store, diet, refreshesStarted, send };
}

/**
 * Options-page dependencies: the real worker (realWorker), recorded calls and downloads. `replies`
 * stands in for the worker only where it cannot be made to fail on cue (a worker that does not answer).
 */
export function fakeDeps(
  replies: Partial<{ [T in MessageType]: (payload: Protocol[T]['payload']) => Protocol[T]['reply'] }> = {},
  grant = true,
  setup: WorkerSetup = {},
) {
  const calls: { type: MessageType; payload: unknown }[] = [];
  const downloads: { filename: string; text: string }[] = [];
  const worker = realWorker(setup);
  const deps: OptionsDeps = {
    send: (async (type: MessageType, payload: unknown) => {
      calls.push({ type, payload });
      const reply = replies[type] as ((p: unknown) => unknown) | undefined;
      return reply ? reply(payload) : worker.send(type, payload);
    }) as OptionsDeps['send'],
    requestOrigins: fakePermissions(grant),
    fetch: fakeFetch({}),
    estimateStorage: async () => ({ usage: 1_468_006, quota: 10 * 1024 ** 3 }),
    download: (filename, text) => void downloads.push({ filename, text }),
    now: () => NOW,
    pollMs: 60_000,
  };
  return { deps, calls, downloads, worker };
}

/** The clock of the page in tests: 2024-05-01 10:00 UTC. */
export const NOW = Date.UTC(2024, 4, 1, 10);

/** A File the way a file input hands it over, chosen on `input`. */
export function chooseFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
