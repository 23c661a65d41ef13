// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { disabledSources, ratingOverrides } from '../../../utils/settings';
import { CATALOG, fakeDeps } from './fakes';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function show() {
  render(<OptionsPage catalog={CATALOG} deps={fakeDeps().deps} />);
  return screen.findByRole('region', { name: 'Source list' });
}
const names = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('switch')
    .map((s) => (s as HTMLInputElement).labels![0].firstChild!.textContent);
const search = (text: string) => fireEvent.input(screen.getByLabelText('Search sources'), { target: { value: text } });
const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('finding sources', () => {
  it('says it is loading until the settings are read', () => {
    render(<OptionsPage catalog={undefined} deps={fakeDeps().deps} />);
    expect(screen.getByRole('status').textContent).toBe('Loading sources…');
  });

  it('lists every outlet alphabetically, all on by default', async () => {
    const list = await show();
    expect(names(list)).toEqual(['Associated Press', 'Der Spiegel', 'Fox News', 'Le Monde', 'Reuters', 'The Guardian']);
    expect(
      within(list)
        .getAllByRole('switch')
        .every((s) => (s as HTMLInputElement).checked),
    ).toBe(true);
    expect(within(list).getByRole('status').textContent).toBe('6 sources match, 6 on');
  });

  it.each([
    ['a typo in a name', 'Reutres', ['Reuters']],
    ['part of a domain', 'spiegel', ['Der Spiegel']],
    ['two words', 'associated press', ['Associated Press']],
  ])('search finds %s', async (_what, query, expected) => {
    const list = await show();
    search(query);
    expect(names(list)).toEqual(expected);
  });

  it.each([
    ['Bias', 'lean-left', ['Associated Press', 'Le Monde', 'The Guardian']],
    ['Bias', 'unrated', ['Der Spiegel']],
    ['Country', 'GB', ['Reuters', 'The Guardian']],
    ['Language', 'de', ['Der Spiegel']],
  ])('the %s filter set to %s', async (label, value, expected) => {
    const list = await show();
    pick(label, value);
    expect(names(list)).toEqual(expected);
  });

  it('names countries and languages in words, and says when nothing matches', async () => {
    const list = await show();
    expect(within(screen.getByLabelText('Country')).getByRole('option', { name: 'Germany (DE)' })).toBeTruthy();
    expect(within(screen.getByLabelText('Language')).getByRole('option', { name: 'French' })).toBeTruthy();
    search('zzzzqqqq');
    expect(list.textContent).toContain('No source matches');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names(list)).toHaveLength(6);
  });
});

describe('switching sources', () => {
  it('turns one source off and on, storing only the ones off', async () => {
    const list = await show();
    fireEvent.click(within(list).getByRole('switch', { name: /^Fox News/ }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['fox-news']));
    await waitFor(() => expect((within(list).getByRole('switch', { name: /^Fox News/ }) as HTMLInputElement).checked).toBe(false));
    fireEvent.click(within(list).getByRole('switch', { name: /^Fox News/ }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual([]));
  });

  it('turns every source of a filter off, then on, leaving the others alone', async () => {
    await disabledSources.setValue(['le-monde']);
    const list = await show();
    pick('Country', 'GB');
    fireEvent.click(screen.getByRole('button', { name: 'Turn all 2 off' }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['le-monde', 'reuters', 'the-guardian']));
    await waitFor(() => expect(within(list).getByRole('status').textContent).toBe('2 sources match, 0 on'));
    fireEvent.click(screen.getByRole('button', { name: 'Turn all 2 on' }));
    await waitFor(async () => expect(await disabledSources.getValue()).toEqual(['le-monde']));
  });

  it('shows a source stored as off as off, and any other (say, one shipped since) as on', async () => {
    await disabledSources.setValue(['fox-news', 'an-outlet-no-longer-shipped']);
    const list = await show();
    await waitFor(() => expect(within(list).getByRole('status').textContent).toBe('6 sources match, 5 on'));
    expect((within(list).getByRole('switch', { name: /^Fox News/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('follows changes made elsewhere (another tab, the welcome page)', async () => {
    const list = await show();
    await disabledSources.setValue(['reuters']);
    await waitFor(() => expect((within(list).getByRole('switch', { name: /^Reuters/ }) as HTMLInputElement).checked).toBe(false));
  });
});

describe('the reader’s own ratings', () => {
  it('overrides a bias, shows “your rating” beside the original, and resets it', async () => {
    const list = await show();
    const row = () =>
      within(list)
        .getByRole('switch', { name: /^Associated Press/ })
        .closest('li')!;
    expect(row().textContent).not.toContain('your rating');
    fireEvent.click(within(row()).getByRole('button', { name: 'Edit ratings of Associated Press' }));
    const editor = screen.getByRole('form', { name: 'Your ratings of Associated Press' });
    expect(document.activeElement).toBe(within(editor).getByLabelText('Your bias rating'));
    fireEvent.change(within(editor).getByLabelText('Your bias rating'), { target: { value: 'center' } });
    fireEvent.submit(editor);
    await waitFor(async () => expect(await ratingOverrides.getValue()).toEqual({ ap: { bias: 'center' } }));
    await waitFor(() => expect(row().textContent).toContain('Bias: Centeryour rating (original: Lean Left)'));
    expect(row().textContent).toContain('Factuality: Generally reliable');
    expect(document.activeElement).toBe(within(row()).getByRole('button', { name: 'Edit ratings of Associated Press' }));

    fireEvent.click(within(row()).getByRole('button', { name: 'Reset your rating of Associated Press' }));
    await waitFor(async () => expect(await ratingOverrides.getValue()).toEqual({}));
    await waitFor(() => expect(row().textContent).not.toContain('your rating'));
  });

  it('overrides a factuality alone and keeps other outlets’ overrides', async () => {
    await ratingOverrides.setValue({ reuters: { bias: 'lean-right' } });
    const list = await show();
    fireEvent.click(within(list).getByRole('button', { name: 'Edit ratings of Fox News' }));
    const editor = screen.getByRole('form', { name: 'Your ratings of Fox News' });
    fireEvent.change(within(editor).getByLabelText('Your factuality rating'), { target: { value: 'no-consensus' } });
    fireEvent.submit(editor);
    await waitFor(async () =>
      expect(await ratingOverrides.getValue()).toEqual({ reuters: { bias: 'lean-right' }, 'fox-news': { factuality: 'no-consensus' } }),
    );
    const row = within(list)
      .getByRole('switch', { name: /^Fox News/ })
      .closest('li')!;
    await waitFor(() => expect(row.textContent).toContain('No consensusyour rating (original: Generally unreliable)'));
  });

  it('Cancel or Escape closes the editor without saving', async () => {
    const list = await show();
    fireEvent.click(within(list).getByRole('button', { name: 'Edit ratings of Reuters' }));
    fireEvent.change(screen.getByLabelText('Your bias rating'), { target: { value: 'right' } });
    fireEvent.keyDown(screen.getByLabelText('Your bias rating'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Your ratings of Reuters' })).toBeNull();
    expect(await ratingOverrides.getValue()).toEqual({});
  });
});
