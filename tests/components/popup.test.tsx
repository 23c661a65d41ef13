// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { biasHeadline } from '../../components/BiasBar';
import { Popup } from '../../components/Popup';
import type { TabView } from '../../utils/views';
import { coverage, index, matched, outlet } from './view-fixtures';

afterEach(cleanup);

const show = (view: TabView | undefined, onRefresh = vi.fn()) =>
  render(<Popup view={view} aboutHref="chrome-extension://x/about.html" onOpenOptions={vi.fn()} onRefresh={onRefresh} now={Date.UTC(2023, 8, 19, 12, 5)} />);

describe('Popup states', () => {
  it('says it is loading before the worker answers', () => {
    show(undefined);
    expect(screen.getByRole('status').textContent).toContain('Loading coverage');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
  });

  it('on a page that is not an article, still shows the outlet rating', () => {
    show({ state: 'not-article', outlet, index });
    expect(screen.getByRole('heading', { name: 'Not a news article' })).toBeTruthy();
    const card = screen.getByRole('region', { name: 'This outlet' });
    expect(card.textContent).toContain('Reuters');
    expect(card.textContent).toContain('Center');
    expect(card.textContent).toContain('Generally reliable');
    expect(within(card).getByRole('link', { name: 'AllSides' }).getAttribute('href')).toBe('https://www.allsides.com/news-source/reuters');
  });

  it('with no match, says so and when the index last refreshed', () => {
    show({ state: 'no-match', outlet, title: 'A local story', index });
    expect(screen.getByRole('heading', { name: 'No other outlet in your sources covered this yet' })).toBeTruthy();
    expect(screen.getByText(/Index last refreshed 5 minutes ago/)).toBeTruthy();
  });

  it('with an empty index, offers a refresh, and shows progress while one runs', () => {
    const onRefresh = vi.fn();
    show({ state: 'index-empty', index: { articles: 0, stories: 0 } }, onRefresh);
    expect(screen.getByRole('heading', { name: 'Your story index is empty' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
    expect(onRefresh).toHaveBeenCalledOnce();
    cleanup();
    show({ state: 'index-empty', index: { articles: 0, stories: 0, refreshing: { done: 12, total: 80 } } });
    expect(screen.getByRole('status').textContent).toBe('Reading 12 of 80 feeds…');
  });

  it('for an unknown site, says it has no rating; for a disabled one, says it is off', () => {
    show({ state: 'no-match', title: 'x', index });
    expect(screen.getByRole('region', { name: 'This outlet' }).textContent).toContain('not in the source catalog');
    cleanup();
    show({ state: 'no-match', title: 'x', outlet: { ...outlet, disabled: true }, index });
    expect(screen.getByRole('region', { name: 'This outlet' }).textContent).toContain('turned off in your sources');
  });

  it("shows the reader's own rating beside the original", () => {
    show({ state: 'not-article', outlet: { ...outlet, bias: 'right', originalBias: 'center' }, index });
    const card = screen.getByRole('region', { name: 'This outlet' });
    expect(card.textContent).toContain('Right your rating; originally Center');
    expect(within(card).queryByRole('link', { name: 'AllSides' })).toBeNull();
  });

  it('shows an error with what to do', () => {
    show({ state: 'error', message: 'The worker did not answer.', action: 'Reload the page.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The worker did not answer.');
    expect(alert.textContent).toContain('Reload the page.');
  });
});

describe('Popup for a matched story', () => {
  it('shows the count, the bias mix with counts and percentages, and a headline figure', () => {
    show(matched);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Covered by 3 outlets (1 unrated)');
    const bias = screen.getByRole('region', { name: 'Bias distribution' });
    const items = within(bias)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('CCenter2 · 67%');
    expect(items).toContain('?Unrated1 · 33%');
    expect(screen.getByText('67% of the sources are Center')).toBeTruthy();
  });

  it('lists every headline as an http(s) link, marks the current one, and filters by bias', () => {
    show(matched);
    const list = screen.getByRole('region', { name: 'Articles' });
    expect(within(list).getAllByRole('link')).toHaveLength(3);
    const current = list.querySelector('[aria-current="page"]');
    expect(current?.textContent).toContain('Reuters');
    fireEvent.click(within(list).getByRole('button', { name: 'Unrated' }));
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([coverage.articles[2].title]);
  });

  it('renders hostile headlines as text and never links a javascript: URL', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const view: TabView = {
      ...matched,
      state: 'matched',
      coverage: { ...coverage, storyTitle: hostile, articles: [{ ...coverage.articles[0], title: hostile, url: 'javascript:alert(1)' }] },
    } as TabView;
    const { container } = show(view);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThanOrEqual(2);
    expect([...container.querySelectorAll('a')].every((a) => /^https?:|^chrome-extension:/.test(a.getAttribute('href') ?? ''))).toBe(true);
  });

  it('flags a blindspot with its rule', () => {
    show({
      ...matched,
      coverage: {
        ...coverage,
        blindspot: {
          side: 'right',
          rule: 'Fewer than 20% of 6 rated outlets are Right or Lean Right.',
          verdict: 'Blindspot for the Right: 5 of 6 rated outlets (83%) are on the Left, 0 (0%) on the Right.',
        },
      },
    } as TabView);
    const flag = screen.getByRole('note', { name: 'Blindspot' });
    expect(flag.textContent).toContain('the Right barely covered this');
    expect(flag.textContent).toContain('Fewer than 20% of 6 rated outlets');
  });
});

describe('biasHeadline', () => {
  it.each<[Record<string, [number, number]>, string | undefined]>([
    [{ center: [12, 48], left: [5, 20], right: [8, 32] }, '48% of the sources are Center'],
    [{ 'lean-left': [1, 34], center: [1, 33], unrated: [1, 33] }, 'Lean Left and Center are level, with 1 source each'],
    [{ unrated: [3, 100] }, undefined],
  ])('%j -> %s', (counts, expected) => {
    const shares = (['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'] as const).map((key) => {
      const [count, percent] = counts[key] ?? [0, 0];
      return { key, count, percent };
    });
    expect(biasHeadline(shares)).toBe(expected);
  });
});

describe('a story with many outlets', () => {
  it('folds the bias groups, except the one with the reader’s article, and keeps every headline', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...coverage.articles[0],
      url: `https://example.com/${i}`,
      outletId: `o${i}`,
      outletName: `Outlet ${i}`,
      current: i === 5,
      bias: (['left', 'center', 'right', 'unrated'] as const)[i % 4],
    }));
    const { container } = show({ ...matched, coverage: { ...coverage, articles: many } } as TabView);
    const groups = [...container.querySelectorAll('details.article-group')] as HTMLDetailsElement[];
    expect(groups.map((d) => d.open)).toEqual([false, true, false, false]);
    expect(container.querySelectorAll('details.article-group li')).toHaveLength(120);
  });
});
