// @vitest-environment happy-dom
/**
 * The full-tab pages under a pseudo bundle: every English message with its letters swapped for
 * accented look-alikes (`$1`… kept), and Japanese as the bundle's language so that dates, numbers,
 * countries and languages come out of `Intl` in another script. Any ASCII word left on screen, in
 * the tab's title or in a text attribute was written into the code instead of read from the bundle
 * (fixture data aside: headlines, outlet names, URLs, the worker's own sentences).
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { AboutRatings } from '../../../components/AboutRatings';
import { BlindspotsPage } from '../../../components/pages/BlindspotsPage';
import { DietPage } from '../../../components/pages/DietPage';
import { titleDocument } from '../../../components/pages/document-title';
import { Loaded } from '../../../components/pages/Loaded';
import { PageShell, PageState } from '../../../components/pages/PageShell';
import { FIRST_QUERY, StoriesPage } from '../../../components/pages/StoriesPage';
import { createStoryQuery, type StoryQuery } from '../../../utils/story-lists/list-query';
import { StoryPage } from '../../../components/pages/StoryPage';
import { dietEntry, dietMix, type OutletRatings } from '../../../utils/diet/diet';
import { messageSourceFrom, setMessageSource, t } from '../../../utils/i18n/translate';
import type { Catalog, Outlet } from '../../../utils/model';
import { storyPageView } from '../../../utils/story-lists/story-page';
import { H, NOW, digest } from '../../unit/story-lists/fixtures';
import { coverage } from '../view-fixtures';
import { pseudo, pseudoBundle, textsIn } from '../pseudo-bundle';

const bundle = pseudoBundle('ja');

/** Every ASCII word the reader could meet in `root`, with where it was met, fixture strings removed. */
function englishIn(root: Element, fixtures: string[]): string[] {
  const found: string[] = [];
  const longestFirst = [...fixtures].sort((a, b) => b.length - a.length);
  for (const { where, text } of [...textsIn(root), { where: 'document title', text: document.title }]) {
    let rest = text;
    for (const f of longestFirst) rest = rest.replaceAll(f, ' ');
    for (const word of rest.match(/[A-Za-z]{2,}/g) ?? []) if (word !== 'UTC') found.push(`${where}: ${word} (in “${text.trim()}”)`);
  }
  return found;
}

const outlet = (id: string, country: string, language: string, extra: Record<string, unknown> = {}): Outlet =>
  ({ id, name: id, homepage: '', domains: [], feeds: [], country, language, ...extra }) as Outlet;
const catalog: Catalog = {
  version: 1,
  generated: '',
  ratingSources: [
    {
      id: 'allsides',
      name: 'AllSides',
      url: 'https://www.allsides.com/',
      licence: 'CC BY-NC 4.0',
      licenceUrl: 'https://creativecommons.org/',
      attribution: 'Ratings by AllSides.com',
    },
  ],
  feedLists: [
    {
      id: 'awesome-feeds',
      name: 'awesome-news-feeds',
      url: 'https://github.com/x/awesome-news-feeds',
      licence: 'MIT',
      licenceUrl: 'https://opensource.org/license/mit',
      attribution: 'A list of news feeds',
      commit: 'abc1234',
      date: '2025-01-01',
    },
  ],
  ownershipSources: [],
  outlets: [
    outlet('ap', 'US', 'en', {
      bias: { value: 'center', source: 'allsides', date: '' },
      ownership: { kind: 'non-profit', source: 'kagi' },
      feedSources: ['awesome-feeds'],
    }),
    outlet('reuters', 'GB', 'en'),
    outlet('wion', 'IN', 'en'),
  ],
};
const outletNames = ['ap', 'reuters', 'wion', 'AP', 'Reuters', 'WION', 'cnn', 'fox'];
const coverageFixtures = [
  coverage.storyTitle,
  coverage.blindspot.rule,
  coverage.blindspot.verdict,
  ...coverage.articles.flatMap((a) => [a.title, a.url, a.outletName]),
  ...coverage.summary.map((s) => s.text),
];

let show: (ui: VNode, fixtures: string[]) => string[];

beforeAll(() => {
  setMessageSource(messageSourceFrom(bundle));
  show = (ui, fixtures) => {
    const { container } = render(ui);
    return englishIn(container, [...fixtures, ...outletNames]);
  };
});
afterAll(() => setMessageSource(messageSourceFrom(english)));
afterEach(cleanup);

