import { vi } from 'vitest';
import type { OptionsDeps } from '../../../components/options/deps';
import type { MessageType, Protocol } from '../../../utils/messages';
import type { Catalog, Outlet } from '../../../utils/model';

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
    {
      id: 'allsides',
      name: 'AllSides',
      url: 'https://www.allsides.com/',
      licence: 'CC BY-NC 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-nc/4.0/',
      attribution: 'AllSides',
    },
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

/** Fake options-page dependencies: a worker answering from `replies`, and recorded calls. */
export function fakeDeps(replies: Partial<{ [T in MessageType]: (payload: Protocol[T]['payload']) => Protocol[T]['reply'] }> = {}, grant = true) {
  const calls: { type: MessageType; payload: unknown }[] = [];
  const downloads: { filename: string; text: string }[] = [];
  const defaults: typeof replies = {
    indexStatus: () => ({ articles: 183, stories: 61, lastRefresh: NOW - 5 * 60_000 }),
    feedHealth: () => [],
    refreshNow: () => ({ started: true }),
    clearIndex: () => ({ ok: true }),
  };
  const deps: OptionsDeps = {
    send: (async (type: MessageType, payload: unknown) => {
      calls.push({ type, payload });
      const reply = (replies[type] ?? defaults[type]) as ((p: unknown) => unknown) | undefined;
      if (!reply) throw new Error(`No fake reply for ${type}`);
      return reply(payload);
    }) as OptionsDeps['send'],
    requestOrigins: fakePermissions(grant),
    fetch: fakeFetch({}),
    estimateStorage: async () => ({ usage: 1_468_006, quota: 10 * 1024 ** 3 }),
    download: (filename, text) => void downloads.push({ filename, text }),
    now: () => NOW,
    pollMs: 60_000,
  };
  return { deps, calls, downloads };
}

/** The clock of the page in tests: 2024-05-01 10:00 UTC. */
export const NOW = Date.UTC(2024, 4, 1, 10);

/** A File the way a file input hands it over, chosen on `input`. */
export function chooseFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
