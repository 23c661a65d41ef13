// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { IndexedArticle } from '../../utils/model';
import type { IndexStatus, TabView } from '../../utils/views';
import { buildTabView, coverageView } from '../../utils/worker/tab-view';
import { CATALOG } from './options/fakes';
import { outlet } from './view-fixtures';

afterEach(cleanup);

function show(view: TabView) {
  const onGrant = vi.fn();
  const onChooseSources = vi.fn();
  render(<Popup view={view} aboutHref="about.html" onOpenOptions={vi.fn()} onRefresh={vi.fn()} onGrant={onGrant} onChooseSources={onChooseSources} />);
  return { onGrant, onChooseSources };
}

const building: IndexStatus = { articles: 0, stories: 0, refreshing: { done: 84, total: 212 } };
const article = { title: 'Harbour bridge reopens', canonicalUrl: 'https://reuters.example/a', outletDomain: 'reuters.example' };
const state = { url: 'https://reuters.example/a', article, storyId: null, at: 0 };
const prefs = { disabled: new Set<string>(), overrides: {}, blindspotThreshold: 0.2 };
const own: IndexedArticle = {
  url: 'https://reuters.example/a',
  outletId: 'reuters',
  title: 'Harbour bridge reopens',
  description: '',
  published: 0,
  storyId: 's',
};

describe('the popup before the first index is ready', () => {
  it('says the index is being built, with the feeds read so far, not that nobody covered the story', () => {
    const view = buildTabView({ state, status: building, catalog: CATALOG, prefs, outlet: CATALOG.outlets[0], coverage: undefined });
    expect(view.state).toBe('building');
    show(view);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your story index is being built');
    expect(screen.getByRole('status').textContent).toBe('Reading 84 of 212 feeds…');
    expect(screen.queryByText(/No other outlet/)).toBeNull();
  });

  it('with some articles in but the first refresh still running, an unmatched article is still "being built"', () => {
    const status = { articles: 300, stories: 120, refreshing: { done: 100, total: 212 } };
    // The story holds only the reader's own article so far.
    const coverage = coverageView([own], CATALOG, prefs, { ...state, storyId: 's' }).coverage;
    expect(buildTabView({ state: { ...state, storyId: 's' }, status, catalog: CATALOG, prefs, outlet: undefined, coverage }).state).toBe('building');
    // After a first refresh ended, the same page has no coverage: that is a real "no match".
    expect(
      buildTabView({ state: { ...state, storyId: 's' }, status: { ...status, lastRefresh: 1 }, catalog: CATALOG, prefs, outlet: undefined, coverage }).state,
    ).toBe('no-match');
    expect(buildTabView({ state, status: { articles: 0, stories: 0 }, catalog: CATALOG, prefs, outlet: undefined, coverage: undefined }).state).toBe(
      'index-empty',
    );
  });
});

describe('the popup when host access is missing', () => {
  const base = { articles: 0, stories: 0 };
  it('before the reader chose sources, points to the first-run page', () => {
    const { onChooseSources } = show({
      state: 'index-empty',
      index: { ...base, access: { chosen: false, sources: 483, missing: 483, origins: ['*://*.a.com/*'] } },
    });
    expect(screen.getByRole('region', { name: 'Access' }).textContent).toContain('Parallax reads no feeds until you choose your sources.');
    fireEvent.click(screen.getByRole('button', { name: 'Choose your sources' }));
    expect(onChooseSources).toHaveBeenCalledOnce();
  });

  it('after the reader declined, says what is missing and asks for exactly that on the click', () => {
    const origins = ['*://*.a.com/*', 'https://feeds.b.net/*'];
    const { onGrant } = show({ state: 'index-empty', outlet, index: { ...base, access: { chosen: true, sources: 120, missing: 120, origins } } });
    expect(screen.getByRole('region', { name: 'Access' }).textContent).toContain(
      'Parallax may not read the feeds and sites of your 120 sources, so their coverage is missing. Clicking the Parallax icon on an article still reads that page.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to them' }));
    expect(onGrant).toHaveBeenCalledWith(origins);
  });

  it('names how many sources lack access when only some do, and says nothing when none do', () => {
    show({ state: 'index-empty', index: { ...base, access: { chosen: true, sources: 120, missing: 3, origins: ['*://*.a.com/*'] } } });
    expect(screen.getByRole('button', { name: 'Allow access to 3 sources' })).toBeTruthy();
    cleanup();
    show({ state: 'index-empty', index: { ...base, access: { chosen: true, sources: 120, missing: 0, origins: [] } } });
    expect(screen.queryByRole('region', { name: 'Access' })).toBeNull();
  });
});
