// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { Outlet } from '../../../utils/model';
import { customSources, disabledSources } from '../../../utils/settings';
import { CATALOG, fakeDeps, fakeFetch, fakePermissions, RSS } from './fakes';

const FEED = 'https://news.harbourgazette.co.uk/rss.xml';
const STORED: Outlet = {
  id: 'custom-harbour-gazette',
  name: 'Harbour Gazette',
  homepage: 'https://harbourgazette.co.uk/',
  domains: ['harbourgazette.co.uk'],
  feeds: [FEED],
  country: 'GB',
  language: 'en',
  custom: true,
  bias: { value: 'center', source: 'user', date: '2024-04-01' },
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function show(opts: { grant?: boolean; routes?: Record<string, [number, string, string?]> } = {}) {
  const { deps } = fakeDeps({}, opts.grant ?? true);
  deps.fetch = fakeFetch(opts.routes ?? { [FEED]: [200, RSS] });
  deps.requestOrigins = fakePermissions(opts.grant ?? true);
  render(<OptionsPage catalog={CATALOG} deps={deps} />);
  await screen.findByRole('region', { name: 'Your own sources' });
  return deps as typeof deps & { fetch: ReturnType<typeof fakeFetch>; requestOrigins: ReturnType<typeof fakePermissions> };
}

function fillAddForm(fields: { url: string; name?: string; domains?: string; bias?: string }) {
  fireEvent.click(screen.getByRole('button', { name: 'Add a source by its feed…' }));
  const form = screen.getByRole('form', { name: 'Add a source' });
  expect(document.activeElement).toBe(within(form).getByLabelText(/Feed address/));
  fireEvent.input(within(form).getByLabelText(/Feed address/), { target: { value: fields.url } });
  if (fields.name) fireEvent.input(within(form).getByLabelText('Name'), { target: { value: fields.name } });
  if (fields.domains) fireEvent.input(within(form).getByLabelText('Domains it publishes under'), { target: { value: fields.domains } });
  if (fields.bias) fireEvent.change(within(form).getByLabelText('Your bias rating'), { target: { value: fields.bias } });
  return form;
}

describe('adding a source of one’s own', () => {
  it('asks for the feed’s host, checks the feed, then stores it as a custom outlet with the reader’s rating', async () => {
    const deps = await show();
    const form = fillAddForm({ url: FEED, bias: 'lean-right' });
    // Defaults shown before anything is typed: the host's domain, a country from .uk, that country's main language.
    expect((within(form).getByLabelText('Domains it publishes under') as HTMLInputElement).placeholder).toBe('harbourgazette.co.uk');
    expect((within(form).getByLabelText('Country') as HTMLSelectElement).value).toBe('GB');
    expect((within(form).getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByText('Added \u2068Harbour Gazette\u2069: its feed lists 2 items now.')).toBeTruthy());
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://news.harbourgazette.co.uk/*']);
    expect(deps.fetch).toHaveBeenCalledOnce();
    expect(await customSources.getValue()).toEqual([{ ...STORED, bias: { value: 'lean-right', source: 'user', date: '2024-05-01' } }]);
    // It joins the source list at once, marked as the reader's, with its own switch.
    const sw = await screen.findByRole('switch', { name: /^Harbour Gazette/ });
    expect(sw.closest('li')!.textContent).toContain('your source');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a source by its feed…' })));
  });

  it.each([
    ['the reader refuses access to the host', { grant: false }, /not allowed to read https:\/\/news\.harbourgazette\.co\.uk.*Nothing was saved/, false],
    [
      'the address is a web page',
      { routes: { [FEED]: [200, '<!doctype html><html><body>News</body></html>', 'text/html'] } },
      /This is an HTML page, not a feed/,
      true,
    ],
    ['the server answers 404', { routes: { [FEED]: [404, 'Not found'] } }, /The server answered 404 \(not found\)/, true],
    ['the JSON is not a JSON Feed', { routes: { [FEED]: [200, '{"hello": 1}', 'application/json'] } }, /not a JSON Feed/, true],
  ] as const)('when %s, says so and saves nothing', async (_what, opts, message, fetched) => {
    const deps = await show(opts as never);
    fireEvent.submit(fillAddForm({ url: FEED, name: 'Gazette' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(deps.fetch).toHaveBeenCalledTimes(fetched ? 1 : 0);
    expect(await customSources.getValue()).toEqual([]);
    expect(screen.getByRole('form', { name: 'Add a source' })).toBeTruthy();
  });

  it('catches a mistyped domain before asking for any permission', async () => {
    const deps = await show();
    fireEvent.submit(fillAddForm({ url: FEED, domains: 'harbourgazette.co.uk, gazette!' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“gazette!” is not a domain name');
    expect(deps.requestOrigins).not.toHaveBeenCalled();
  });

  it('never takes an id of the catalog', async () => {
    await show();
    fireEvent.submit(fillAddForm({ url: FEED, name: 'Reuters', domains: 'harbourgazette.co.uk' }));
    await waitFor(async () => expect((await customSources.getValue()).map((o) => o.id)).toEqual(['custom-reuters']));
  });
});

describe('editing and removing one', () => {
  it('edits name and rating without re-checking an unchanged feed, keeping its id', async () => {
    await customSources.setValue([STORED]);
    const deps = await show();
    const section = screen.getByRole('region', { name: 'Your own sources' });
    fireEvent.click(within(section).getByRole('button', { name: 'Edit Harbour Gazette' }));
    const form = screen.getByRole('form', { name: 'Edit Harbour Gazette' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'The Harbour Gazette' } });
    fireEvent.change(within(form).getByLabelText('Your bias rating'), { target: { value: 'left' } });
    fireEvent.submit(form);
    await waitFor(async () =>
      expect(await customSources.getValue()).toEqual([{ ...STORED, name: 'The Harbour Gazette', bias: { value: 'left', source: 'user', date: '2024-05-01' } }]),
    );
    expect(deps.requestOrigins).not.toHaveBeenCalled();
  });

  it('re-checks the feed when its address changes', async () => {
    await customSources.setValue([STORED]);
    const moved = 'https://harbourgazette.co.uk/feed.xml';
    const deps = await show({ routes: { [moved]: [200, RSS] } });
    const section = screen.getByRole('region', { name: 'Your own sources' });
    fireEvent.click(within(section).getByRole('button', { name: 'Edit Harbour Gazette' }));
    const form = within(section).getByRole('form', { name: 'Edit Harbour Gazette' });
    fireEvent.input(within(form).getByLabelText(/Feed address/), { target: { value: moved } });
    fireEvent.submit(form);
    await waitFor(async () => expect((await customSources.getValue())[0].feeds).toEqual([moved]));
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://harbourgazette.co.uk/*']);
  });

  it('removes it after a confirmation, with its switch', async () => {
    await customSources.setValue([STORED]);
    await disabledSources.setValue(['custom-harbour-gazette', 'fox-news']);
    await show();
    // The source list offers the same editor as the section of the reader's sources.
    expect(screen.getAllByRole('button', { name: 'Edit Harbour Gazette' })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Harbour Gazette' }));
    const ask = screen.getByRole('group', { name: 'Remove Harbour Gazette' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await customSources.getValue()).toEqual([]));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['fox-news']));
    await waitFor(() => expect(screen.queryByRole('switch', { name: /^Harbour Gazette/ })).toBeNull());
  });
});
