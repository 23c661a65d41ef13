// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import type { CoverageView, TabView } from '../../utils/views';
import { coverage, index, outlet } from './view-fixtures';

afterEach(cleanup);

const yahoo = {
  url: 'https://au.news.yahoo.com/top-us-diplomat',
  title: "Top US diplomat Blinken meets China's VP Han at U.N. amid strained ties",
  outletId: 'yahoo-news',
  outletName: 'Yahoo News',
  bias: 'lean-left' as const,
  published: Date.UTC(2023, 8, 18, 22),
  current: false,
  copy: { kind: 'copy' as const, source: 'Reuters' },
};
const withCopies: CoverageView = {
  ...coverage,
  outlets: 4,
  articles: [...coverage.articles.map((a) => (a.outletId === 'reuters' ? { ...a, copy: { kind: 'original' as const, source: 'Reuters' } } : a)), yahoo],
  reporting: {
    reported: 3,
    carried: 1,
    countCarriers: false,
    sentence: 'Covered by 4 outlets: 3 reported it, 1 carried the Reuters copy',
    counted:
      'The bias and factuality mix and the summary count the 3 outlets that reported it themselves; the 1 that only carried a copy is left out (the default; change it in settings).',
  },
  page: {
    url: 'https://www.reuters.com/world/blinken-han',
    title: 'Top US diplomat Blinken meets China’s VP Han at UN amid strained ties',
    copy: { kind: 'original', source: 'Reuters' },
  },
};
/** Text that runs across an isolated name (`<bdi>`): the innermost element whose whole text matches. */
const matches = (text: string | RegExp, el: Element) => (typeof text === 'string' ? el.textContent === text : text.test(el.textContent ?? ''));
const whole = (text: string | RegExp) => (_: string, el: Element | null) => !!el && matches(text, el) && ![...el.children].some((c) => matches(text, c));

const show = (view: TabView, props: Partial<PopupProps> = {}) =>
  render(<Popup view={view} aboutHref="about.html" onOpenOptions={vi.fn()} onRefresh={vi.fn()} {...props} />);

describe('Popup: copies, Why grouped, Not this story', () => {
  it('says who reported it and who carried the copy, and what the mix counts', () => {
    show({ state: 'matched', outlet, coverage: withCopies, index });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Covered by 4 outlets: 3 reported it, 1 carried the Reuters copy (1 unrated)');
    expect(screen.getByText(/^The bias and factuality mix and the summary count the 3 outlets that reported it themselves/)).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Articles' });
    expect(within(list).getByText(whole('Reuters copy'))).toBeTruthy();
    expect(within(list).getByText(whole('Reuters original'))).toBeTruthy();
    expect(screen.getByText(whole(/^This page: The Reuters report that other outlets carried/))).toBeTruthy();
  });

  it('keeps the plain count when no outlet only carried a copy', () => {
    show({ state: 'matched', outlet, coverage, index });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Covered by 3 outlets (1 unrated)');
    expect(screen.getByText('Counting all 3 outlets; none only carried a copy.')).toBeTruthy();
  });

  it('asks why an article was grouped only when the reader opens it, and shows the answer', async () => {
    const onWhy = vi.fn(async () => ({
      words: ['meets', 'strained'],
      names: ['Blinken', 'Han'],
      tiedTo: { title: 'Top US diplomat…', outletName: 'Reuters' },
      copy: { kind: 'copy' as const, source: 'Reuters' },
    }));
    show({ state: 'matched', outlet, coverage: withCopies, index }, { onWhy });
    expect(onWhy).not.toHaveBeenCalled();
    const item = screen.getByText(yahoo.title).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Why grouped?' }));
    expect(onWhy).toHaveBeenCalledWith(yahoo.url);
    const why = await within(item).findByRole('group', { name: 'Why grouped' });
    expect(why.textContent).toContain('A copy of the Reuters report: counted as carrying it, not as reporting of its own.');
    expect(why.textContent).toContain('Names it shares with the story: Blinken, Han');
    expect(why.textContent).toContain('Tied here by “Top US diplomat…” (Reuters).');
    fireEvent.click(within(item).getByRole('button', { name: 'Why grouped?' }));
    expect(within(item).queryByRole('group', { name: 'Why grouped' })).toBeNull();
    expect(onWhy).toHaveBeenCalledOnce();
  });

  it('"Not this story" on an article and on the page hands the story to the correction', () => {
    const onDetach = vi.fn();
    show({ state: 'matched', outlet, coverage: withCopies, index }, { onDetach });
    const item = screen.getByText(yahoo.title).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Not this story' }));
    const story = { id: 's1', urls: withCopies.articles.map((a) => a.url) };
    expect(onDetach).toHaveBeenLastCalledWith(expect.objectContaining({ url: yahoo.url }), story);
    const page = screen.getByText(/^This page:/);
    fireEvent.click(within(page).getByRole('button', { name: 'Not this story' }));
    expect(onDetach).toHaveBeenLastCalledWith(withCopies.page, story);
  });

  it('lists what the reader took out, each with Undo; and on a detached page offers Undo', () => {
    const onUndo = vi.fn();
    const detached = { url: 'https://www.wionews.com/x', title: 'Blinken meets China’s VP Han to set stage', outletName: 'WION', storyId: 's1' };
    show({ state: 'matched', outlet, coverage: { ...withCopies, detached: [detached] }, index }, { onUndo });
    const section = screen.getByRole('region', { name: 'Not in this story' });
    expect(section.textContent).toContain('never sent');
    fireEvent.click(within(section).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledWith(detached);
    cleanup();
    show({ state: 'no-match', outlet, title: 'x', index, detached: { ...detached, storyTitle: 'Blinken meets Chinese VP' } }, { onUndo });
    expect(screen.getByText(whole(/You said this page is not part of “Blinken meets Chinese VP”/))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(2);
  });
});

describe('Options: counting coverage', () => {
  it('offers the honest count by default, saves the choice, and undoes a correction', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { countCarriers, storyCorrections } = await import('../../utils/settings');
    const { CountingSettings } = await import('../../components/options/CountingSettings');
    fakeBrowser.reset();
    const correction = { url: 'https://www.wionews.com/x', title: 'Blinken meets China’s VP Han to set stage', storyId: 's1', anchors: [], at: 1 };
    await storyCorrections.setValue([correction]);
    render(<CountingSettings />);
    const box = (await screen.findByRole('checkbox', { name: /Count outlets that only carried a wire copy/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByText(/Off by default/)).toBeTruthy();
    fireEvent.click(box);
    await vi.waitFor(async () => expect(await countCarriers.getValue()).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect(await storyCorrections.getValue()).toEqual([]));
    expect(await screen.findByText('You have not taken any article out of a story.')).toBeTruthy();
  });
});
