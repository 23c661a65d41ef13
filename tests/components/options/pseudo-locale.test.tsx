// @vitest-environment happy-dom
/**
 * The options and first-run pages in a pseudo-locale: every English message with its letters
 * swapped for accented look-alikes (`$1`… kept), and Russian for `Intl`. Any ASCII word left on
 * the page (text, title, aria-label, placeholder) was written in code, not read from the bundle
 * or formatted in the UI language; only fixture data (outlet names, URLs, codes) may be ASCII.
 * Worker-written words are produced by the real code under the same bundle: a feed that fails,
 * a full disk, a refused static index, a refused settings file and a refused custom feed.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IndexHealth } from '../../../components/IndexHealth';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { Welcome } from '../../../components/options/Welcome';
import english from '../../../public/_locales/en/messages.json';
import type { FeedHealthRow } from '../../../utils/db';
import { fetchFeed } from '../../../utils/feeds/fetch-feed';
import { parseFeed } from '../../../utils/feeds/parse';
import { refreshFeeds, storageFull } from '../../../utils/feeds/refresh-feeds';
import { formatCount, messageSourceFrom, setMessageSource, t } from '../../../utils/i18n/translate';
import { followIndex } from '../../../utils/worker/follow-index';
import type { IndexStore } from '../../../utils/worker/index-store';
import { CATALOG, chooseFile, fakeDeps, fakeFetch, NOW } from './fakes';
import { pseudoBundle, textsIn } from '../pseudo-bundle';

const PSEUDO = pseudoBundle('ru');

const FIXTURE = [
  ...CATALOG.outlets.flatMap((o) => [o.name, o.id, ...o.domains, o.country, o.language]),
  ...CATALOG.ratingSources.flatMap((s) => [s.name, s.id, s.licence]),
  'bad.json',
  'Test index',
]
  .sort((a, b) => b.length - a.length)
  // Whole words only: an outlet code such as "de" must not hide English inside "index".
  .map((data) => new RegExp(`(?<![A-Za-z])${data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g'));
const URL_LIKE = /\b(?:https?:\/\/|chrome-extension:\/\/)\S+|\b[\w-]+(?:\.[\w-]+)+\b/g;

/** The ASCII words the reader would see, fixture data aside. */
function asciiWords(root: HTMLElement): string[] {
  const words = textsIn(root).map(({ text }) => {
    let left = text.replace(URL_LIKE, ' ');
    for (const data of FIXTURE) left = left.replace(data, ' ');
    return left;
  });
  return [...new Set(words.flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? []))];
}

beforeAll(() => setMessageSource(messageSourceFrom(PSEUDO)));
afterAll(() => setMessageSource(messageSourceFrom(english)));
beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const FAILING = 'https://fox-news.example/rss';
const HTML_PAGE = 'https://ap.example/rss';
const FULL = 'https://reuters.example/rss';

/**
 * Feed health as real refreshes write it: a feed answering 503 three times (flagged), one serving
 * a page, one meeting a full disk, one unreachable once, and one never fetched.
 */
async function failedRefresh(): Promise<FeedHealthRow[]> {
  const fetch = fakeFetch({ [FAILING]: [503, 'down'], [HTML_PAGE]: [200, '<html><body>Not a feed</body></html>', 'text/html'], [FULL]: [200, RSS_ONE] });
  const source = (url: string, outletId: string) => ({ id: url, url, outletId });
  const sources = [source(FAILING, 'fox-news'), source(HTML_PAGE, 'ap'), source(FULL, 'reuters'), source('https://le-monde.example/rss', 'le-monde')];
  let health = {};
  for (let i = 0; i < 3; i++) {
    const report = await refreshFeeds(
      i < 2 ? sources.slice(0, 3) : sources,
      {
        fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch }),
        parseFeed,
        health,
        now: () => NOW - (3 - i) * 3_600_000,
        save: async () => {
          throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        },
      },
      { force: true },
    );
    health = report.health;
  }
  const rows = sources.map((s) => ({ ...(health as Record<string, Omit<FeedHealthRow, 'url' | 'outletId'>>)[s.id], url: s.url, outletId: s.outletId }));
  return [
    ...rows,
    {
      url: 'https://der-spiegel.example/rss',
      outletId: 'der-spiegel',
      lastAttempt: null,
      lastSuccess: null,
      lastError: null,
      consecutiveFailures: 0,
      itemsSeen: 0,
      nextAllowed: 0,
    },
  ];
}

