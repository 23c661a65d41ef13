// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlindspotsPage } from '../../../components/pages/BlindspotsPage';
import { DietPage } from '../../../components/pages/DietPage';
import { FIRST_QUERY, StoriesPage } from '../../../components/pages/StoriesPage';
import { dietEntry, dietMix, type OutletRatings } from '../../../utils/diet/diet';
import type { DietView } from '../../../utils/diet/diet-view';
import { createStoryQuery, type StoryQuery } from '../../../utils/story-lists/list-query';
import type { StoryDigest } from '../../../utils/story-lists/story-digest';
import { H, NOW, digest } from '../../unit/story-lists/fixtures';

afterEach(cleanup);

const titles = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('link')
    .map((a) => a.textContent);

/** The page over these digests, answered as the worker answers it (utils/story-lists/list-query.ts). */
function showStories(stories: StoryDigest[]) {
  const answer = createStoryQuery(stories);
  const asked: StoryQuery[] = [];
  const ask = async (q: StoryQuery) => {
    asked.push(q);
    return { ...answer(q, NOW), now: NOW };
  };
  render(<StoriesPage first={{ ...answer(FIRST_QUERY, NOW), now: NOW }} ask={ask} />);
  return asked;
}

describe('today’s stories page', () => {
  const stories = [
    digest('a', { title: 'Small story', biases: { center: 2 } }),
    digest('b', { title: 'Big story', biases: { left: 3, right: 4 } }),
    digest('c', { title: 'Yesterday’s story', biases: { center: 9 }, first: NOW - 40 * H, last: NOW - 30 * H }),
    digest('d', { title: 'Berlin story', headlines: ['Berlin votes on rent cap'], biases: { center: 3 }, countries: ['DE'], languages: ['de'] }),
  ];

  it('ranks the last 24 hours by outlets, widens to 48 hours, and filters by region', async () => {
    const asked = showStories(stories);
    expect(titles('Top stories')).toEqual(['Big story', 'Berlin story', 'Small story']);
    expect(screen.getByRole('status').textContent).toBe('3 stories in the last 24 hours');
    // The first screenful came with the page: nothing asked until the reader changes a control.
    expect(asked).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Last 48 hours' }));
    await waitFor(() => expect(titles('Top stories')[0]).toBe('Yesterday’s story'));
    expect(screen.getByRole('status').textContent).toBe('4 stories in the last 48 hours');
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'DE' } });
    await waitFor(() => expect(titles('Top stories')).toEqual(['Berlin story']));
    expect(asked.at(-1)).toEqual({ hours: 48, country: 'DE', limit: 50 });
    expect(within(screen.getByRole('list', { name: 'Top stories' })).getByText('Bias: Center 3.')).toBeTruthy();
  });

  it('finds a story by misspelt words, and says when nothing matches', async () => {
    showStories(stories);
    fireEvent.input(screen.getByLabelText('Search all stories'), { target: { value: 'berln rent' } });
    await screen.findByRole('list', { name: 'Matching stories' });
    expect(titles('Matching stories')).toEqual(['Berlin story']);
    fireEvent.input(screen.getByLabelText('Search all stories'), { target: { value: 'volcano' } });
    expect(await screen.findByText('No headline matches those words.')).toBeTruthy();
  });

  it('shows fifty at a time, asking for the next fifty only when the reader wants them', async () => {
    const many = Array.from({ length: 120 }, (_, i) => digest(`s${i}`, { biases: { center: 1 + (i % 7) } }));
    const asked = showStories(many);
    expect(titles('Top stories')).toHaveLength(50);
    expect(screen.getByRole('status').textContent).toBe('120 stories in the last 24 hours');
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more of 120' }));
    await waitFor(() => expect(titles('Top stories')).toHaveLength(100));
    expect(asked).toEqual([{ hours: 24, limit: 100 }]);
    expect(screen.getByRole('button', { name: 'Show 20 more of 120' })).toBeTruthy();
  });
});

describe('blindspots page', () => {
  it('lists the stories each side barely covered, with the counts that decided each', () => {
    const stories = [
      digest('l', {
        title: 'Left missed this',
        biases: { center: 1, right: 5 },
        blindspot: {
          side: 'left',
          judged: true,
          left: 0,
          right: 5,
          center: 1,
          rated: 6,
          verdict: 'Blindspot for the Left: 0 of 6 rated outlets (0%) are on the Left, 5 (83%) on the Right.',
        },
      }),
      digest('r', {
        title: 'Right missed this',
        biases: { left: 5 },
        blindspot: { side: 'right', judged: true, left: 5, right: 0, center: 0, rated: 5, verdict: 'Blindspot for the Right: 5 of 5' },
      }),
      digest('x', { title: 'Not judged' }),
    ];
    render(<BlindspotsPage stories={stories} now={NOW} rule="The rule." />);
    const left = screen.getByRole('region', { name: /Barely covered by the Left/ });
    expect(
      within(left)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Left missed this']);
    expect(left.textContent).toContain('0 of 6 rated outlets (0%) are on the Left, 5 (83%) on the Right');
    expect(
      within(screen.getByRole('region', { name: /Barely covered by the Right/ }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Right missed this']);
    expect(screen.getByText(/3 stories held; 2 had enough rated outlets to judge/)).toBeTruthy();
  });
});

describe('news diet page', () => {
  const ratings = (id: string): OutletRatings => ({ name: id, bias: id === 'fox' ? 'right' : 'left', factuality: 'reliable' });
  const entries = [dietEntry(NOW, 'cnn', 'a'), dietEntry(NOW, 'fox', 'b'), dietEntry(NOW - 10 * 86_400_000, 'cnn', 'c')];
  const view = (patch: Partial<DietView> = {}): DietView => ({
    enabled: true,
    entries: 3,
    week: dietMix(entries, 7, NOW, ratings),
    month: dietMix(entries, 30, NOW, ratings),
    least: 'center',
    suggestions: [digest('z', { title: 'A Center story' })],
    suggestionsFrom: 'today',
    ...patch,
  });

  it('is off until the reader turns it on, and says nothing is recorded', () => {
    const onEnable = vi.fn();
    render(<DietPage view={view({ enabled: false, entries: 0 })} now={NOW} onEnable={onEnable} onClear={async () => 0} />);
    const toggle = screen.getByRole('switch', { name: 'Keep my news diet on this device' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Off: nothing is recorded.');
    expect(screen.queryByRole('region', { name: 'Last 7 days' })).toBeNull();
    fireEvent.click(toggle);
    expect(onEnable).toHaveBeenCalledWith(true);
  });

  it('shows both periods’ mixes and suggestions, and clears with one click', async () => {
    const onClear = vi.fn(async () => 3);
    render(<DietPage view={view()} now={NOW} onEnable={vi.fn()} onClear={onClear} />);
    const week = screen.getByRole('region', { name: 'Last 7 days' });
    expect(week.textContent).toContain('2 articles read');
    expect(within(week).getByRole('region', { name: 'Bias, last 7 days' }).textContent).toContain('Left1 · 50%');
    expect(screen.getByRole('region', { name: 'Last 30 days' }).textContent).toContain('3 articles read');
    expect(screen.getByText(/you read the Center least/)).toBeTruthy();
    expect(titles('Suggested stories')).toEqual(['A Center story']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear my diet' }));
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Cleared 3 entries.')).toBeTruthy();
  });
});
