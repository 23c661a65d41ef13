// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryPage } from '../../../components/pages/StoryPage';
import type { StoryPageView } from '../../../utils/story-lists/story-page';
import { storyPageView } from '../../../utils/story-lists/story-page';
import { timelineOf } from '../../../utils/story-lists/timeline';
import type { Catalog, Outlet } from '../../../utils/model';
import { coverage } from '../view-fixtures';

afterEach(cleanup);

const outlet = (id: string, country: string, language: string, extra: Record<string, unknown> = {}): Outlet =>
  ({ id, name: id, homepage: '', domains: [], feeds: [], country, language, ...extra }) as Outlet;
const catalog = (extra: Record<string, unknown> = {}): Catalog => ({
  version: 1,
  generated: '',
  ratingSources: [],
  outlets: [outlet('ap', 'US', 'en', extra), outlet('reuters', 'GB', 'en'), outlet('wion', 'IN', 'en')],
});
const show = (view: StoryPageView) => render(<StoryPage view={view} aboutHref="chrome-extension://x/about.html" />);

describe('the story page', () => {
  it('shows the headline, the counts, the summary with outlets, details by country and language, and a timeline', () => {
    show(storyPageView(coverage, catalog()));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(coverage.storyTitle);
    expect(screen.getByText(/4 articles from 3 outlets/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('(AP)')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Bias distribution' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('CCenter2 · 67%');
    expect(screen.getByText('Outlets by country').nextElementSibling?.textContent).toBe('United Kingdom 1India 1United States 1');
    const chart = screen.getByRole('img', { name: /^Articles over time, coloured by bias: 3 articles from Sep 18, 2023/ });
    expect(chart.querySelectorAll('rect.bias-center').length).toBeGreaterThan(0);
    expect(chart.querySelectorAll('rect.bias-unrated')).toHaveLength(1);
    // No outlet has ownership in this catalog: no ownership section at all.
    expect(screen.queryByRole('heading', { name: 'Ownership' })).toBeNull();
  });

  it('shows the ownership mix once the catalog has ownership, counting outlets without it apart', () => {
    show(storyPageView(coverage, catalog({ ownership: { kind: 'non-profit', owner: 'AP member newspapers', source: 'kagi' } })));
    const section = screen.getByRole('region', { name: 'Ownership' });
    expect(section.textContent).toContain('Non-profit 1 · 100%');
    expect(section.textContent).toContain('2 of the outlets have no ownership in the catalog');
    expect(storyPageView(coverage, catalog({ ownership: { kind: 'unknown', source: 'kagi' } })).ownership).toBeUndefined();
  });

  it('filters the articles by country and by bias, and marks the reader’s own', () => {
    show(storyPageView(coverage, catalog()));
    const list = screen.getByRole('region', { name: 'Articles' });
    expect(within(list).getAllByRole('link')).toHaveLength(3);
    expect(list.querySelector('[aria-current="page"]')?.textContent).toContain('You are reading this');
    fireEvent.change(within(list).getByLabelText('Country'), { target: { value: 'IN' } });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([coverage.articles[2].title]);
    fireEvent.change(within(list).getByLabelText('Country'), { target: { value: '' } });
    fireEvent.click(within(list).getByRole('button', { name: 'Center' }));
    expect(within(list).getAllByRole('link')).toHaveLength(2);
  });
});

describe('the timeline', () => {
  it('bins articles by a readable step, at most 24 bars, stacked by bias', () => {
    const H = 3_600_000;
    const t0 = Date.UTC(2026, 0, 1);
    const t = timelineOf([
      { published: t0, bias: 'left' },
      { published: t0 + 10 * 60_000, bias: 'right' },
      { published: t0 + 30 * H, bias: 'left' },
    ]);
    expect(t.step).toBe(3 * H);
    expect(t.bins).toHaveLength(11);
    expect(t.bins[0]).toMatchObject({ start: t0, total: 2, counts: { left: 1, right: 1 } });
    expect(t.bins[10]).toMatchObject({ total: 1, counts: { left: 1 } });
    expect(t.peak).toBe(2);
    expect(timelineOf([]).bins).toEqual([]);
    expect(timelineOf([{ published: t0, bias: 'center' }]).bins).toHaveLength(1);
  });
});