const RSS_ONE = `<?xml version="1.0"?><rss version="2.0"><channel><title>Reuters</title><item><title>Markets</title><link>https://reuters.com/a</link></item></channel></rss>`;

describe('the options page in a pseudo-locale', () => {
  it('reads every word from the bundle, the worker’s feed errors too', async () => {
    const rows = await failedRefresh();
    expect(rows[0].lastError).toBe(t('feedError_http503'));
    expect(rows[2].lastError).toBe(storageFull());
    expect(rows[3].lastError).toBe(t('feedError_unreachable'));
    const { deps } = fakeDeps({}, true, { feeds: rows });
    render(<OptionsPage catalog={CATALOG} deps={deps} />);
    await screen.findByRole('region', { name: t('options_sourceList') });
    await screen.findByText(rows[0].lastError!, undefined, { timeout: 5000 });
    // Editors, confirmations and notes open too.
    fireEvent.click(document.querySelector<HTMLButtonElement>('.sources button[aria-expanded]')!);
    fireEvent.click(screen.getByRole('button', { name: t('options_clearOpen') }));
    fireEvent.click(screen.getByRole('button', { name: t('options_addByFeed') }));
    fireEvent.submit(screen.getByRole('form', { name: t('options_addSource') }));
    await screen.findByText(t('customSource_feedUrl'));
    chooseFile(screen.getByLabelText(t('options_importSettings')), 'bad.json', '{"format":"something else"}');
    await screen.findByText(t('options_settingsRefused', 'bad.json', t('settingsFile_notSettings')));
    fireEvent.input(screen.getByLabelText(t('options_searchSources')), { target: { value: 'zzzz' } });
    await screen.findByText(t('options_noSourceMatches'));
    expect(asciiWords(document.body)).toEqual([]);
  });

  it('words a full disk and a refused static index as the worker writes them', async () => {
    let followError = '';
    const store = {
      meta: async () => undefined,
      setMeta: async (m: { followError?: { message: string } }) => void (followError = m.followError?.message ?? followError),
    } as unknown as IndexStore;
    const fetch = fakeFetch({ 'https://index.example/latest.json': [200, '{"format":"parallax-static-index","version":99}', 'application/json'] });
    await expect(
      followIndex('https://index.example/latest.json', { store, now: () => NOW, fetchFeed: (url, opts) => fetchFeed(url, { ...opts, fetch }) }),
    ).rejects.toThrow();
    expect(followError).toContain(t('staticIndex_manifestVersion', '99'));
    const status = {
      articles: 1240,
      stories: 310,
      label: undefined,
      lastRefresh: NOW - 3_600_000,
      problem: storageFull(),
      sourceError: followError,
      source: { url: 'https://index.example/latest.json', version: 17, createdAt: new Date(NOW - 7_200_000).toISOString(), checkedAt: NOW - 60_000 },
    };
    const { container } = render(<IndexHealth status={status} storage={{ usage: 1_468_006, quota: 10 * 1024 ** 3 }} onRefresh={() => undefined} now={NOW} />);
    expect(container.textContent).toContain(formatCount(1240));
    expect(asciiWords(document.body)).toEqual([]);
  });
});

describe('the first-run page in a pseudo-locale', () => {
  const show = (choice: { on: number; granted: boolean }) =>
    render(
      <Welcome
        catalog={CATALOG}
        initialCountries={['GB']}
        onChoose={async () => choice}
        indexStatus={async () => ({ articles: 1240, stories: 310, lastRefresh: NOW })}
        optionsHref="/options.html"
      />,
    );

  it('reads every word from the bundle, country names in the UI language', async () => {
    show({ on: 2, granted: true });
    expect(screen.getByRole('checkbox', { name: /Великобритания/ })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button')[0]);
    await waitFor(() => expect(document.querySelector('.first-refresh')?.textContent).toContain(formatCount(1240)));
    expect(asciiWords(document.body)).toEqual([]);
  });

  it('says access was refused without English', async () => {
    show({ on: 6, granted: false });
    fireEvent.click(screen.getAllByRole('button')[1]);
    await screen.findByText(t('welcome_denied'));
    expect(asciiWords(document.body)).toEqual([]);
  });
});
