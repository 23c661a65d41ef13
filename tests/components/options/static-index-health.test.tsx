// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexHealth } from '../../../components/IndexHealth';
import { IndexSection } from '../../../components/options/IndexSection';
import type { IndexStatus } from '../../../utils/views';
import { fakeDeps } from './fakes';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 28, 12);
const H = 3_600_000;
const FOLLOWING: IndexStatus = {
  articles: 4210,
  stories: 1302,
  label: 'Parallax index of 120 feeds',
  lastRefresh: NOW - H / 2,
  source: { url: 'https://news.example.org/parallax/latest.json', version: 17, createdAt: new Date(NOW - 2 * H).toISOString(), checkedAt: NOW - H / 2 },
};

describe('index health with a static index URL', () => {
  it('says where the index comes from, which version it is and how old', () => {
    render(<IndexHealth status={FOLLOWING} onRefresh={() => undefined} now={NOW} />);
    const list = screen.getByText('4,210 articles in 1,302 stories').closest('dl')!;
    expect(list.textContent).toContain('Comes fromhttps://news.example.org/parallax/latest.json');
    expect(list.textContent).toContain('Published2 hours ago (version 17), checked 30 minutes ago');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why the last update was refused', () => {
    const why =
      'The index at https://news.example.org/parallax/latest.json was refused, and your index is unchanged: delta-16-17.json does not match the SHA-256 latest.json gives it: it was altered or damaged.';
    render(<IndexHealth status={{ ...FOLLOWING, sourceError: why }} onRefresh={() => undefined} now={NOW} />);
    expect(screen.getByRole('alert').textContent).toBe(why);
  });

  it('shows no source for an index built from the reader’s own feeds', () => {
    render(<IndexHealth status={{ articles: 10, stories: 4, lastRefresh: NOW }} onRefresh={() => undefined} now={NOW} />);
    expect(screen.queryByText('Comes from')).toBeNull();
  });

  it('says the feeds are not fetched while a static index is followed, instead of listing them as never fetched', async () => {
    const { deps } = fakeDeps({ indexStatus: () => FOLLOWING });
    render(<IndexSection deps={deps} nameOf={(id) => id} />);
    expect(await screen.findByText(/feeds are not fetched while you follow a static index/)).toBeTruthy();
    expect(screen.queryByText(/No feed has been fetched yet/)).toBeNull();
  });
});
