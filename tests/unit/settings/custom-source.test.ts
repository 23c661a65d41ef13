import { describe, expect, it } from 'vitest';
import {
  buildCustomSource,
  customOutletProblem,
  customSourceId,
  defaultDomain,
  guessCountry,
  parseDomains,
  slugify,
  verifyFeed,
  type CustomSourceInput,
} from '../../../utils/sources/custom-source';
import { fakeFetch, fakePermissions, RSS } from '../../components/options/fakes';

const FEED = 'https://news.harbourgazette.co.uk/rss.xml';
const input = (patch: Partial<CustomSourceInput> = {}): CustomSourceInput => ({
  feedUrl: FEED,
  name: 'Harbour Gazette',
  domains: '',
  bias: 'center',
  country: 'GB',
  language: 'en',
  ...patch,
});

describe('ids and defaults', () => {
  it.each([
    ['Le Monde (Paris)', 'le-monde-paris'],
    ['  Süddeutsche Zeitung ', 'suddeutsche-zeitung'],
    ['!!!', 'source'],
    ['The  Daily -- Planet', 'the-daily-planet'],
  ])('slugify(%j) = %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it('never clashes with a catalog id or another custom source', () => {
    expect(customSourceId('Gazette', new Set())).toBe('custom-gazette');
    expect(customSourceId('Gazette', new Set(['custom-gazette', 'custom-gazette-2']))).toBe('custom-gazette-3');
  });

  it.each([
    [FEED, 'harbourgazette.co.uk'],
    ['https://feeds.bbci.co.uk/news/rss.xml', 'bbci.co.uk'],
    ['ftp://example.com/feed', undefined],
    ['not a url', undefined],
  ])('defaultDomain(%s) = %s', (url, domain) => expect(defaultDomain(url)).toBe(domain));

  it.each([
    [FEED, ['GB', 'US'], 'GB'],
    ['https://www.spiegel.de/rss', ['DE'], 'DE'],
    ['https://example.com/rss', ['US', 'GB'], undefined],
    ['https://example.de/rss', ['US'], undefined],
  ])('guessCountry(%s) = %s', (url, known, country) => expect(guessCountry(url, known)).toBe(country));

  it.each([
    ['example.com, www.Example.org', { ok: true, value: ['example.com', 'example.org'] }],
    ['news.example.com example.com', { ok: true, value: ['news.example.com', 'example.com'] }],
    ['', { ok: true, value: [] }],
    ['http://example.com/', { ok: false }],
    ['localhost', { ok: false }],
    ['co.uk', { ok: false }],
  ])('parseDomains(%j)', (text, expected) => expect(parseDomains(text)).toMatchObject(expected));
});

describe('buildCustomSource', () => {
  const ctx = { taken: new Set(['reuters']), today: '2024-05-01' };

  it('makes a custom Outlet with the reader’s rating and the feed host’s domain', () => {
    expect(buildCustomSource(input(), ctx)).toEqual({
      ok: true,
      value: {
        id: 'custom-harbour-gazette',
        name: 'Harbour Gazette',
        homepage: 'https://harbourgazette.co.uk/',
        domains: ['harbourgazette.co.uk'],
        feeds: [FEED],
        country: 'GB',
        language: 'en',
        custom: true,
        bias: { value: 'center', source: 'user', date: '2024-05-01' },
      },
    });
  });

  it('takes the feed title when the name is blank, and leaves an unrated source unrated', () => {
    const built = buildCustomSource(input({ name: ' ', bias: '' }), { ...ctx, feedTitle: 'The Gazette' });
    expect(built.ok && built.value.name).toBe('The Gazette');
    expect(built.ok && 'bias' in built.value).toBe(false);
  });

  it('keeps the id of the source being edited', () => {
    const existing = { id: 'custom-old-name' } as never;
    const built = buildCustomSource(input({ name: 'New name', domains: 'gazette.example' }), { ...ctx, existing });
    expect(built.ok && [built.value.id, built.value.domains]).toEqual(['custom-old-name', ['gazette.example']]);
  });

  it.each([
    [{ feedUrl: 'javascript:alert(1)' }, /http/],
    [{ name: '' }, /name/],
    [{ domains: 'not a domain!' }, /domain/],
    [{ country: '' }, /country/],
    [{ language: 'English' }, /language/],
  ])('refuses %j', (patch, error) => {
    const built = buildCustomSource(input(patch), ctx);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.error).toMatch(error);
  });

  it('what it builds passes the stored-source check', () => {
    const built = buildCustomSource(input(), ctx);
    expect(built.ok && customOutletProblem(built.value, 1)).toBeUndefined();
  });
});

describe('customOutletProblem', () => {
  const good = buildCustomSource(input(), { taken: new Set(), today: '2024-05-01' });
  const base = good.ok ? good.value : ({} as never);
  it.each([
    [{ id: 'reuters' }, /id/],
    [{ name: '' }, /name/],
    [{ homepage: 'javascript:alert(1)' }, /homepage/],
    [{ feeds: [] }, /feeds/],
    [{ feeds: ['file:///etc/passwd'] }, /feeds/],
    [{ domains: ['not a domain'] }, /domains/],
    [{ country: 'gb' }, /country/],
    [{ custom: false }, /custom/],
    [{ bias: { value: 'center', source: 'allsides', date: '2024-01-01' } }, /bias/],
    [{ bias: { value: 'far-left', source: 'user', date: '2024-01-01' } }, /bias/],
  ])('refuses %j', (patch, problem) => expect(customOutletProblem({ ...base, ...patch }, 1)).toMatch(problem));
});

describe('verifyFeed', () => {
  it('asks for the feed’s origin, then fetches and parses the feed', async () => {
    const requestOrigins = fakePermissions(true);
    const fetch = fakeFetch({ [FEED]: [200, RSS] });
    expect(await verifyFeed(FEED, { requestOrigins, fetch })).toEqual({ ok: true, title: 'Harbour Gazette', items: 2 });
    expect(requestOrigins).toHaveBeenCalledWith(['https://news.harbourgazette.co.uk/*']);
  });

  it('asks for the permission before anything is awaited (it must stay inside the click)', () => {
    const requestOrigins = fakePermissions(true);
    void verifyFeed(FEED, { requestOrigins, fetch: fakeFetch({}) });
    expect(requestOrigins).toHaveBeenCalledOnce();
  });

  it.each([
    ['a refused permission', false, { [FEED]: [200, RSS] }, /not allowed to read https:\/\/news\.harbourgazette\.co\.uk/],
    ['an HTML page', true, { [FEED]: [200, '<!doctype html><html><body>Hi</body></html>', 'text/html'] }, /HTML page, not a feed/],
    ['a 404', true, { [FEED]: [404, 'gone'] }, /404 \(not found\)/],
    ['no server', true, {}, /Could not reach the server/],
  ] as const)('gives a clear message for %s', async (_what, grant, routes, message) => {
    const fetch = fakeFetch(routes as Record<string, [number, string, string?]>);
    const result = await verifyFeed(FEED, { requestOrigins: fakePermissions(grant), fetch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    if (!grant) expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a non-http address without asking for anything', async () => {
    const requestOrigins = fakePermissions(true);
    expect(await verifyFeed('file:///tmp/feed.xml', { requestOrigins })).toMatchObject({ ok: false });
    expect(requestOrigins).not.toHaveBeenCalled();
  });
});
