// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { DEFAULT_INDEX_SETTINGS, readSettings, writeSettings, type SettingsValues } from '../../../utils/settings';
import { CATALOG, chooseFile, fakeDeps, fakePermissions } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const CUSTOM = {
  id: 'custom-harbour-gazette',
  name: 'Harbour Gazette',
  homepage: 'https://harbourgazette.co.uk/',
  domains: ['harbourgazette.co.uk'],
  feeds: ['https://news.harbourgazette.co.uk/rss.xml'],
  country: 'GB',
  language: 'en',
  custom: true as const,
};
const BEFORE: SettingsValues = {
  disabledSources: ['fox-news'],
  ratingOverrides: { ap: { bias: 'center' } },
  indexSettings: { ...DEFAULT_INDEX_SETTINGS, refreshMinutes: 60 },
  customSources: [],
  countCarriers: false,
  storyCorrections: [
    { url: 'https://www.wionews.com/world/blinken', title: "Blinken meets China's VP Han", storyId: 'demo:blinken', anchors: [], at: 1_700_000_000_000 },
  ],
};

async function show(grant = true, stored: SettingsValues = BEFORE) {
  await writeSettings(stored);
  const fake = fakeDeps({}, grant);
  fake.deps.requestOrigins = fakePermissions(grant);
  render(<OptionsPage catalog={CATALOG} deps={fake.deps} />);
  const form = await screen.findByRole('form', { name: 'Index settings' });
  return { ...fake, form, requestOrigins: fake.deps.requestOrigins as ReturnType<typeof fakePermissions> };
}
const type = (form: HTMLElement, label: RegExp | string, value: string) => fireEvent.input(within(form).getByLabelText(label), { target: { value } });

describe('index settings', () => {
  it('shows the stored values, the threshold in percent', async () => {
    const { form } = await show();
    const value = (label: RegExp) => (within(form).getByLabelText(label) as HTMLInputElement).value;
    expect([value(/every \(minutes\)/), value(/for \(days\)/), value(/threshold/)]).toEqual(['60', '7', '20']);
    expect((within(form).getByLabelText('Index URL') as HTMLInputElement).disabled).toBe(true);
  });

  it('saves the numbers (percent back to a fraction) without asking for any permission', async () => {
    const { form, requestOrigins } = await show();
    type(form, /every \(minutes\)/, '15');
    type(form, /for \(days\)/, '30');
    type(form, /threshold/, '25');
    fireEvent.submit(form);
    await waitFor(async () =>
      expect((await readSettings()).indexSettings).toEqual({ refreshMinutes: 15, retentionDays: 30, blindspotThreshold: 0.25, indexUrl: '' }),
    );
    expect(within(form).getByRole('status').textContent).toBe('Settings saved.');
    expect(requestOrigins).not.toHaveBeenCalled();
  });

  it.each([
    [/every \(minutes\)/, '1', 'Refresh the index every (minutes) must be a whole number from 5 to 1,440.'],
    [/for \(days\)/, '', 'Keep articles for (days) must be a whole number from 1 to 90.'],
    [/threshold/, '80', 'Blindspot threshold (percent of rated outlets) must be a whole number from 5 to 50.'],
  ])('refuses %s = %j and keeps what was stored', async (label, value, message) => {
    const { form } = await show();
    type(form, label, value);
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe(message);
    expect(await readSettings()).toEqual(BEFORE);
  });

  it('asks for the index URL’s host when one is set, and saves it only when allowed', async () => {
    const { form, requestOrigins } = await show(false);
    fireEvent.click(within(form).getByRole('checkbox', { name: /ready-made index/ }));
    type(form, 'Index URL', 'https://index.example.org/parallax.json');
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Parallax was not allowed to read https://index.example.org, so the settings were not saved.',
    );
    expect(requestOrigins).toHaveBeenCalledWith(['https://index.example.org/*']);
    expect((await readSettings()).indexSettings.indexUrl).toBe('');
    cleanup();
    const allowed = await show(true);
    fireEvent.click(within(allowed.form).getByRole('checkbox', { name: /ready-made index/ }));
    type(allowed.form, 'Index URL', 'https://index.example.org/parallax.json');
    fireEvent.submit(allowed.form);
    await waitFor(async () => expect((await readSettings()).indexSettings.indexUrl).toBe('https://index.example.org/parallax.json'));
  });

  it('refuses an index URL that is not http(s)', async () => {
    const { form, requestOrigins } = await show();
    fireEvent.click(within(form).getByRole('checkbox', { name: /ready-made index/ }));
    type(form, 'Index URL', 'javascript:alert(1)');
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toContain('must be a full http:// or https:// address');
    expect(requestOrigins).not.toHaveBeenCalled();
  });
});

describe('settings file', () => {
  it('exports every setting and custom source as one versioned file', async () => {
    const { downloads } = await show(true, { ...BEFORE, customSources: [CUSTOM] });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].filename).toBe('parallax-settings-2024-05-01.json');
    expect(JSON.parse(downloads[0].text)).toEqual({
      format: 'parallax-settings',
      version: 1,
      exportedAt: '2024-05-01T10:00:00.000Z',
      ...BEFORE,
      customSources: [CUSTOM],
    });
    expect(screen.getByText('Saved 1 of your sources, 1 switched off and 1 ratings of yours.')).toBeTruthy();
  });

  it('imports a good file: every setting is replaced and the page follows', async () => {
    const { form } = await show();
    const next: SettingsValues = {
      disabledSources: ['reuters'],
      ratingOverrides: { 'le-monde': { factuality: 'reliable' } },
      indexSettings: { refreshMinutes: 240, retentionDays: 14, blindspotThreshold: 0.1, indexUrl: '' },
      customSources: [CUSTOM],
      countCarriers: true,
      storyCorrections: [{ url: 'https://apnews.com/article/x', title: 'Another headline', storyId: 's2', anchors: ['https://reuters.com/y'], at: 5 }],
    };
    chooseFile(
      screen.getByLabelText('Import a settings file'),
      'mine.json',
      JSON.stringify({ format: 'parallax-settings', version: 1, exportedAt: '2024-04-01T00:00:00Z', ...next }),
    );
    expect(await screen.findByText('Settings imported from mine.json.')).toBeTruthy();
    expect(await readSettings()).toEqual(next);
    await waitFor(() => expect((within(form).getByLabelText(/every \(minutes\)/) as HTMLInputElement).value).toBe('240'));
    expect((screen.getByRole('switch', { name: /^Reuters/ }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('switch', { name: /^Harbour Gazette/ })).toBeTruthy();
  });

  it.each([
    ['not JSON', 'hello', 'The file is not valid JSON'],
    ['an index file', JSON.stringify({ format: 'parallax-index', version: 1, articles: [] }), 'The file is not a Parallax settings file.'],
    [
      'a bad override',
      JSON.stringify({ format: 'parallax-settings', version: 1, ...BEFORE, ratingOverrides: { ap: { bias: 'very-left' } } }),
      '"ratingOverrides" of "ap" has an unknown bias "very-left".',
    ],
  ])('refuses %s with the reason, and nothing changes', async (_what, text, reason) => {
    await show();
    chooseFile(screen.getByLabelText('Import a settings file'), 'x.json', text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('x.json was refused, and nothing changed: ');
    expect(alert.textContent).toContain(reason);
    expect(await readSettings()).toEqual(BEFORE);
  });
});
