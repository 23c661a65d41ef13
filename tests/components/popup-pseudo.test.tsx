// @vitest-environment happy-dom
/**
 * The popup in a pseudo-language: every English message with its letters swapped for accented
 * look-alikes. Rendered in every state, with the worker's sentences built by the real utils, no
 * text, title, aria-label or placeholder may hold a plain ASCII word unless it comes from the
 * data (headlines, outlet names, URLs) or from `Intl` (dates in the bundle's language). This
 * catches English written in utils, which the static finder (tests/unit/i18n) does not read.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { Popup } from '../../components/Popup';
import { detach } from '../../utils/copies';
import { coverageFor } from '../../utils/coverage';
import { duration, formatDate, timeAgo } from '../../utils/format';
import { messageSourceFrom, setMessageSource, uiLocale } from '../../utils/i18n/translate';
import type { Bias, Catalog, IndexedArticle } from '../../utils/model';
import type { TabState } from '../../utils/tab-state';
import { errorViews, type IndexStatus, type TabView } from '../../utils/views';
import { newsOutlet, rating } from '../fixtures/news-outlets';
import { explainGrouping } from '../../utils/worker/explain-grouping';
import { buildTabView, coverageView, type Prefs } from '../../utils/worker/tab-view';
import { AP, REUTERS, STRAITS, WION, YAHOO } from '../unit/copies/blinken';
import { index, outlet as ratedOutlet } from './view-fixtures';
import { pseudo as pseudoText, pseudoBundle, textsIn } from './pseudo-bundle';

/** The bundle's own language tag stays English, so `Intl` formats stay English. */
const pseudo = pseudoBundle('en');

const H = Date.UTC(2023, 8, 18, 21);
const NOW = H + 40_000_000;
const outlet = newsOutlet;
const catalog: Catalog = {
  version: 1,
  generated: '2026-11-28',
  ratingSources: [
    { id: 'allsides', name: 'AllSides', url: 'https://www.allsides.com/', licence: 'CC BY-NC 4.0', licenceUrl: 'https://x.example/', attribution: 'AllSides' },
  ],
  ownershipSources: [
    {
      id: 'kite-media',
      name: 'Kagi News media data',
      url: 'https://kite.example/',
      licence: 'MIT',
      commit: 'c4fc3b5',
      licenceUrl: 'https://x.example/',
      attribution: 'x',
      date: '2026-05-12',
    },
  ],
  outlets: [
    outlet('ap', 'Associated Press', 'apnews.com', {
      bias: rating('lean-left'),
      factuality: rating('reliable'),
      ownership: { kind: 'non-profit', source: 'kite-media' },
    }),
    outlet('reuters', 'Reuters', 'reuters.com', { bias: rating('center'), factuality: rating('reliable') }),
    outlet('yahoo-news', 'Yahoo News', 'yahoo.com', { bias: rating('lean-left') }),
    outlet('the-straits-times', 'The Straits Times', 'straitstimes.com', { bias: rating('left'), ownership: { kind: 'public', source: 'kite-media' } }),
    outlet('wion', 'WION', 'wionews.com', { bias: rating('left') }),
    outlet('rt', 'RT', 'rt.com', { ownership: { kind: 'state-funded', owner: 'Russian government', source: 'kite-media' } }),
    outlet('aljazeera-ar', 'الجزيرة', 'aljazeera.net', { bias: rating('lean-left'), custom: true }),
  ],
};
const arabic: IndexedArticle = {
  url: 'https://www.aljazeera.net/news/2023/9/18/blinken-han',
  outletId: 'aljazeera-ar',
  title: 'بلينكن يلتقي نائب الرئيس الصيني هان في الأمم المتحدة',
  description: '',
  published: H + 20_000_000,
  storyId: 'blinken',
};
const articles: IndexedArticle[] = [
  ...[AP, REUTERS, YAHOO, STRAITS, WION].map((a) => ({ ...a, description: a.description ?? '', storyId: 'blinken' })),
  { url: 'https://rt.com/news/blinken', outletId: 'rt', title: 'Blinken and Han meet in New York', description: '', published: H + 1, storyId: 'blinken' },
  arabic,
];
const page = { title: REUTERS.title, canonicalUrl: REUTERS.url, outletDomain: 'reuters.com' };
const state: TabState = { url: REUTERS.url, article: page, storyId: 'blinken', at: H };
const prefs: Prefs = { disabled: new Set(), overrides: {}, blindspotThreshold: 0.2 };
const status: IndexStatus = { ...index, lastRefresh: H };
const access = (chosen: boolean, missing: number) => ({ ...index, access: { chosen, sources: 12, missing, origins: ['*://*.a.example/*'] } });
const reason = 'Could not establish connection. Receiving end does not exist.';
const LOCAL = 'A local story';

/** Everything the worker knows that is not words of the UI: these may appear as they are. */
function dataWords(): Set<string> {
  const strings: string[] = [reason, LOCAL];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([catalog, articles, state, status, ratedOutlet]);
  // Dates, times and lists as `Intl` writes them in the bundle's language.
  for (let m = 0; m < 12; m++) strings.push(formatDate(Date.UTC(2023, m, 1, 2)), formatDate(Date.UTC(2023, m, 1, 14)));
  for (const ms of [0, 300_000, 10_800_000, 2 * 86_400_000]) strings.push(timeAgo(NOW - ms, NOW), duration(ms + 3_600_000));
  strings.push(new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(['x', 'y', 'z']));
  return new Set(strings.flatMap((s) => s.match(/[A-Za-z]+/g) ?? []));
}

