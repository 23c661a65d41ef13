// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Welcome } from '../../../components/options/Welcome';
import { chooseSources } from '../../../utils/access';
import { disabledOutsideCountries, disabledSources } from '../../../utils/settings';
import type { IndexStatus } from '../../../utils/views';
import { CATALOG, outlet } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/**
 * The welcome page as its entrypoint wires it: the choice becomes the stored list of sources
 * turned off, asks for their hosts (granted or not), and starts the first refresh.
 */
function show(initial: string[] = ['GB'], grant = true, statuses: IndexStatus[] = [{ articles: 0, stories: 0 }]) {
  const request = vi.fn(async (_origins: string[]) => grant);
  const refresh = vi.fn(async () => ({ started: true }));
  const onChoose = vi.fn((countries: string[] | null) =>
    chooseSources(CATALOG.outlets, countries ? disabledOutsideCountries(CATALOG.outlets, new Set(countries)) : [], {
      request,
      save: (off) => disabledSources.setValue(off),
      refresh,
    }),
  );
  let polls = 0;
  const indexStatus = async () => statuses[Math.min(polls++, statuses.length - 1)];
  render(<Welcome catalog={CATALOG} initialCountries={initial} onChoose={onChoose} indexStatus={indexStatus} optionsHref="/options.html" />);
  return Object.assign(onChoose, { request, refresh });
}

describe('the first-run page', () => {
  it('says what Parallax does and what never leaves the device', () => {
    show();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Parallax');
    const privacy = screen.getByRole('region', { name: 'What stays on this device' }).textContent!;
    expect(privacy).toContain('The pages you read never leave your device');
    expect(privacy).toContain('Its only requests are to the news feeds of the sources you keep on');
    expect(privacy).toContain('a static index URL you trust');
    expect(screen.getByRole('link', { name: /^Open the options page/ }).getAttribute('href')).toBe('/options.html');
  });

  it('lists countries by how many sources and feeds they have, the browser’s region ticked', () => {
    show(['GB', 'ZZ']);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.parentElement!.textContent)).toEqual([
      'United Kingdom (2, 2 feeds)',
      'United States (2, 2 feeds)',
      'France (1, 1 feed)',
      'Germany (1, 1 feed)',
    ]);
    expect(boxes.filter((b) => b.checked).map((b) => b.parentElement!.textContent)).toEqual(['United Kingdom (2, 2 feeds)']);
    expect(screen.getByRole('button', { name: /^Turn on only these countries’ sources/ }).textContent).toContain('(2; 2 feeds to fetch)');
  });

  it('counts the feeds a choice will fetch, not only the sources', () => {
    const twoFeeds = { ...CATALOG, outlets: CATALOG.outlets.map((o) => (o.country === 'FR' ? { ...o, feeds: [...o.feeds, `${o.feeds[0]}/world`] } : o)) };
    render(
      <Welcome
        catalog={twoFeeds}
        initialCountries={['FR']}
        onChoose={async () => ({ on: 1, granted: true })}
        indexStatus={async () => ({ articles: 0, stories: 0 })}
        optionsHref="/options.html"
      />,
    );
    expect(screen.getByRole('checkbox', { name: /^France/ }).parentElement!.textContent).toBe('France (1, 2 feeds)');
    expect(screen.getByRole('button', { name: /^Turn on only/ }).textContent).toContain('(1; 2 feeds to fetch)');
    expect(screen.getByRole('button', { name: /^Keep all/ }).textContent).toBe('Keep all 6 sources on (7 feeds to fetch)');
  });

  it('turns on only the chosen countries’ sources', async () => {
    const onChoose = show();
    fireEvent.click(screen.getByRole('checkbox', { name: /^France/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Turn on only these countries’ sources \(3; 3 feeds to fetch\)/ }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['ap', 'der-spiegel', 'fox-news']));
    expect(onChoose).toHaveBeenCalledWith(['FR', 'GB']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done: 3 sources from those countries are on, the others off.'));
  });

  it('asks once, on that click, for exactly the chosen sources’ feed hosts and sites, then starts the first refresh', async () => {
    const onChoose = show(['GB'], true, [
      { articles: 0, stories: 0, refreshing: { done: 0, total: 2 } },
      { articles: 40, stories: 12, refreshing: { done: 1, total: 2 } },
      { articles: 75, stories: 30, lastRefresh: 1 },
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Turn on only these countries’ sources/ }));
    // Asked inside the click handler, before anything was awaited.
    expect(onChoose.request).toHaveBeenCalledTimes(1);
    expect(onChoose.request.mock.calls[0][0]).toEqual([
      '*://*.reuters.com/*',
      '*://*.theguardian.com/*',
      'https://reuters.example/*',
      'https://the-guardian.example/*',
    ]);
    await waitFor(() => expect(onChoose.refresh).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Reading 0 of 2 feeds…')).toBeTruthy();
    expect(await screen.findByText(/^Your story index is ready: 75 articles in 30 stories/, {}, { timeout: 3000 })).toBeTruthy();
    expect(onChoose.request).toHaveBeenCalledTimes(1);
  });

  it('says what is missing when the reader declines, and starts no refresh', async () => {
    const onChoose = show(['GB'], false);
    fireEvent.click(screen.getByRole('button', { name: /^Turn on only these countries’ sources/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Parallax was not allowed to read those sources, so it cannot build your story index/);
    expect(await disabledSources.getValue()).toEqual(['ap', 'der-spiegel', 'fox-news', 'le-monde']);
    expect(onChoose.refresh).not.toHaveBeenCalled();
  });

  it('keeps every source on when asked, and cannot apply an empty choice', async () => {
    await disabledSources.setValue(['ap']);
    show([]);
    expect((screen.getByRole('button', { name: /^Turn on only/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Keep all 6 sources on (6 feeds to fetch)' }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual([]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done: all 6 sources are on.'));
  });

  it('says so when the choice could not be saved', async () => {
    const indexStatus = async () => ({ articles: 0, stories: 0 });
    render(
      <Welcome
        catalog={CATALOG}
        initialCountries={['GB']}
        onChoose={async () => Promise.reject(new Error('Storage is full'))}
        indexStatus={indexStatus}
        optionsHref="/options.html"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Turn on only/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your choice was not saved: Storage is full');
  });
});

describe('disabledOutsideCountries', () => {
  it.each([
    [['US'], ['der-spiegel', 'le-monde', 'reuters', 'the-guardian']],
    [['US', 'GB', 'FR', 'DE'], []],
    [[], ['ap', 'der-spiegel', 'fox-news', 'le-monde', 'reuters', 'the-guardian']],
  ])('keeping %j turns off %j', (countries, off) => {
    expect(disabledOutsideCountries(CATALOG.outlets, new Set(countries))).toEqual(off);
  });

  it('leaves the reader’s own sources alone', () => {
    const mine = outlet('custom-x', 'X', 'IS', 'is', { custom: true });
    expect(disabledOutsideCountries([...CATALOG.outlets, mine], new Set(['US', 'GB', 'FR', 'DE']))).toEqual([]);
  });
});
