// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FAILING_AFTER } from '../../../components/options/FeedHealthList';
import { IndexSection } from '../../../components/options/IndexSection';
import type { FeedHealthRow } from '../../../utils/db';
import { makeSnapshot } from '../../../utils/snapshot';
import { chooseFile, fakeDeps, INDEX_ARTICLES, NOW, type WorkerSetup } from './fakes';

afterEach(cleanup);

const HOUR = 3_600_000;
const row = (outletId: string, patch: Partial<FeedHealthRow>): FeedHealthRow => ({
  url: `https://${outletId}.example/rss`,
  outletId,
  lastAttempt: NOW - HOUR,
  lastSuccess: NOW - HOUR,
  lastError: null,
  consecutiveFailures: 0,
  itemsSeen: 30,
  nextAllowed: 0,
  ...patch,
});
const FEEDS = [
  row('reuters', { itemsSeen: 42 }),
  row('fox-news', { lastSuccess: NOW - 50 * HOUR, lastError: 'The server answered 503 (unavailable)', consecutiveFailures: FAILING_AFTER }),
  row('ap', { lastError: 'Timed out after 20 s', consecutiveFailures: 1, itemsSeen: 12 }),
  row('le-monde', { lastAttempt: null, lastSuccess: null, itemsSeen: 0 }),
];
const NAMES: Record<string, string> = { reuters: 'Reuters', 'fox-news': 'Fox News', ap: 'Associated Press', 'le-monde': 'Le Monde' };

/** The options page's index section, talking to the real worker over fake-indexeddb. */
function show(setup: WorkerSetup = {}, replies: Parameters<typeof fakeDeps>[0] = {}) {
  const fake = fakeDeps(replies, true, { feeds: FEEDS, ...setup });
  render(<IndexSection deps={fake.deps} nameOf={(id) => NAMES[id] ?? id} />);
  return fake;
}

describe('index health', () => {
  it('shows what the index holds, the storage it takes and when it was refreshed', async () => {
    show();
    const facts = await screen.findByText('3 articles in 2 stories');
    const list = facts.closest('dl')!;
    await waitFor(() => expect(list.textContent).toContain('Storage used1.4 MB of 10 GB this browser allows'));
    expect(list.textContent).toContain('Last refresh5 minutes ago');
  });

  it('shows refresh progress while one runs, and “Refresh now” asks the worker for one', async () => {
    const busy = show({ refreshing: { done: 12, total: 80 } });
    expect((await screen.findByText('Reading 12 of 80 feeds…')).getAttribute('role')).toBe('status');
    expect((screen.getByRole('button', { name: 'Refreshing…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    const idle = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh now' }));
    await waitFor(() => expect(idle.worker.refreshesStarted).toHaveLength(1));
    expect(busy.worker.refreshesStarted).toHaveLength(0);
  });

  it('lists each feed, the failing one first and flagged, with its last error in words', async () => {
    show();
    const details = (await screen.findByText(/^Feed status/)).closest('details')!;
    expect(details.open).toBe(true);
    expect(within(details).getByText(/^Feed status/).textContent).toBe('Feed status: 4 feeds, 1 failing');
    const rows = within(details).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')!.firstChild!.textContent)).toEqual(['Fox News', 'Associated Press', 'Le Monde', 'Reuters']);
    expect(rows[0].className).toBe('failing');
    expect(rows[0].textContent).toContain(`Failing: ${FAILING_AFTER} times in a row`);
    expect(rows[0].textContent).toContain('2 days ago');
    expect(rows[0].textContent).toContain('The server answered 503 (unavailable)');
    expect(rows[1].textContent).toContain('Last try failed');
    expect(rows[1].className).toBe('');
    expect(rows[2].textContent).toContain('Not fetched yet');
    expect(rows[3].textContent).toMatch(/Working1 hour ago—42$/);
  });

  it('says so when no feed has been fetched, and reports all working when none fails', async () => {
    show({ feeds: [] });
    expect(await screen.findByText(/No feed has been fetched yet/)).toBeTruthy();
    cleanup();
    show({ feeds: [FEEDS[0]] });
    const summary = await screen.findByText(/^Feed status/);
    expect(summary.textContent).toBe('Feed status: 1 feed, working');
    expect(summary.closest('details')!.open).toBe(false);
  });

  it('says when the worker does not answer', async () => {
    show(
      {},
      {
        indexStatus: () => {
          throw new Error('Could not establish connection');
        },
      },
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The background worker did not answer (Could not establish connection)');
  });
});

describe('index export, import and clear', () => {
  it('exports the index as a dated JSON file', async () => {
    const { downloads } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].filename).toBe('parallax-index-2024-05-01.json');
    const exported = JSON.parse(downloads[0].text);
    expect(exported).toMatchObject({ format: 'parallax-index', version: 1, label: 'Test index', createdAt: '2024-05-01T10:00:00.000Z' });
    expect(exported.articles.map((a: { url: string }) => a.url).sort()).toEqual(INDEX_ARTICLES.map((a) => a.url).sort());
  });

  it('leaves the news diet out of the export unless the reader ticks it', async () => {
    const { downloads, worker } = show();
    await worker.send('indexStatus', {});
    await worker.diet.record('reuters', 'story-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0].text).diet).toBeUndefined();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include my news diet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(JSON.parse(downloads[1].text).diet).toEqual([expect.objectContaining({ outletId: 'reuters', storyId: 'story-1' })]);
  });

  it('imports a file, and shows the worker’s reason when it refuses one, the index unchanged', async () => {
    const { worker } = show();
    const other = makeSnapshot('Another index', INDEX_ARTICLES.slice(0, 2), new Date(NOW));
    chooseFile(await screen.findByLabelText('Import an index file'), 'index.json', JSON.stringify(other));
    expect(await screen.findByText('Imported 2 articles from index.json.')).toBeTruthy();
    expect(await worker.store.counts()).toEqual({ articles: 2, stories: 1 });
    chooseFile(screen.getByLabelText('Import an index file'), 'broken.json', '{');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^broken\.json was not imported, and the index is unchanged: The file is not valid JSON \(.+\)\.$/,
    );
    expect(await worker.store.counts()).toEqual({ articles: 2, stories: 1 });
  });

  it('clears the index only after a confirmation', async () => {
    const { calls, worker } = show();
    await screen.findByText('3 articles in 2 stories');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the index…' }));
    const ask = screen.getByRole('group', { name: 'Clear the index…' });
    expect(ask.textContent).toContain('Forget all 3 articles?');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(calls.map((c) => c.type)).not.toContain('clearIndex');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear the index…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the index…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the index' }));
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('clearIndex'));
    expect(await screen.findByText('The index is empty. “Refresh now” fills it again.')).toBeTruthy();
    expect(await worker.store.counts()).toEqual({ articles: 0, stories: 0 });
  });
});