/** The ASCII words on screen that are neither the bundle's nor the data's. */
function strayWords(allowed: Set<string>): string[] {
  const words = textsIn(document.body).flatMap(({ text }) => text.match(/[A-Za-z]+/g) ?? []);
  return [...new Set(words)].filter((w) => !allowed.has(w));
}

function views(): [string, TabView | undefined][] {
  const matched = (p: Prefs) => {
    const { coverage } = coverageView(articles, catalog, p, state);
    return buildTabView({ state, status, catalog, prefs: p, outlet: catalog.outlets[1], coverage });
  };
  const corrected = { ...prefs, corrections: detach([], { url: WION.url, title: WION.title }, { id: 'blinken', urls: articles.map((a) => a.url) }, H) };
  const notArticle = buildTabView({ state: { ...state, article: null }, status, catalog, prefs, outlet: catalog.outlets[5], coverage: undefined });
  const custom = buildTabView({ state: { ...state, article: null }, status, catalog, prefs, outlet: catalog.outlets[6], coverage: undefined });
  const overridden = { ...prefs, overrides: { reuters: { bias: 'right' as const } } };
  return [
    ['loading', undefined],
    ['unreadable page', errorViews.unreadablePage()],
    ['no tab', errorViews.noTab()],
    ['worker silent', errorViews.workerSilent(reason)],
    ['not an article', notArticle],
    ['not an article, custom source', custom],
    [
      'not an article, own rating',
      buildTabView({ state: { ...state, article: null }, status, catalog, prefs: overridden, outlet: catalog.outlets[1], coverage: undefined }),
    ],
    ['index empty', { state: 'index-empty', index: { articles: 0, stories: 0 } }],
    ['index empty, sources not chosen', { state: 'index-empty', index: { ...access(false, 12), articles: 0 } }],
    ['index empty, no access', { state: 'index-empty', index: { ...access(true, 12), articles: 0 } }],
    ['index empty, some access', { state: 'index-empty', index: { ...access(true, 3), articles: 0 } }],
    ['building', { state: 'building', title: arabic.title, index: { articles: 0, stories: 0, refreshing: { done: 3, total: 80 } } }],
    ['no match', { state: 'no-match', outlet: ratedOutlet, title: LOCAL, index: status }],
    ['no match, never refreshed', { state: 'no-match', title: LOCAL, index: { ...index, lastRefresh: undefined }, outlet: { ...ratedOutlet, disabled: true } }],
    [
      'no match, page taken out',
      {
        state: 'no-match',
        title: WION.title,
        index: status,
        detached: { url: WION.url, title: WION.title, outletName: 'WION', storyId: 'blinken', storyTitle: AP.title },
      },
    ],
    ['matched', matched(prefs)],
    ['matched, carriers counted', matched({ ...prefs, countCarriers: true })],
    ['matched, one taken out', matched(corrected)],
  ];
}

beforeAll(() => setMessageSource(messageSourceFrom(pseudo)));
afterEach(cleanup);
afterAll(() => setMessageSource(messageSourceFrom(english)));

const show = (view: TabView | undefined) =>
  render(
    <Popup
      view={view}
      aboutHref="about.html"
      now={NOW}
      onOpenOptions={() => undefined}
      onRefresh={() => undefined}
      onGrant={() => undefined}
      onChooseSources={() => undefined}
      onWhy={async (url) => explainGrouping(url, articles, state, catalog)}
      onDetach={() => undefined}
      onUndo={() => undefined}
    />,
  );

describe('the popup in a pseudo-language shows no English of its own', () => {
  // Built inside each test, once the pseudo bundle is in place: the worker's words are read then.
  it.each(views().map(([name]) => name))('%s', async (name) => {
    const allowed = dataWords();
    const view = views().find(([n]) => n === name)![1];
    show(view);
    // Open every "why grouped" too: its sentences come from the worker's copy detection.
    for (const button of screen.queryAllByRole('button', { expanded: false })) fireEvent.click(button);
    if (name.startsWith('matched')) {
      // The story as built: copies counted, a blindspot judged, the reasons shown.
      expect(view?.state).toBe('matched');
      expect(screen.getByRole('note', { name: pseudoText('Blindspot') })).toBeTruthy();
      await screen.findAllByRole('group', { name: pseudoText('Why grouped') });
    }
    expect(strayWords(allowed)).toEqual([]);
  });

  it('the worker’s blindspot sentences, for every verdict, are the bundle’s', () => {
    const allowed = dataWords();
    const sides: Bias[][] = [
      ['left', 'left', 'left', 'center', 'center'],
      ['right', 'right', 'right', 'center', 'center'],
      ['center', 'center', 'center', 'center', 'center'],
      ['left', 'center', 'right', 'left', 'right'],
      ['left'],
    ];
    for (const biases of sides) {
      const outlets = new Map(biases.map((b, i) => [`o${i}`, outlet(`o${i}`, 'O', `o${i}.example`, { bias: rating(b) })]));
      const { rule, verdict } = coverageFor(
        biases.map((_, i) => ({ url: `https://o${i}.example/a`, outletId: `o${i}`, title: AP.title, published: H })),
        { outlets },
      ).blindspot;
      render(
        <p>
          {rule} {verdict}
        </p>,
      );
      expect(strayWords(allowed), verdict).toEqual([]);
      cleanup();
    }
  });

  it('the check finds English: the same popup in the English bundle fails it', () => {
    const allowed = dataWords();
    setMessageSource(messageSourceFrom(english));
    try {
      show(views().find(([name]) => name === 'matched')![1]);
      expect(strayWords(allowed)).toEqual(expect.arrayContaining(['Covered', 'outlets', 'Blindspot', 'Summary']));
    } finally {
      cleanup();
      setMessageSource(messageSourceFrom(pseudo));
    }
  });
});