describe('the full-tab pages show no English under another bundle', () => {
  it('the pseudo bundle is in use: a page’s title reads from it, in its language', () => {
    titleDocument(t('pages_storiesTitle'));
    expect(document.title).toBe(`${pseudo('Today’s stories')} · ${pseudo('Parallax')}`);
    expect(document.documentElement.lang).toBe('ja');
    expect(englishIn(document.body, [])).toEqual([]);
  });

  it('the story page', () => {
    const view = storyPageView(coverage, catalog);
    const found = show(<StoryPage view={view} aboutHref="chrome-extension://x/about.html" />, coverageFixtures);
    expect(found).toEqual([]);
    // Countries come from Intl in the bundle's language, not English.
    expect(document.body.textContent).toContain('イギリス');
  });

  it('the story page with every filter set so that nothing is left', () => {
    const { container } = render(<StoryPage view={storyPageView(coverage, catalog)} aboutHref="" />);
    const [country, language] = container.querySelectorAll('section.articles select');
    fireEvent.change(country, { target: { value: 'IN' } });
    fireEvent.change(language, { target: { value: 'en' } });
    fireEvent.change(country, { target: { value: 'GB' } });
    expect(englishIn(container, [...coverageFixtures, ...outletNames])).toEqual([]);
  });

  it('today’s stories: a snapshot’s last day, more than a page of them, and a search', async () => {
    const stories = Array.from({ length: 60 }, (_, i) =>
      digest(`s${i}`, { title: `Headline ${i}`, headlines: [`Headline ${i}`], first: NOW - 80 * H, last: NOW - 60 * H }),
    );
    const fixtures = stories.map((s) => s.title);
    const answer = createStoryQuery(stories);
    const ask = async (q: StoryQuery) => ({ ...answer(q, NOW), now: NOW });
    const { container } = render(<StoriesPage first={{ ...answer(FIRST_QUERY, NOW), now: NOW }} ask={ask} />);
    expect(englishIn(container, fixtures)).toEqual([]);
    expect(container.querySelector('[role="note"]')).not.toBeNull();
    fireEvent.click(container.querySelectorAll('.filters button')[2]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(englishIn(container, fixtures)).toEqual([]);
    fireEvent.input(container.querySelector('input[type="search"]')!, { target: { value: 'zzqx' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('[role="status"]')?.textContent).toContain('zzqx');
    expect(englishIn(container, [...fixtures, 'zzqx'])).toEqual([]);
  });

  it('blindspots, with a list on each side and an empty one', () => {
    const stories = [
      digest('l', {
        title: 'Left missed this',
        biases: { center: 1, right: 5 },
        blindspot: { side: 'left', judged: true, left: 0, right: 5, center: 1, rated: 6, verdict: 'Verdict from the worker' },
      }),
      digest('x', { title: 'Not judged' }),
    ];
    expect(
      show(<BlindspotsPage stories={stories} now={NOW} rule="Rule from the worker" />, [
        'Left missed this',
        'Not judged',
        'Verdict from the worker',
        'Rule from the worker',
      ]),
    ).toEqual([]);
  });

  describe('my news diet', () => {
    const ratings = (id: string): OutletRatings => ({ name: id, bias: id === 'fox' ? 'right' : 'left', factuality: 'reliable' });
    const entries = [dietEntry(NOW, 'cnn', 'a'), dietEntry(NOW, 'fox', 'b')];
    const base = {
      enabled: true,
      entries: 2,
      week: dietMix(entries, 7, NOW, ratings),
      month: dietMix(entries, 30, NOW, ratings),
      suggestions: [digest('z', { title: 'Suggested headline' })],
      suggestionsFrom: 'today' as const,
    };
    const fixtures = ['Suggested headline'];

    it.each([
      ['on, with suggestions of the day', { least: 'center' as const }],
      ['on, with the most recent suggestions', { least: 'left' as const, suggestionsFrom: 'recent' as const }],
      ['on, with nothing to suggest', { least: 'right' as const, suggestions: [] }],
      ['off, with entries from before', { enabled: false, least: null }],
      ['off and empty', { enabled: false, entries: 0, least: null }],
    ])('%s', (_, patch) => {
      expect(show(<DietPage view={{ ...base, ...patch }} now={NOW} onEnable={() => {}} onClear={async () => 2} />, fixtures)).toEqual([]);
    });

    it('after clearing', async () => {
      const { container, findByText } = render(<DietPage view={{ ...base, least: null }} now={NOW} onEnable={() => {}} onClear={async () => 2} />);
      fireEvent.click(container.querySelector('button.danger')!);
      await findByText(pseudo('Cleared $1 entries.').replace('$1', '2'));
      expect(englishIn(container, [...fixtures, ...outletNames])).toEqual([]);
    });
  });

  it('the frame, loading, a failure and the About page', async () => {
    const fixtures = [
      'AllSides',
      'Ratings by AllSides.com',
      'CC BY-NC 4.0',
      'https://www.allsides.com/',
      'awesome-news-feeds',
      'https://github.com/x/awesome-news-feeds',
      'MIT',
      'A list of news feeds',
      'abc1234',
    ];
    expect(
      show(
        <PageShell current="stories">
          <PageState />
        </PageShell>,
        [],
      ),
    ).toEqual([]);
    cleanup();
    const { container, findByRole } = render(
      <Loaded current="diet" load={() => Promise.reject(new Error('boom'))}>
        {() => null}
      </Loaded>,
    );
    await findByRole('alert');
    expect(englishIn(container, ['boom'])).toEqual([]);
    cleanup();
    expect(show(<AboutRatings catalog={catalog} />, fixtures)).toEqual([]);
  });
});
