/**
 * The full-tab pages' render figures: the story page with a 200-article story (target ≤ 150 ms)
 * and today's stories with 5,000 stories indexed (target ≤ 300 ms), each split into the worker's
 * part (coverage and digests from the articles) and the page's (Preact rendering into happy-dom),
 * plus the first search. Real catalog outlets; headlines from the UCI News Aggregator sample
 * (tests/fixtures/clusters). Medians of repeated runs.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Figure } from '../bench';
import type { Catalog } from '../../utils/model';
import { median } from '../median';
import { bigStory, manyStories } from '../synthetic-index';

const RUNS = 7;
/** Runs first, not counted: the JIT warms up, as it has in a page the reader keeps open. */
const WARM_UP = 2;

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export async function run(print: (f: Figure) => void): Promise<void> {
  // Extension pages run in a browser: give Preact a DOM and the pages an extension URL to link to.
  const window = new Window({ url: 'chrome-extension://bench/story.html' });
  Object.assign(globalThis, { window, document: window.document, navigator: window.navigator, Node: window.Node, Event: window.Event });
  (globalThis as Record<string, unknown>).chrome = { runtime: { id: 'bench', getURL: (p: string) => `chrome-extension://bench${p}` } };
  const [{ h, render }, { StoryPage }, { FIRST_QUERY, StoriesPage }, { coverageView }, { storyPageView }, { createStoryDigests }] = await Promise.all([
    import('preact'),
    import('../../components/pages/StoryPage'),
    import('../../components/pages/StoriesPage'),
    import('../../utils/worker/tab-view'),
    import('../../utils/story-lists/story-page'),
    import('../../utils/worker/story-digests'),
  ]);
  // Node has no `browser.i18n`: the pages read the English bundle, as a browser in English would.
  const { messageSourceFrom, setMessageSource } = await import('../../utils/i18n/translate');
  setMessageSource(messageSourceFrom(JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'))));
  const catalog = JSON.parse(readFileSync(new URL('../../public/catalog.json', import.meta.url), 'utf8')) as Catalog;
  const prefs = { disabled: new Set<string>(), overrides: {}, blindspotThreshold: 0.2 };
  const now = Date.UTC(2026, 10, 30, 12);
  // The story page: 200 articles over two days.
  const story = bigStory(catalog, 200, now, 'big');
  const host = document.createElement('div');
  document.body.appendChild(host);
  const build: number[] = [];
  const draw: number[] = [];
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    const [view, b] = timed(() =>
      storyPageView(
        coverageView(story, catalog, prefs, {
          url: story[5].url,
          article: { title: '', canonicalUrl: story[5].url, outletDomain: '' },
          storyId: 'big',
          at: now,
        }).coverage,
        catalog,
      ),
    );
    const [, d] = timed(() => render(h(StoryPage, { view, aboutHref: 'chrome-extension://bench/about.html' }), host));
    render(null, host);
    if (r < WARM_UP) continue;
    build.push(b);
    draw.push(d);
  }
  const storyLinks = (() => {
    const view = storyPageView(coverageView(story, catalog, prefs, { url: '', article: null, storyId: 'big', at: now }).coverage, catalog);
    render(h(StoryPage, { view, aboutHref: '' }), host);
    const n = host.querySelectorAll('section[aria-label="Articles"] li').length;
    render(null, host);
    return n;
  })();
  print({ figure: 'story page: coverage of a 200-article story (worker)', value: median(build), unit: 'ms', runs: RUNS });
  print({ figure: 'story page: render of a 200-article story', value: median(draw), unit: 'ms', runs: RUNS, articlesDrawn: storyLinks });
  print({ figure: 'story page: total', value: median(build.map((b, i) => b + draw[i])), unit: 'ms', target: '≤ 150 ms', runs: RUNS });

  // Today's stories: 5,000 stories of four articles each, spread over the last week.
  const articles = manyStories(catalog, 5000, 4, now);
  const byStory = new Map<string, typeof articles>();
  for (const a of articles) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
  const digestMs: number[] = [];
  const changedMs: number[] = [];
  const answerMs: number[] = [];
  const pageMs: number[] = [];
  const searchMs: number[] = [];
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    // The worker's keeper: every digest once (a settings change, or a worker with none kept), then
    // brought up to date after a refresh changed 20 stories, then the first screenful sent.
    const keeper = createStoryDigests({
      allArticles: async () => articles,
      storyArticles: async (id) => byStory.get(id) ?? [],
      outlets: async () => ({ catalog }),
      prefs: async () => prefs,
    });
    const dStart = performance.now();
    await keeper.query();
    const dms = performance.now() - dStart;
    const cStart = performance.now();
    await keeper.changed({ stories: Array.from({ length: 20 }, (_, i) => `story-${i * 250}`), stamp: `after-${r}` });
    const cms = performance.now() - cStart;
    const answer = await keeper.query();
    const [first, ams] = timed(() => ({ ...answer(FIRST_QUERY, now), now }));
    const [, pms] = timed(() => render(h(StoriesPage, { first, ask: async () => first }), host));
    render(null, host);
    // The first search builds the search index over every headline, in the worker.
    const [, sms] = timed(() => answer({ search: 'stoks fall china', limit: FIRST_QUERY.limit }, now));
    if (r < WARM_UP) continue;
    digestMs.push(dms);
    changedMs.push(cms);
    answerMs.push(ams);
    pageMs.push(pms);
    searchMs.push(sms);
  }
  print({
    figure: "today's stories: digests of 5,000 stories / 20,000 articles (worker, once per settings change)",
    value: median(digestMs),
    unit: 'ms',
    runs: RUNS,
  });
  print({ figure: "today's stories: digests brought up to date after 20 stories changed (worker)", value: median(changedMs), unit: 'ms', runs: RUNS });
  print({ figure: "today's stories: the first screenful ranked from 5,000 digests (worker)", value: median(answerMs), unit: 'ms', runs: RUNS });
  print({ figure: "today's stories: render of the first screenful", value: median(pageMs), unit: 'ms', runs: RUNS });
  print({
    figure: "today's stories: worker answer + render with 5,000 stories",
    value: median(answerMs.map((a, i) => a + pageMs[i])),
    unit: 'ms',
    target: '≤ 300 ms',
    runs: RUNS,
  });
  print({ figure: "today's stories: first typo-tolerant search over 5,000 stories (index built)", value: median(searchMs), unit: 'ms', runs: RUNS });
  await window.happyDOM.close();
}
