// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FAILING_AFTER } from '../../../components/options/FeedHealthList';
import { IndexSection } from '../../../components/options/IndexSection';
import type { FeedHealthRow } from '../../../utils/db';
import type { IndexSnapshot } from '../../../utils/snapshot';
import { chooseFile, fakeDeps, NOW } from './fakes';

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
const SNAPSHOT: IndexSnapshot = { format: 'parallax-index', version: 1, label: 'Exported', createdAt: '2024-05-01T10:00:00Z', articles: [] };

function show(replies: Parameters<typeof fakeDeps>[0] = {}) {
  const fake = fakeDeps({ feedHealth: () => FEEDS, exportIndex: () => SNAPSHOT, ...replies });
  render(<IndexSection deps={fake.deps} nameOf={(id) => NAMES[id] ?? id} />);
  return fake;
}

describe('index health', () => {
  it('shows what the index holds, the storage it takes and when it was refreshed', async () => {
    show();
    const facts = await screen.findByText('183 articles in 61 stories');
    const list = facts.closest('dl')!;
    await waitFor(() => expect(list.textContent).toContain('Storage used1.4 MB of 10 GB this browser allows'));
    expect(list.textContent).toContain('Last refresh5 min ago');
  });

  it('shows refresh progress while one runs, and “Refresh now” asks the worker for one', async () => {
    const { calls } = show({ indexStatus: () => ({ articles: 0, stories: 0, refreshing: { done: 12, total: 80 } }) });
    expect((await screen.findByText('Refreshing 12/80 sources…')).getAttribute('role')).toBe('status');
    expect((screen.getByRole('button', { name: 'Refreshing…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    const idle = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh now' }));
    await waitFor(() => expect(idle.calls.map((c) => c.type)).toContain('refreshNow'));
    expect(calls.map((c) => c.type)).not.toContain('refreshNow');
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
    expect(rows[3].textContent).toMatch(/Working1 h ago—42$/);
  });

  it('says so when no feed has been fetched, and reports all working when none fails', async () => {
    show({ feedHealth: () => [] });
    expect(await screen.findByText(/No feed has been fetched yet/)).toBeTruthy();
    cleanup();
    show({ feedHealth: () => [FEEDS[0]] });
    const summary = await screen.findByText(/^Feed status/);
    expect(summary.textContent).toBe('Feed status: 1 feed, all working');
    expect(summary.closest('details')!.open).toBe(false);
  });

  it('says when the worker does not answer', async () => {
    show({
      indexStatus: () => {
        throw new Error('Could not establish connection');
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('The background worker did not answer (Could not establish connection)');
  });
});

describe('index export, import and clear', () => {
  it('exports the index as a dated JSON file', async () => {
    const { downloads } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].filename).toBe('parallax-index-2024-05-01.json');
    expect(JSON.parse(downloads[0].text)).toEqual(SNAPSHOT);
  });

  it('leaves the news diet out of the export unless the reader ticks it', async () => {
    const { calls } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(calls.filter((c) => c.type === 'exportIndex')).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include my news diet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export the index' }));
    await waitFor(() => expect(calls.filter((c) => c.type === 'exportIndex')).toHaveLength(2));
    expect(calls.filter((c) => c.type === 'exportIndex').map((c) => c.payload)).toEqual([{ includeDiet: false }, { includeDiet: true }]);
  });

  it('imports a file, and shows the worker’s reason when it refuses one', async () => {
    let answer: { ok: true; articles: number } | { ok: false; error: string } = { ok: true, articles: 3 };
    const { calls } = show({ importIndex: () => answer });
    chooseFile(await screen.findByLabelText('Import an index file'), 'index.json', '{"format":"parallax-index"}');
    expect(await screen.findByText('Imported 3 articles from index.json.')).toBeTruthy();
    expect(calls.find((c) => c.type === 'importIndex')!.payload).toEqual({ text: '{"format":"parallax-index"}' });
    answer = { ok: false, error: 'The file is not valid JSON (Unexpected end of JSON input).' };
    chooseFile(screen.getByLabelText('Import an index file'), 'broken.json', '{');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'broken.json was not imported, and the index is unchanged: The file is not valid JSON (Unexpected end of JSON input).',
    );
  });

  it('clears the index only after a confirmation', async () => {
    const { calls } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the index…' }));
    const ask = screen.getByRole('group', { name: 'Clear the index…' });
    expect(ask.textContent).toContain('Forget all 183 articles?');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(calls.map((c) => c.type)).not.toContain('clearIndex');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear the index…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the index…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the index' }));
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('clearIndex'));
    expect(await screen.findByText('The index is empty. “Refresh now” fills it again.')).toBeTruthy();
  });
});
